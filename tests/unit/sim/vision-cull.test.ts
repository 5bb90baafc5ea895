import { describe, expect, it } from 'vitest';
import type { Facing, GuardData } from '../../../src/maps/level-data';
import { canSee, createGuard } from '../../../src/sim/guard';
import { uniformGuard } from '../../../src/sim/guard-data';
import { coneCos2, inCone, lineOfSight } from '../../../src/sim/sight';
import { SUB, TILE, TILE_SUB } from '../../../src/sim/units';
import { TileWorld } from '../../../src/sim/world';
import { randomInt, seedRng } from '../../../src/state/rng';
import { levelFrom } from './fixture';

const FACINGS: Facing[] = ['up', 'down', 'left', 'right'];

const guardData = (visionRange: number, visionAngle: number, facing: Facing): GuardData => ({
  id: 1,
  name: 'Hale',
  x: 0,
  y: 0,
  facing,
  route: 0,
  visionRange,
  visionAngle,
  speed: 8,
  credibility: 60,
});

describe('vision: far guards are ruled out before the cone', () => {
  it('sees exactly what the full cone and line-of-sight test sees', () => {
    const rng = seedRng(99);
    const rows = Array.from({ length: 24 }, () =>
      Array.from({ length: 24 }, () => (randomInt(rng, 6) === 0 ? '#' : '.')).join(''),
    );
    const world = new TileWorld(levelFrom(rows));
    let seen = 0;
    for (let n = 0; n < 20000; n++) {
      const data = guardData(randomInt(rng, 9), 10 * randomInt(rng, 19), FACINGS[randomInt(rng, 4)] ?? 'up');
      const g = createGuard(data, 'test');
      g.x = randomInt(rng, 24 * TILE_SUB);
      g.y = randomInt(rng, 24 * TILE_SUB);
      // near him, often right at the edge of his range, where rounding decides
      const reach = data.visionRange * TILE_SUB + 2 * SUB;
      const near = () => randomInt(rng, 2 * reach + 1) - reach;
      const edge = (randomInt(rng, 2) === 0 ? 1 : -1) * (reach - randomInt(rng, 3 * SUB));
      const x = g.x + (randomInt(rng, 2) === 0 ? edge : near());
      const y = g.y + near();
      const dx = Math.trunc((x - g.x) / SUB);
      const dy = Math.trunc((y - g.y) / SUB);
      const t = TILE_SUB;
      const want =
        inCone(dx, dy, g.facing, data.visionRange * TILE, coneCos2(data.visionAngle)) &&
        lineOfSight(world, Math.floor(g.x / t), Math.floor(g.y / t), Math.floor(x / t), Math.floor(y / t));
      expect(canSee(world, g, data, x, y)).toBe(want);
      if (want) seen++;
    }
    expect(seen).toBeGreaterThan(500);
  });
});

describe('guard data in one shape', () => {
  it('keeps every value, leaves absent fields undefined, and gives every guard one key order', () => {
    const plain = guardData(6, 90, 'down');
    const armed: GuardData = { ...plain, warning: 'Halt!', onlyIf: ['riot'], minAlert: 1 };
    const known: GuardData = { familiarAfter: 600, ...plain };
    for (const g of [plain, armed, known]) {
      const u = uniformGuard(g);
      expect(u).toEqual(g);
      expect(Object.keys(u)).toEqual(Object.keys(uniformGuard(plain)));
    }
  });
});
