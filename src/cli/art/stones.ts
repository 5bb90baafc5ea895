/** Shared drawing for flagstones and wall blocks: rectangles with mortar on their right and bottom edges. */
import { mix, type Canvas, type Rgb } from './canvas.ts';
import type { Rng } from './rng.ts';

export interface Block {
  x: number;
  y: number;
  /** width and height include the mortar line on the right and bottom */
  w: number;
  h: number;
}

export interface StoneTones {
  base: readonly Rgb[];
  hi: Rgb;
  lo: Rgb;
  mortar: Rgb;
  /** chance per pixel of a lighter or darker speck, for grain */
  speck: number;
}

/**
 * Draw blocks with wrapped coordinates so a tile repeats seamlessly. Light comes from the top-left (and
 * from above, in the 3/4 view): a lit top edge, a softer lit left edge, a shaded lower-right.
 */
export function drawBlocks(c: Canvas, blocks: readonly Block[], t: StoneTones, rng: Rng): void {
  for (const b of blocks) {
    const base = rng.pick(t.base);
    for (let dy = 0; dy < b.h; dy++) {
      for (let dx = 0; dx < b.w; dx++) {
        const x = b.x + dx;
        const y = b.y + dy;
        const lastX = dx === b.w - 1;
        const lastY = dy === b.h - 1;
        let col: Rgb;
        if (lastX || lastY) col = t.mortar;
        else if ((dx === 0 && dy === 0) || (dx === b.w - 2 && dy === b.h - 2)) col = mix(base, t.mortar, 0.5);
        else if (dy === 0) col = t.hi;
        else if (dx === 0) col = mix(base, t.hi, 0.5);
        else if (dy === b.h - 2 || dx === b.w - 2) col = t.lo;
        else {
          const r = rng.next();
          col = r < t.speck ? mix(base, t.hi, 0.6) : r < t.speck * 2 ? mix(base, t.lo, 0.7) : base;
        }
        c.wrap(x, y, col);
      }
    }
  }
}

/** Darken or lighten a rectangle towards a colour (shadows, glows). */
export function tint(c: Canvas, x: number, y: number, w: number, h: number, col: Rgb, a: number): void {
  for (let yy = y; yy < y + h; yy++) for (let xx = x; xx < x + w; xx++) c.blend(xx, yy, col, a);
}
