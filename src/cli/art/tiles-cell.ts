/** Cell furniture: bars, the cell door, bunk, steel toilet-sink. All drawn over the cell-block floor. */
import { mix, stamp, type Canvas } from './canvas.ts';
import { tint } from './stones.ts';
import { floorStone } from './tiles-floor.ts';
import { g, w } from './palette.ts';
import type { Rng } from './rng.ts';

/**
 * A run of cell bars standing on the floor, seen from the south: rails top and bottom, bars every 3 px with
 * a lit left edge, and their shadows on the stone. The floor shows between them.
 */
export function bars(c: Canvas, rng: Rng): void {
  floorStone(c, rng);
  for (const x of [1, 4, 7, 10, 13]) {
    c.vline(x, 1, 14, g(9));
    c.vline(x + 1, 2, 14, g(3));
    c.set(x, 1, g(12));
    c.set(x + 2, 15, mix(c.get(x + 2, 15) ?? g(5), g(0), 0.5));
    c.set(x + 1, 15, mix(c.get(x + 1, 15) ?? g(5), g(0), 0.5));
  }
  rail(c, 0);
  rail(c, 13);
}

function rail(c: Canvas, y: number): void {
  c.hline(0, 15, y, g(10));
  c.hline(0, 15, y + 1, g(6));
  c.hline(0, 15, y + 2, g(2));
}

export function barsDoor(c: Canvas, rng: Rng): void {
  bars(c, rng);
  // a middle brace and the lock plate, keyhole dark, bolt head lit
  c.hline(0, 15, 6, g(8));
  c.hline(0, 15, 7, g(3));
  c.fill(5, 5, 6, 6, g(7));
  c.hline(5, 10, 5, g(10));
  c.vline(5, 5, 10, g(9));
  c.vline(10, 6, 10, g(3));
  c.hline(6, 10, 10, g(3));
  c.fill(7, 7, 2, 1, g(0));
  c.set(7, 8, g(0));
  c.set(9, 6, g(12));
}

/** Steel bunk from above: dark steel rails, a pale pillow, a grey wool blanket with folds. */
export function bunk(c: Canvas, rng: Rng): void {
  floorStone(c, rng);
  tint(c, 3, 2, 12, 14, g(0), 0.5);
  // rails
  c.fill(2, 1, 12, 14, g(3));
  c.hline(2, 13, 1, g(8));
  c.vline(2, 1, 14, g(6));
  c.vline(13, 2, 14, g(2));
  c.hline(3, 13, 14, g(1));
  // blanket, folded back at the top, a crease or two
  c.fill(3, 6, 10, 8, g(6));
  c.hline(3, 12, 6, g(9));
  c.hline(3, 12, 7, g(7));
  c.vline(12, 7, 13, g(5));
  c.hline(3, 12, 13, g(4));
  // the blanket's woven stripe
  c.hline(3, 12, 10, g(4));
  c.hline(3, 12, 11, g(8));
  for (const [x, y] of [
    [5, 9],
    [6, 10],
    [9, 11],
    [10, 12],
  ] as const) {
    c.set(x, y, g(5));
    c.set(x + 1, y, g(7));
  }
  // ticking of the mattress showing above the blanket, and a flat pillow
  c.hline(3, 12, 5, g(5));
  c.fill(4, 2, 8, 3, g(11));
  c.hline(4, 11, 2, g(12));
  c.hline(5, 10, 4, g(9));
  c.set(4, 4, g(9));
  c.set(11, 4, g(9));
}

/** The steel toilet-sink combination of a 1940s cell: a basin on the wall plate, the bowl below it. */
export function toiletSink(c: Canvas, rng: Rng): void {
  floorStone(c, rng);
  tint(c, 5, 2, 10, 14, g(0), 0.45);
  stamp(
    c,
    [
      '....hhhhhhhh....',
      '....Wooooood....',
      '....Wo2222od....',
      '....Woooooo.d...',
      '....mmmmmmmm....',
      '......m66m......',
      '....mWWWWWWm....',
      '...mWs4444sWm...',
      '...mW422224Wm...',
      '...mW426224Wm...',
      '...mW422224Wm...',
      '....mW4444Wm....',
      '.....mWWWWm.....',
      '......mmmm......',
    ],
    { h: g(12), W: g(10), o: g(8), d: g(5), m: g(6), s: g(6), '2': g(2), '4': g(4), '6': g(7) },
    0,
    1,
  );
  c.set(8, 1, g(13)); // the tap's glint
}

/** Oak-ish table (the wood is greyed, like everything here) with legs seen below its front edge. */
export function table(c: Canvas, rng: Rng, floor: (c: Canvas, rng: Rng) => void): void {
  floor(c, rng);
  tint(c, 2, 12, 14, 4, g(0), 0.5);
  c.fill(1, 2, 14, 9, w(4));
  for (const y of [4, 7]) c.hline(1, 14, y, w(3));
  c.hline(1, 14, 2, w(6));
  c.vline(1, 2, 10, w(5));
  c.set(5, 5, w(3));
  c.set(10, 8, w(3));
  c.set(11, 5, w(5));
  // front edge, then legs
  c.hline(1, 14, 11, w(2));
  c.hline(1, 14, 12, w(1));
  for (const x of [2, 13]) c.vline(x, 13, 14, w(1));
  c.set(2, 15, w(1));
  c.set(13, 15, w(1));
}

export function chair(c: Canvas, rng: Rng, floor: (c: Canvas, rng: Rng) => void): void {
  floor(c, rng);
  tint(c, 5, 6, 8, 9, g(0), 0.5);
  // back rest, seen from above and behind
  c.fill(4, 2, 8, 3, w(3));
  c.hline(4, 11, 2, w(5));
  c.hline(4, 11, 4, w(1));
  // seat
  c.fill(4, 5, 8, 6, w(4));
  c.hline(4, 11, 5, w(6));
  c.vline(4, 5, 10, w(5));
  c.hline(5, 11, 10, w(2));
  // legs
  c.hline(4, 11, 11, w(1));
  c.vline(4, 12, 13, w(1));
  c.vline(11, 12, 13, w(1));
}
