import { describe, expect, it } from 'vitest';
import type { ExitData, Surface, ZoneData, ZoneKind } from '../../../src/maps/level-data';
import { contains, exitAt, outdoorsAt, zoneAt } from '../../../src/sim/places';
import { TILE_SUB } from '../../../src/sim/units';
import { randomInt, seedRng } from '../../../src/state/rng';

const KINDS: ZoneKind[] = ['restricted', 'alibi', 'incident', 'rollcall', 'area'];

describe('places: zones and exits at a point', () => {
  it('picks what filter-then-find picked: the first restricted zone, else the first zone', () => {
    const rng = seedRng(17);
    for (let n = 0; n < 300; n++) {
      const zones: ZoneData[] = Array.from({ length: randomInt(rng, 6) }, (_, i) => ({
        id: i + 1,
        name: `z${i}`,
        kind: KINDS[randomInt(rng, KINDS.length)] ?? 'area',
        rect: {
          x: randomInt(rng, 64),
          y: randomInt(rng, 64),
          w: 1 + randomInt(rng, 48),
          h: 1 + randomInt(rng, 48),
        },
        label: '',
      }));
      const exits = zones.map((z) => ({ rect: z.rect }) as ExitData);
      for (let k = 0; k < 20; k++) {
        const x = randomInt(rng, 120) - 4 + randomInt(rng, 16) / 16;
        const y = randomInt(rng, 120) - 4 + randomInt(rng, 16) / 16;
        const inside = zones.filter((z) => contains(z.rect, x, y));
        expect(zoneAt(zones, x, y)).toBe(inside.find((z) => z.kind === 'restricted') ?? inside[0] ?? null);
        expect(exitAt(exits, x, y)).toBe(exits.findIndex((e) => contains(e.rect, x, y)));
      }
    }
  });

  it('counts the left and top edges in, the right and bottom edges out', () => {
    const r = { x: 10, y: 20, w: 5, h: 5 };
    expect(contains(r, 10, 20)).toBe(true);
    expect(contains(r, 14.9, 24.9)).toBe(true);
    expect(contains(r, 15, 20)).toBe(false);
    expect(contains(r, 10, 25)).toBe(false);
  });

  it('outdoors is where the ground is wet stone or mud, read at the tile under the point', () => {
    // a 3 x 1 strip: stone, wet, mud
    const level = { width: 3, surfaces: ['stone', 'wet', 'mud'] as Surface[], surfaceAt: [0, 1, 2] };
    const at = (x: number) => outdoorsAt(level, x, 0);
    expect([at(0), at(TILE_SUB - 1), at(TILE_SUB), at(3 * TILE_SUB - 1)]).toEqual([false, false, true, true]);
    // off the map: the level's first surface (here stone)
    expect(at(5 * TILE_SUB)).toBe(false);
  });
});
