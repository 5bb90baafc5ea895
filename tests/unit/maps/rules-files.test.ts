/** File-level rules (parse, missing files, huge files, tilesets, the project file) with exact messages. */
import { describe, expect, it } from 'vitest';
import { formatProblem, loadMap } from '../../../src/maps/index.ts';
import { reader } from './fixture-reader.ts';
import { layer, object, problemsAfter, removeObject, tilesetJson } from './helpers.ts';

const M = 'maps/small.tmj';
const OBJ = `${M}: layer "objects"`;

describe('file-level rules', () => {
  it('parse: reports line and column', async () => {
    const text = '{\n  "width": 12,\n  "height" 8\n}';
    const result = await loadMap(M, reader({ [M]: text }));
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      `${M}: map: file does not parse: line 3, column 12: expected ':' after the property name`,
    ]);
  });

  it('missing-file: the map itself', async () => {
    const result = await loadMap('maps/none.tmj', reader());
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'maps/none.tmj: map: file cannot be read (missing or unreadable)',
    ]);
  });

  it('missing-file: a reader that throws instead of rejecting', async () => {
    const result = await loadMap(M, () => {
      throw new Error('boom');
    });
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      `${M}: map: file cannot be read (missing or unreadable)`,
    ]);
  });

  it('missing-file: a template, reported at the object using it', async () => {
    const problems = await problemsAfter((m) => (object(m, 2)['template'] = 'templates/nope.tj'));
    expect(problems).toEqual([
      `${OBJ}, object 2: template "templates/nope.tj" cannot be read (maps/templates/nope.tj)`,
    ]);
  });

  it('huge-map: refuses files over 20 MB before parsing', async () => {
    const text = `{"pad":"${'x'.repeat(21 * 1024 * 1024)}"}`;
    const result = await loadMap(M, reader({ [M]: text }));
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      `${M}: map: file is 21.0 MB; files over 20 MB are refused`,
    ]);
  });

  it('tileset-image and tile-size in an external tileset', async () => {
    const ts = tilesetJson();
    Object.assign(ts, { imagewidth: 70 });
    const noImage = tilesetJson();
    delete noImage['image'];
    const big = tilesetJson();
    Object.assign(big, { tilewidth: 32, tileheight: 32 });
    const at = 'maps/tilesets/test.tsj';
    expect(await problemsAfter(undefined, { [at]: JSON.stringify(ts) })).toEqual([
      `${at}: tileset: tileset image "../../assets/test-tiles.png" is 70x32, not a whole number of 16x16 tiles`,
    ]);
    expect(await problemsAfter(undefined, { [at]: JSON.stringify(noImage) })).toEqual([
      `${at}: tileset: tileset has no image (image-collection tilesets are not supported)`,
    ]);
    expect(await problemsAfter(undefined, { [at]: JSON.stringify(big) })).toEqual([
      `${at}: tileset: tiles must be 16x16, got 32x32`,
    ]);
  });

  it('property-type and unknown-class on tiles', async () => {
    const ts = tilesetJson();
    ts.tiles.push({ id: 6, type: 'wal', properties: [{ name: 'solid', type: 'string', value: 'yes' }] });
    const at = 'maps/tilesets/test.tsj';
    expect(await problemsAfter(undefined, { [at]: JSON.stringify(ts) })).toEqual([
      `${at}: tileset: tile 6: class "wal" is not a Westgate tile type (valid: tile)`,
      `${at}: tileset: tile 6: property "solid" must be bool, got string "yes"`,
    ]);
  });

  it('project: reports members the game needs and the project lacks', async () => {
    const project = {
      propertyTypes: [{ id: 1, name: 'Facing', type: 'enum', storageType: 'string', values: ['up', 'down'] }],
    };
    const problems = await problemsAfter(undefined, {
      'maps/westgate.tiled-project': JSON.stringify(project),
    });
    expect(problems[0]).toBe(
      'maps/westgate.tiled-project: project: enum "Facing" must have the values up, down, left, right, has up, down',
    );
    expect(problems).toContain(
      'maps/westgate.tiled-project: project: class "guard" is missing: the game reads it',
    );
    expect(problems).toContain(
      'maps/westgate.tiled-project: project: class "guard" has no member "speed" (int)',
    );
  });

  it('reports every problem, not just the first, and caps the list', async () => {
    const problems = await problemsAfter((m) => {
      const data = layer(m, 'props')['data'] as number[];
      data.fill(500);
      removeObject(m, 1);
      removeObject(m, 9);
    });
    expect(problems).toHaveLength(8);
    expect(problems.at(-3)).toBe(`${M}: layer "props": 91 more tiles have gids that are not in any tileset`);
    expect(problems.slice(-2)).toEqual([
      `${M}: map: exactly one player spawn is required, found 0`,
      `${M}: map: at least one exit is required, found 0`,
    ]);
  });
});
