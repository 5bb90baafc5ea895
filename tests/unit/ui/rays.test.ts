import { describe, expect, it } from 'vitest';
import { rayLength, type SightGrid } from '../../../src/ui/rays';
import { randomInt, seedRng } from '../../../src/state/rng';

/** A grid from rows of '#' (stops sight) and '.'; out of bounds stops sight, as in TileWorld. */
function grid(rows: string[]): SightGrid {
  return {
    opaque: (tx, ty) => rows[ty]?.[tx] !== '.',
  };
}

/** The slow way: fine steps until a sample lands in an opaque tile. */
function marched(g: SightGrid, ox: number, oy: number, dx: number, dy: number, from: number, range: number) {
  let len = from;
  while (len < range && !g.opaque(Math.floor((ox + dx * len) / 16), Math.floor((oy + dy * len) / 16)))
    len += 0.01;
  return Math.min(len, range);
}

describe('rays to the first wall', () => {
  const room = grid(['#####', '#...#', '#...#', '#####']);

  it('ends on the wall itself, along the axes and at the range', () => {
    // from the middle of tile (1, 1) = (24, 24): walls at x = 16 and x = 64, y = 16 and y = 48
    expect(rayLength(room, 24, 24, 1, 0, 0, 200)).toBe(40);
    expect(rayLength(room, 24, 24, -1, 0, 0, 200)).toBe(8);
    expect(rayLength(room, 24, 24, 0, 1, 0, 200)).toBe(24);
    expect(rayLength(room, 24, 24, 0, -1, 0, 200)).toBe(8);
    expect(rayLength(room, 24, 24, 1, 0, 0, 30)).toBe(30);
    // starting inside a wall, or past the range
    expect(rayLength(room, 8, 8, 1, 0, 0, 200)).toBe(0);
    expect(rayLength(room, 24, 24, 1, 0, 50, 40)).toBe(40);
  });

  it('agrees with a fine march in every direction (seeded)', () => {
    const rng = seedRng(5);
    const cave = grid(['##########', '#....#...#', '#.##.....#', '#....#.#.#', '#.#......#', '##########']);
    for (let n = 0; n < 400; n++) {
      const ox = 16 + randomInt(rng, 128);
      const oy = 16 + randomInt(rng, 64);
      const a = (randomInt(rng, 3600) / 3600) * 2 * Math.PI;
      const dx = Math.cos(a);
      const dy = Math.sin(a);
      const from = randomInt(rng, 10);
      const exact = rayLength(cave, ox, oy, dx, dy, from, 120);
      expect(Math.abs(exact - marched(cave, ox, oy, dx, dy, from, 120))).toBeLessThan(0.02);
    }
  });
});
