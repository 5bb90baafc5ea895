/** Wall tiles, seen in the 3/4 view: the dark top of a thick wall, and its face turned to the south. */
import { mix, sq, type Canvas } from './canvas.ts';
import { drawBlocks, tint, type Block } from './stones.ts';
import { g, RED, RED_DARK, RED_LIGHT, wet } from './palette.ts';
import type { Rng } from './rng.ts';

/** Capstones of a wall seen from above: the darkest surface in the game, so rooms read as lit boxes. */
export function wallTop(c: Canvas, rng: Rng): void {
  const caps: Block[] = [
    { x: 0, y: 0, w: 8, h: 8 },
    { x: 8, y: 0, w: 8, h: 8 },
    { x: 4, y: 8, w: 8, h: 8 },
    { x: 12, y: 8, w: 8, h: 8 },
  ];
  drawBlocks(c, caps, { base: [g(1), g(1), g(2)], hi: g(3), lo: g(1), mortar: g(0), speck: 0.04 }, rng);
}

// Stone courses 4 px high with blocks of uneven length, so the face reads as dressed stone, not brick.
const COURSES: Block[] = [
  { x: 0, y: 0, w: 7, h: 4 },
  { x: 7, y: 0, w: 9, h: 4 },
  { x: 3, y: 4, w: 8, h: 4 },
  { x: 11, y: 4, w: 8, h: 4 },
  { x: 1, y: 8, w: 10, h: 4 },
  { x: 11, y: 8, w: 6, h: 4 },
  { x: 5, y: 12, w: 7, h: 4 },
  { x: 12, y: 12, w: 9, h: 4 },
];

export function wallFace(c: Canvas, rng: Rng): void {
  drawBlocks(c, COURSES, { base: [g(5), g(5), g(4)], hi: g(7), lo: g(4), mortar: g(2), speck: 0.05 }, rng);
  rainStreaks(c, rng, 3);
}

/** Rain running down a wall: dark wet runs with a glint at the head of each. */
export function rainStreaks(c: Canvas, rng: Rng, count: number, top = 0, bottom = 15): void {
  for (let i = 0; i < count; i++) {
    const x = rng.int(16);
    const y0 = top + rng.int(Math.max(1, bottom - top - 4));
    const len = 3 + rng.int(5);
    c.set(x, y0, g(8));
    for (let y = y0 + 1; y <= Math.min(bottom, y0 + len); y++) {
      const under = c.get(x, y) ?? g(4);
      c.set(x, y, mix(under, g(1), 0.45));
    }
  }
}

export function wallWindow(c: Canvas, rng: Rng): void {
  wallFace(c, rng);
  // deep recess, then the glass: pale rain-light at the top fading to dark
  c.fill(3, 1, 10, 11, g(1));
  for (let y = 2; y <= 10; y++) c.hline(4, 11, y, g(y < 4 ? 7 : y < 6 ? 6 : y < 8 ? 5 : 4));
  // rain on the glass: pale beads running down and across
  for (const [x, y] of [
    [5, 3],
    [8, 2],
    [11, 5],
    [5, 7],
    [10, 8],
    [7, 6],
  ] as const) {
    c.set(x, y, g(10));
    c.set(x - 1, y + 1, g(5));
    c.set(x - 1, y + 2, mix(g(5), g(3), 0.5));
  }
  // bars with a lit edge
  for (const x of [6, 9]) {
    c.vline(x, 1, 11, g(9));
    c.set(x, 1, g(12));
    c.vline(x + 1, 2, 10, g(2));
  }
  c.hline(4, 11, 5, g(8));
  c.hline(4, 11, 6, g(2));
  // sill, and the water it sheds down the wall
  c.hline(2, 13, 11, g(10));
  c.hline(2, 13, 12, g(2));
  for (const x of [4, 8, 11]) {
    for (let y = 13; y < 13 + (x % 3) + 2; y++) c.set(x, y, mix(c.get(x, y) ?? g(4), g(1), 0.5));
  }
}

export function wallPipes(c: Canvas, rng: Rng): void {
  wallFace(c, rng);
  const pipe = (y: number, thick: number): void => {
    for (let x = 0; x < 16; x++) {
      c.set(x, y, g(10));
      for (let k = 1; k < thick - 1; k++) c.set(x, y + k, k === 1 ? g(8) : g(7));
      c.set(x, y + thick - 1, g(3));
      c.set(x, y + thick, mix(c.get(x, y + thick) ?? g(4), g(0), 0.5));
    }
  };
  pipe(2, 3);
  pipe(8, 4);
  // clamps and a flange, with a rust-less dark drip (the red is reserved for danger)
  for (const x of [3, 12]) {
    c.vline(x, 1, 5, g(2));
    c.vline(x, 7, 12, g(2));
    c.set(x, 1, g(7));
    c.set(x, 7, g(7));
  }
  c.vline(8, 8, 11, g(11));
  c.vline(9, 8, 11, g(5));
  c.vline(7, 13, 15, mix(g(4), g(0), 0.5));
  c.set(7, 13, wet(4));
}

export function wallAlarm(c: Canvas, rng: Rng): void {
  wallFace(c, rng);
  // the lamp's red glow on wet stone, dithered out from the lamp
  for (let y = 0; y < 16; y++) {
    for (let x = 0; x < 16; x++) {
      const d = Math.sqrt(sq(x - 7.5) + sq(y - 7));
      if (d < 9) c.blend(x, y, RED, 0.45 * (1 - d / 9));
    }
  }
  // bracket, then a round caged dome with a hot highlight
  c.fill(6, 2, 4, 2, g(7));
  c.hline(6, 9, 2, g(10));
  const dome = ['.rRRr.', 'rLLRRd', 'RLRRRd', 'RRRRRd', 'dRRRdd', '.dddd.'];
  dome.forEach((row, dy) => {
    [...row].forEach((ch, dx) => {
      const col = { r: RED, R: RED, L: RED_LIGHT, d: RED_DARK }[ch];
      if (col !== undefined) c.set(5 + dx, 4 + dy, col);
    });
  });
  c.vline(7, 4, 9, mix(RED, RED_DARK, 0.6));
  c.set(7, 5, RED_LIGHT);
  c.hline(5, 10, 10, g(6));
  c.hline(5, 10, 11, g(2));
}

/** A steel door in its frame, face to the south: the game draws it for door objects. */
export function doorClosed(c: Canvas, rng: Rng): void {
  doorFrame(c, rng);
  c.fill(2, 1, 12, 15, g(6));
  c.vline(2, 1, 15, g(8));
  c.hline(2, 13, 1, g(9));
  c.vline(13, 1, 15, g(4));
  // two panels, a spy slot with a lit lip, rivets, a handle
  for (const y of [6, 12]) c.hline(3, 12, y, g(5));
  c.fill(5, 3, 6, 2, g(1));
  c.hline(5, 10, 5, g(8));
  for (const [x, y] of [
    [3, 2],
    [12, 2],
    [3, 14],
    [12, 14],
    [3, 8],
    [12, 8],
  ] as const)
    c.set(x, y, g(10));
  c.fill(10, 8, 2, 3, g(2));
  c.set(10, 8, g(11));
  c.hline(2, 13, 15, g(3));
}

export function doorOpen(c: Canvas, rng: Rng): void {
  doorFrame(c, rng);
  // the dark of the doorway, the floor beyond catching a little light
  c.fill(2, 0, 12, 16, g(1));
  for (let y = 10; y < 16; y++) c.hline(2, 13, y, y < 13 ? g(2) : g(3));
  c.hline(3, 13, 15, g(5));
  // the leaf swung in, seen edge-on against the left jamb
  c.fill(2, 1, 3, 14, g(5));
  c.vline(2, 1, 14, g(8));
  c.vline(4, 1, 14, g(3));
  c.set(3, 8, g(10));
}

function doorFrame(c: Canvas, rng: Rng): void {
  wallFace(c, rng);
  tint(c, 1, 0, 14, 16, g(1), 0.5);
  c.vline(1, 0, 15, g(7));
  c.vline(14, 0, 15, g(3));
  c.hline(1, 14, 0, g(8));
}
