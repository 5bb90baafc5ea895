import { describe, expect, it } from 'vitest';
import { layer, loadedAfter, problemsAfter, setProp } from './helpers.ts';
import type { Json, MapJson } from './helpers.ts';

/** A lamp at tile (3,2) on the objects layer, with the properties given. */
function addLamp(m: MapJson, props: Json[] = []): void {
  const objects = layer(m, 'objects')['objects'] as Json[];
  const lamp: Json = {
    id: 90,
    name: 'desk lamp',
    type: 'lamp',
    x: 56,
    y: 40,
    width: 0,
    height: 0,
    point: true,
  };
  for (const p of props) setProp(lamp, String(p['name']), String(p['type']), p['value']);
  objects.push(lamp);
}

describe('lamps', () => {
  it('are read with the class defaults filled in', async () => {
    const map = await loadedAfter((m) => addLamp(m, [{ name: 'flicker', type: 'bool', value: true }]));
    expect(map.level.lamps).toEqual([
      { id: 90, name: 'desk lamp', x: 56, y: 40, radius: 5, intensity: 60, flicker: true },
    ]);
  });

  it('name a radius or intensity out of range', async () => {
    expect(
      await problemsAfter((m) =>
        addLamp(m, [
          { name: 'radius', type: 'int', value: 0 },
          { name: 'intensity', type: 'int', value: 140 },
        ]),
      ),
    ).toEqual([
      'maps/small.tmj: layer "objects", object 90 "desk lamp" (lamp): property "radius" must be 1 to 32, got 0',
      'maps/small.tmj: layer "objects", object 90 "desk lamp" (lamp): property "intensity" must be 0 to 100, got 140',
    ]);
  });
});
