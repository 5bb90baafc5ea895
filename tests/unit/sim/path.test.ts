import { describe, expect, it } from 'vitest';
import type { DoorData } from '../../../src/maps/level-data';
import { findPath, findPathKnown } from '../../../src/sim/path';
import { TileWorld } from '../../../src/sim/world';
import { randomInt, seedRng, type RngState } from '../../../src/state/rng';
import { levelFrom } from './fixture';

/** The search as it was first written (a Map per search): the reference the fast one must match. */
function naivePath(
  world: TileWorld,
  sx: number,
  sy: number,
  gx: number,
  gy: number,
  limit = 4096,
  open: (tx: number, ty: number) => boolean = () => false,
): { x: number; y: number }[] | null {
  const blocked = (x: number, y: number) => world.solid(x, y) && !open(x, y);
  if (sx === gx && sy === gy) return [];
  if (blocked(gx, gy)) return null;
  const w = world.width;
  const prev = new Map<number, number>();
  const start = sy * w + sx;
  prev.set(start, -1);
  const queue = [start];
  const dirs = [
    [0, -1],
    [1, 0],
    [0, 1],
    [-1, 0],
  ] as const;
  for (let head = 0; head < queue.length && head < limit; head++) {
    const cur = queue[head] as number;
    const cx = cur % w;
    const cy = (cur - cx) / w;
    for (const [ox, oy] of dirs) {
      const nx = cx + ox;
      const ny = cy + oy;
      const key = ny * w + nx;
      if (prev.has(key) || blocked(nx, ny)) continue;
      prev.set(key, cur);
      if (nx === gx && ny === gy) {
        const out: { x: number; y: number }[] = [];
        for (let k = key; k !== start; k = prev.get(k) as number)
          out.push({ x: k % w, y: Math.floor(k / w) });
        return out.reverse();
      }
      queue.push(key);
    }
  }
  return null;
}

/** A random maze-ish grid of walls (about a third), with some doors shut in it. */
function randomWorld(rng: RngState, w: number, h: number): TileWorld {
  const rows: string[] = [];
  for (let y = 0; y < h; y++) {
    let row = '';
    for (let x = 0; x < w; x++) row += randomInt(rng, 3) === 0 ? '#' : '.';
    rows.push(row);
  }
  const doors: DoorData[] = Array.from({ length: 4 }, (_, i) => ({
    id: i + 1,
    name: `door ${i}`,
    tx: randomInt(rng, w),
    ty: randomInt(rng, h),
    locked: false,
    key: '',
  }));
  const world = new TileWorld(levelFrom(rows, { doors }));
  for (const d of doors) world.setDoorShut(d.tx, d.ty, true);
  return world;
}

describe('path finding', () => {
  it('finds the same path as the plain breadth-first search, case for case', () => {
    const rng = seedRng(4711);
    let found = 0;
    for (let n = 0; n < 400; n++) {
      // sizes change between searches: the reused work arrays must not leak one into the next
      const w = 2 + randomInt(rng, 30);
      const h = 2 + randomInt(rng, 30);
      const world = randomWorld(rng, w, h);
      const door = (x: number, y: number) => world.doorAt(x, y) >= 0;
      for (let k = 0; k < 10; k++) {
        // now and then a start or goal a tile off the map
        const sx = randomInt(rng, w + 2) - 1;
        const sy = randomInt(rng, h + 2) - 1;
        const gx = randomInt(rng, w + 2) - 1;
        const gy = randomInt(rng, h + 2) - 1;
        const limit = randomInt(rng, 4) === 0 ? 1 + randomInt(rng, 60) : 4096;
        const open = randomInt(rng, 2) === 0 ? door : undefined;
        const want = naivePath(world, sx, sy, gx, gy, limit, open);
        expect(findPath(world, sx, sy, gx, gy, limit, open)).toEqual(want);
        if (want && want.length > 0) found++;
      }
    }
    // the cases are not all dead ends
    expect(found).toBeGreaterThan(500);
  });

  it('remembers paths per grid, and forgets them when a door moves or someone takes a tile', () => {
    const rng = seedRng(31);
    for (let n = 0; n < 60; n++) {
      const w = 4 + randomInt(rng, 20);
      const h = 4 + randomInt(rng, 20);
      const world = randomWorld(rng, w, h);
      const doors: { x: number; y: number }[] = [];
      for (let y = 0; y < h; y++)
        for (let x = 0; x < w; x++) if (world.doorAt(x, y) >= 0) doors.push({ x, y });
      // few distinct questions, asked again and again, the grid changing in between
      const questions = Array.from({ length: 5 }, () => [
        randomInt(rng, w),
        randomInt(rng, h),
        randomInt(rng, w),
        randomInt(rng, h),
      ]);
      for (let k = 0; k < 200; k++) {
        const [sx = 0, sy = 0, gx = 0, gy = 0] = questions[randomInt(rng, questions.length)] ?? [];
        const got = findPathKnown(world, sx, sy, gx, gy);
        expect(got).toEqual(findPath(world, sx, sy, gx, gy));
        // a copy: the caller may walk it off
        got?.shift();
        const roll = randomInt(rng, 20);
        const door = doors[randomInt(rng, doors.length)];
        if (roll < 3 && door) world.setDoorShut(door.x, door.y, randomInt(rng, 2) === 0);
        if (roll === 3) world.blockTile(randomInt(rng, w), randomInt(rng, h));
      }
    }
  });

  it('walks around walls and through a door it may open', () => {
    const world = new TileWorld(levelFrom(['.#.', '.#.', '...']));
    expect(findPath(world, 0, 0, 2, 0)).toEqual([
      { x: 0, y: 1 },
      { x: 0, y: 2 },
      { x: 1, y: 2 },
      { x: 2, y: 2 },
      { x: 2, y: 1 },
      { x: 2, y: 0 },
    ]);
    expect(findPath(world, 0, 0, 2, 0, 4096, (x, y) => x === 1 && y === 0)).toEqual([
      { x: 1, y: 0 },
      { x: 2, y: 0 },
    ]);
    expect(findPath(world, 0, 0, 1, 0)).toBeNull();
  });
});
