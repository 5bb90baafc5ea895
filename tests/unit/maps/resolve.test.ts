/** The resolved Tiled map: tilesets embedded, templates merged, defaults filled, data decoded; the hash. */
import { gzipSync, zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadMap } from '../../../src/maps/index.ts';
import type { ResolvedTileLayer } from '../../../src/maps/index.ts';
import { CELL_SOLID } from '../../../src/maps/level-data.ts';
import { reader } from './fixture-reader.ts';
import { expectedCells, layer, loadedAfter, object, objectsOf, setProp, tilesetJson, W } from './helpers.ts';
import type { Json, MapJson } from './helpers.ts';

describe('the resolved map', () => {
  it('embeds the external tileset with a repo-relative image and filled tile classes', async () => {
    const read = reader();
    const result = await loadMap('maps/small.tmj', read);
    if (!result.ok) throw new Error('expected ok');
    const [tileset] = result.map.tiled.tilesets;
    expect(tileset).toMatchObject({
      firstgid: 1,
      name: 'test',
      image: 'assets/test-tiles.png',
      sourceFile: 'maps/tilesets/test.tsj',
    });
    expect(tileset && 'source' in tileset).toBe(false);
    // `type` (tile 0) and `class` (tile 2) both name the class; plain properties (tile 3) get no defaults
    expect(
      tileset?.tiles.map((t) => [
        t.id,
        t.type,
        t.properties.map((p) => `${p.name}=${String(p.value)}`).sort(),
      ]),
    ).toEqual([
      [0, 'tile', ['opaque=false', 'solid=false', 'surface=stone']],
      [1, 'tile', ['opaque=true', 'solid=true', 'surface=stone']],
      [2, 'tile', ['opaque=false', 'solid=false', 'surface=wood']],
      [3, '', ['surface=wet']],
      [4, 'tile', ['opaque=false', 'solid=false', 'surface=metal']],
      [5, '', ['solid=true']],
    ]);
    // images are only named, never read
    expect(read.reads.sort()).toEqual([
      'maps/small.tmj',
      'maps/templates/dialogue.tj',
      'maps/templates/guard.tj',
      'maps/templates/spawn.tj',
      'maps/tilesets/test.tsj',
      'maps/westgate.tiled-project',
    ]);
  });

  it('merges templates under instances and fills class defaults', async () => {
    const { tiled } = await loadedAfter();
    const objects = objectsOf(tiled.layers, 'objects').objects;
    const guard = objects.find((o) => o.id === 2);
    expect(guard).toMatchObject({ name: 'east guard', type: 'guard', width: 16, height: 16, x: 128, y: 16 });
    expect(guard?.template).toBe('maps/templates/guard.tj');
    expect(Object.fromEntries(guard?.properties.map((p) => [p.name, p.value]) ?? [])).toEqual({
      route: 3,
      visionRange: 5,
      facing: 'down',
      visionAngle: 70,
      speed: 10,
      credibility: 90,
      minAlert: 0,
      unless: '',
      warning: '',
      familiarAfter: 0,
      onlyIf: '',
    });
    // the npc's role was stored as an enum index and its class in `class` (Tiled 1.9)
    expect(objects.find((o) => o.id === 5)?.properties.find((p) => p.name === 'role')).toEqual({
      name: 'role',
      type: 'string',
      value: 'doctor',
      propertytype: 'NpcRole',
    });
    expect(tiled.properties.find((p) => p.name === 'startTime')?.value).toBe('06:00');
  });

  it('lets template properties fill and instance properties override', async () => {
    const template = {
      type: 'template',
      object: {
        type: 'guard',
        name: 'veteran',
        width: 16,
        height: 16,
        properties: [
          { name: 'speed', type: 'int', value: 20 },
          { name: 'credibility', type: 'int', value: 50 },
        ],
      },
    };
    const { level } = await loadedAfter(
      (m) => {
        object(m, 2)['template'] = 'templates/veteran.tj';
        setProp(object(m, 2), 'credibility', 'int', 70);
      },
      { 'maps/templates/veteran.tj': JSON.stringify(template) },
    );
    expect(level.guards[0]).toMatchObject({
      name: 'east guard',
      speed: 20,
      credibility: 70,
      visionAngle: 70,
      visionRange: 5,
    });
  });

  it('remaps a tile template GID to the map tileset numbering; reads an embedded tileset', async () => {
    const shift = (g: number) => (g === 0 ? 0 : (((g & 0xf0000000) >>> 0) | ((g & 0x0fffffff) + 8)) >>> 0);
    const embedded = {
      firstgid: 1,
      name: 'extra',
      image: '../assets/extra.png',
      imagewidth: 32,
      imageheight: 64,
      tilewidth: 16,
      tileheight: 16,
      tilecount: 8,
      columns: 2,
    };
    const template = {
      type: 'template',
      tileset: { firstgid: 1, source: '../tilesets/test.tsj' },
      object: { gid: (6 | 0x80000000) >>> 0, width: 16, height: 16 },
    };
    const loaded = await loadedAfter(
      (m) => {
        m['tilesets'] = [embedded, { firstgid: 9, source: 'tilesets/test.tsj' }];
        for (const name of ['ground', 'props'])
          layer(m, name)['data'] = (layer(m, name)['data'] as number[]).map(shift);
        object(m, 10)['gid'] = 14;
        (layer(m, 'objects')['objects'] as Json[]).push({
          id: 40,
          template: 'templates/crate.tj',
          x: 32,
          y: 112,
        });
      },
      { 'maps/templates/crate.tj': JSON.stringify(template) },
    );
    expect(loaded.level.cells).toEqual(expectedCells());
    expect(loaded.tiled.tilesets.map((t) => [t.firstgid, t.image, t.sourceFile])).toEqual([
      [1, 'assets/extra.png', ''],
      [9, 'assets/test-tiles.png', 'maps/tilesets/test.tsj'],
    ]);
    const crate = objectsOf(loaded.tiled.layers, 'objects').objects.find((o) => o.id === 40);
    expect(crate?.gid).toBe((14 | 0x80000000) >>> 0);
  });

  it('clears flip flags for lookups but keeps them in the drawn data', async () => {
    const { level, tiled } = await loadedAfter();
    expect(level.cells[2 * W + 9]).toBe(CELL_SOLID); // crate drawn v-flipped
    expect(level.surfaces[level.surfaceAt[5 * W + 3] ?? -1]).toBe('wet'); // puddle drawn h-flipped
    const group = tiled.layers[1];
    if (group?.type !== 'group' || group.layers[0]?.type !== 'group')
      throw new Error('expected nested groups');
    const props = group.layers[0].layers[0] as ResolvedTileLayer;
    expect(props.name).toBe('props');
    expect(props.data[5 * W + 3]).toBe((4 | 0x80000000) >>> 0);
  });

  it('decodes base64 tile data: uncompressed, zlib and gzip', async () => {
    const plain = await loadedAfter();
    const ground = plain.tiled.layers[0] as ResolvedTileLayer;
    const bytes = new Uint8Array(new Uint32Array(ground.data).buffer);
    const encodings: [string, Uint8Array][] = [
      ['', bytes],
      ['zlib', zlibSync(bytes)],
      ['gzip', gzipSync(bytes)],
    ];
    for (const [compression, data] of encodings) {
      const base64 = Buffer.from(data).toString('base64');
      const loaded = await loadedAfter((m: MapJson) =>
        Object.assign(layer(m, 'ground'), { encoding: 'base64', compression, data: base64 }),
      );
      expect(loaded.level.cells).toEqual(plain.level.cells);
      const decoded = loaded.tiled.layers[0] as ResolvedTileLayer & { encoding?: string };
      expect(decoded.data).toEqual(ground.data);
      expect(decoded.encoding).toBeUndefined();
    }
  });

  it('hashes the map and every file it references', async () => {
    const first = await loadedAfter();
    expect(first.hash).toMatch(/^[0-9a-f]{16}$/);
    expect((await loadedAfter()).hash).toBe(first.hash);
    const ts = tilesetJson();
    ts['name'] = 'renamed';
    const changedTileset = await loadedAfter(undefined, { 'maps/tilesets/test.tsj': JSON.stringify(ts) });
    expect(changedTileset.hash).not.toBe(first.hash);
    const guard = JSON.stringify({
      type: 'template',
      object: { type: 'guard', name: 'guard', width: 16, height: 16 },
    });
    const changedTemplate = await loadedAfter(undefined, { 'maps/templates/guard.tj': guard });
    expect(changedTemplate.hash).not.toBe(first.hash);
  });
});
