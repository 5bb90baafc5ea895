/** Furniture of the offices, infirmary, visiting room and yard. */
import { mix, sq, type Canvas } from './canvas.ts';
import { tint } from './stones.ts';
import { floorMud, floorStone, floorTile, floorWood } from './tiles-floor.ts';
import { table } from './tiles-cell.ts';
import { g, w, wet } from './palette.ts';
import type { Rng } from './rng.ts';

/** A desk: a table with scattered papers and a lamp throwing a pool of faint warm light. */
export function desk(c: Canvas, rng: Rng): void {
  table(c, rng, floorWood);
  // drawer front
  c.hline(6, 9, 11, w(5));
  c.set(7, 12, w(7));
  // papers, one askew, typed lines
  c.fill(2, 5, 5, 5, g(12));
  c.hline(2, 6, 9, g(9));
  for (const y of [6, 8]) c.hline(3, 5, y, g(8));
  c.fill(5, 3, 4, 4, g(13));
  c.hline(6, 7, 4, g(9));
  c.set(8, 6, g(10));
  // the lamp's light on the desk top, then the lamp: a round shade with a hot rim
  for (let y = 2; y <= 10; y++) {
    for (let x = 8; x <= 14; x++) {
      const d = Math.sqrt(sq(x - 11.5) + sq(y - 6));
      if (d < 4.5) c.blend(x, y, w(8), 0.35 * (1 - d / 4.5));
    }
  }
  c.fill(10, 4, 4, 3, w(6));
  c.hline(10, 13, 4, w(8));
  c.hline(10, 13, 6, w(4));
  c.set(11, 5, g(13));
  c.set(12, 7, w(2));
  c.set(11, 8, w(3));
  c.hline(10, 13, 8, w(2));
}

/** The visiting-room counter and its glass: the floor beyond shows through, paled, with reflections. */
export function glassPartition(c: Canvas, rng: Rng): void {
  floorWood(c, rng);
  // glass over the upper part
  for (let y = 0; y < 9; y++) for (let x = 0; x < 16; x++) c.blend(x, y, g(9), 0.28);
  for (let k = 0; k < 6; k++) {
    c.set(3 + k, 7 - k, g(11));
    c.set(9 + k, 7 - k, g(10));
  }
  c.hline(0, 15, 0, g(10));
  c.hline(0, 15, 1, g(5));
  c.vline(0, 0, 8, g(9));
  // the counter: lit top edge, face, kick plate
  c.fill(0, 9, 16, 3, w(4));
  c.hline(0, 15, 9, w(6));
  c.hline(0, 15, 12, w(3));
  c.fill(0, 13, 16, 2, w(2));
  c.hline(0, 15, 15, g(1));
  c.set(7, 10, g(12)); // a speaking grille's glint
}

/** Medicine cabinet seen from the south: top, glazed front, shelves of pale bottles. */
export function cabinet(c: Canvas, rng: Rng): void {
  floorTile(c, rng);
  c.fill(1, 0, 14, 16, g(7));
  c.fill(1, 0, 14, 3, g(9));
  c.hline(1, 14, 0, g(11));
  c.hline(1, 14, 3, g(4));
  // glazed doors over three shelves
  c.fill(2, 4, 12, 11, g(2));
  for (const y of [7, 10, 13]) c.hline(2, 13, y, g(6));
  const bottles: [number, number, number][] = [
    [3, 5, 2],
    [6, 4, 3],
    [10, 5, 2],
    [4, 8, 2],
    [8, 8, 2],
    [11, 9, 1],
    [3, 11, 2],
    [7, 11, 2],
    [11, 12, 1],
  ];
  for (const [x, top, h] of bottles) {
    c.vline(x, top, top + h, g(10));
    c.set(x + 1, top + h, g(8));
    c.set(x, top, g(12));
  }
  c.vline(8, 4, 14, g(7));
  c.set(7, 9, g(11));
  c.set(9, 9, g(11));
  c.vline(14, 1, 15, g(4));
  c.hline(1, 14, 15, g(3));
}

/** Chain-link fence over mud: a post, a barbed top wire, a see-through mesh catching the light. */
export function fence(c: Canvas, rng: Rng): void {
  floorMud(c, rng);
  for (let y = 3; y <= 14; y++) {
    for (let x = 0; x < 16; x++) {
      const a = (x + y) % 4 === 0;
      const b = (x - y + 16) % 4 === 0;
      if (a && b) c.set(x, y, g(9));
      else if (a || b) c.blend(x, y, g(8), 0.55);
    }
  }
  c.hline(0, 15, 2, g(9));
  c.hline(0, 15, 3, g(3));
  for (const x of [1, 5, 9, 13]) {
    c.set(x, 1, g(10));
    c.set(x + 1, 0, g(7));
    c.set(x + 1, 2, g(11));
  }
  c.vline(7, 0, 15, g(8));
  c.vline(8, 0, 15, g(3));
  c.set(7, 0, g(11));
  c.set(9, 15, g(1));
  c.set(9, 14, g(2));
}

/** A wooden crate, top and south face, stencilled. */
export function crate(c: Canvas, rng: Rng): void {
  floorStone(c, rng);
  tint(c, 2, 3, 14, 13, g(0), 0.5);
  c.fill(1, 1, 14, 8, w(4));
  c.hline(1, 14, 1, w(6));
  for (const y of [3, 5, 7]) c.hline(2, 13, y, w(3));
  c.vline(1, 1, 8, w(5));
  c.vline(14, 1, 8, w(3));
  c.fill(1, 9, 14, 6, w(2));
  c.hline(1, 14, 9, w(5));
  c.vline(1, 9, 14, w(4));
  c.vline(14, 9, 14, w(1));
  c.hline(1, 14, 14, w(1));
  for (let k = 0; k < 5; k++) c.set(3 + k * 2, 13 - k, w(3));
  c.hline(9, 12, 11, g(8));
  c.set(10, 12, g(8));
}

/** A worn rug, full-bleed and seamless so any block of them makes one rug. */
export function rug(c: Canvas, rng: Rng): void {
  for (let y = 0; y < 16; y++) {
    for (let x = 0; x < 16; x++) {
      const dx = Math.abs(((x + 8) % 16) - 8);
      const dy = Math.abs(((y + 8) % 16) - 8);
      const ring = dx + dy;
      let col = w(2);
      if (ring === 8 || ring === 4) col = w(4);
      else if (ring < 2) col = w(5);
      else if (ring === 12) col = w(1);
      if ((x % 8 === 4 && y % 8 === 4) || rng.chance(0.04)) col = mix(col, w(6), 0.5);
      c.set(x, y, col);
    }
  }
}

/** A long wooden bench; the seat runs edge to edge so benches placed in a row join up. */
export function bench(c: Canvas, rng: Rng): void {
  floorStone(c, rng);
  tint(c, 0, 11, 16, 4, g(0), 0.5);
  c.fill(0, 5, 16, 5, w(4));
  c.hline(0, 15, 5, w(6));
  c.hline(0, 15, 7, w(3));
  c.hline(0, 15, 10, w(2));
  c.set(4, 6, w(5));
  c.set(12, 8, w(5));
  for (const x of [2, 13]) {
    c.vline(x, 11, 13, w(1));
    c.set(x, 11, w(2));
  }
}

/** A drain in the yard: wet stone, a grate of dark slots, a sheen of standing water around it. */
export function drain(c: Canvas, rng: Rng, wetFloor: (c: Canvas, rng: Rng) => void): void {
  wetFloor(c, rng);
  for (let y = 2; y < 14; y++) for (let x = 2; x < 14; x++) c.blend(x, y, wet(1), 0.5);
  c.fill(4, 4, 8, 8, g(6));
  c.hline(4, 11, 4, g(8));
  c.vline(4, 4, 11, g(7));
  c.hline(4, 11, 11, g(2));
  c.vline(11, 4, 11, g(3));
  for (const x of [5, 7, 9]) {
    c.vline(x, 5, 10, g(0));
    c.vline(x + 1, 5, 10, g(4));
  }
  c.set(3, 12, wet(4));
  c.set(12, 3, wet(4));
}
