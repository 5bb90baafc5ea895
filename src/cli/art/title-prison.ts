/** Westgate's stone on the title: the cell block behind, the great wall, the gatehouse and the tower. */
import { dither, mix, sq, type Canvas, type Rgb } from './canvas.ts';
import { g, w } from './palette.ts';
import type { Rng } from './rng.ts';
import { ramp, WATER } from './title-atmosphere.ts';

/**
 * Dressed stone in a rectangle: staggered blocks, a wet lit top edge on each, the whole face darkening
 * towards `darkAt`. `light` (0..1) sets how lit the face is.
 */
export function stone(
  c: Canvas,
  rng: Rng,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  bw: number,
  bh: number,
  light: number,
): void {
  const tones = [g(1), g(2), g(3), g(4), g(5), g(6), g(7)];
  const blockTone = new Map<string, number>();
  for (let y = y0; y <= y1; y++) {
    const course = Math.floor((y - y0) / bh);
    const dy = (y - y0) % bh;
    const offset = course % 2 === 0 ? 0 : Math.floor(bw / 2);
    for (let x = x0; x <= x1; x++) {
      const bx = Math.floor((x - x0 + offset) / bw);
      const dx = (x - x0 + offset) % bw;
      const key = `${course},${bx}`;
      let tone = blockTone.get(key);
      if (tone === undefined) {
        tone = rng.next() * 0.25 - 0.12;
        blockTone.set(key, tone);
      }
      const fall = (y - y0) / Math.max(1, y1 - y0);
      let v = light * (0.75 - fall * 0.45) + tone;
      if (dy === bh - 1 || dx === bw - 1) v -= 0.22;
      else if (dy === 0) v += rng.chance(0.3) ? 0.3 : 0.12;
      c.set(x, y, ramp(x, y, tones, v));
    }
  }
}

/** A small window: dark, or lit with a desaturated lamp-glow halo. */
export function window(c: Canvas, x: number, y: number, ww: number, wh: number, lit: boolean): void {
  if (lit) {
    for (let yy = y - 4; yy < y + wh + 4; yy++) {
      for (let xx = x - 4; xx < x + ww + 4; xx++) {
        const d = Math.sqrt(sq(xx - (x + ww / 2)) + sq(yy - (y + wh / 2)));
        if (d < 6 && dither(xx, yy, 0.6 - d / 10)) c.blend(xx, yy, w(6), 0.25);
      }
    }
  }
  c.fill(x, y, ww, wh, lit ? w(7) : g(0));
  if (lit) {
    c.hline(x, x + ww - 1, y, w(8));
    c.vline(x + Math.floor(ww / 2), y, y + wh - 1, w(5));
  } else c.set(x, y, g(2));
}

/** The cell block and administration building, seen over the wall. */
export function buildings(c: Canvas, rng: Rng): void {
  // administration block, lower, with a chimney
  c.fill(150, 90, 50, 40, g(1));
  c.hline(150, 199, 90, g(5));
  c.fill(186, 70, 5, 20, g(1));
  c.hline(185, 191, 70, g(5));
  c.vline(186, 71, 89, g(3));
  // the cell block: long, tall, row after row of small barred windows
  c.fill(196, 74, 92, 60, g(1));
  c.hline(196, 287, 74, g(6));
  c.hline(196, 287, 75, g(3));
  for (let x = 196; x < 288; x += 6) c.set(x, 73, g(2));
  const lit = new Set(['214,96', '262,84', '166,100']);
  for (let y = 84; y < 112; y += 12) {
    for (let x = 202; x < 284; x += 10) window(c, x, y, 3, 5, lit.has(`${x},${y}`));
  }
  for (let x = 156; x < 196; x += 10) window(c, x, 100, 3, 5, lit.has(`${x},100`));
  // faint texture so the masses are not flat
  for (let i = 0; i < 120; i++) c.set(150 + rng.int(138), 76 + rng.int(36), g(2));
}

/** The guard tower: a stone shaft, a glazed cab with a gallery, a hipped roof, the searchlight. */
export function tower(c: Canvas, rng: Rng): { lampX: number; lampY: number } {
  stone(c, rng, 298, 58, 322, 120, 8, 5, 0.7);
  // the side away from the beam in shadow
  for (let y = 58; y <= 120; y++) for (let x = 315; x <= 322; x++) c.blend(x, y, g(0), 0.45);
  c.vline(298, 58, 120, g(5));
  // gallery
  c.fill(284, 58, 52, 3, g(3));
  c.hline(284, 335, 58, g(6));
  for (let x = 285; x < 336; x += 3) c.vline(x, 54, 57, g(3));
  c.hline(284, 335, 54, g(4));
  // cab
  c.fill(290, 40, 40, 14, g(2));
  c.fill(292, 43, 36, 8, g(1));
  for (let x = 292; x < 328; x += 6) c.vline(x, 43, 50, g(3));
  window(c, 311, 44, 5, 6, true);
  c.hline(290, 329, 40, g(4));
  // hipped roof
  for (let y = 26; y < 40; y++) {
    const half = 4 + Math.floor((y - 26) * 1.7);
    c.hline(310 - half, 310, y, g(3));
    c.hline(311, 310 + half, y, g(1));
    c.set(310 - half, y, g(7));
    c.set(311 - half, y, g(5));
    if (y === 39) c.hline(310 - half, 310 + half, y, g(5));
  }
  c.vline(310, 20, 26, g(5));
  // the searchlight drum on the gallery, its lens blazing
  c.fill(278, 48, 8, 6, g(3));
  c.hline(278, 285, 48, g(6));
  c.fill(282, 54, 2, 4, g(2));
  c.vline(277, 48, 53, g(13));
  c.vline(276, 49, 52, g(12));
  return { lampX: 276, lampY: 50 };
}

/** The great wall, with its walkway parapet, running from the gatehouse off the right edge. */
export function greatWall(c: Canvas, rng: Rng): void {
  stone(c, rng, 176, 114, 383, WATER - 1, 14, 7, 0.72);
  // parapet and walkway lip
  c.fill(176, 108, 208, 6, g(2));
  for (let x = 178; x < 384; x += 10) c.fill(x, 105, 6, 3, g(2));
  c.hline(176, 383, 108, g(4));
  c.hline(176, 383, 113, g(6));
  c.hline(176, 383, 114, g(1));
  // the foot of the wall, black with wet, where it meets the water
  for (let y = WATER - 8; y < WATER; y++) {
    for (let x = 176; x < 384; x++) if (dither(x, y, (y - (WATER - 8)) / 8)) c.set(x, y, g(1));
  }
  // rain runs down the stone
  for (let i = 0; i < 60; i++) {
    const x = 176 + rng.int(208);
    const y0 = 115 + rng.int(40);
    for (let y = y0; y < y0 + 4 + rng.int(10); y++) c.set(x, y, mix(c.get(x, y) ?? g(2), g(0), 0.5));
    c.set(x, y0, g(6));
  }
}

/** The gatehouse: a squat keep with merlons, the arch, a portcullis behind the raised bridge. */
export function gatehouse(c: Canvas, rng: Rng): void {
  stone(c, rng, 136, 98, 180, WATER - 1, 11, 6, 0.8);
  for (let x = 136; x < 181; x += 9) c.fill(x, 92, 5, 6, g(2));
  for (let x = 136; x < 181; x += 9) c.hline(x, x + 4, 92, g(5));
  c.hline(136, 180, 98, g(5));
  // arch: semicircular head over an opening down to the water
  for (let y = 136; y < WATER; y++) {
    for (let x = 146; x <= 170; x++) {
      const top = y < 148 ? 148 - Math.sqrt(Math.max(0, 144 - sq(x - 158))) : 0;
      if (y >= top) c.set(x, y, (x - 146) % 4 === 1 && y < 160 ? g(3) : g(0));
    }
  }
  for (let x = 146; x <= 170; x++) {
    const top = Math.round(148 - Math.sqrt(Math.max(0, 144 - sq(x - 158))));
    c.set(x, top - 1, g(5));
  }
  // arrow slit and a lamp on the gate
  c.fill(157, 108, 2, 9, g(0));
  window(c, 150, 112, 2, 3, true);
}

/** Paint a thick straight segment (for the raised leaf and chains). */
export function segment(
  c: Canvas,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  thick: number,
  col: Rgb,
): void {
  const steps = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0));
  for (let i = 0; i <= steps; i++) {
    const x = Math.round(x0 + ((x1 - x0) * i) / steps);
    const y = Math.round(y0 + ((y1 - y0) * i) / steps);
    for (let k = 0; k < thick; k++) c.set(x - k, y, col);
  }
}
