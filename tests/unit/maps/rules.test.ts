/** One fixture per validation rule, asserting the exact formatted problems (and that there are no others). */
import { OBJECT_CLASSES } from '../../../src/maps/game-types';
import { describe, expect, it } from 'vitest';
import { layer, object, problemsAfter, removeObject, setProp } from './helpers.ts';
import type { Json, MapJson } from './helpers.ts';

const M = 'maps/small.tmj';
const OBJ = `${M}: layer "objects"`;
const GUARD = `${OBJ}, object 2 "east guard" (guard)`;
const DOC = `${OBJ}, object 5 "Doc" (npc)`;
const EXIT = `${OBJ}, object 9 "to the yard" (exit)`;
// the names come from game-types.ts, so a new class or member does not rewrite every expected message
const VALID = Object.keys(OBJECT_CLASSES).join(', ');

function props(map: MapJson): Json[] {
  return map['properties'] as Json[];
}
function tiles(map: MapJson, name: string): number[] {
  return layer(map, name)['data'] as number[];
}

type Case = [
  rule: string,
  edit: (map: MapJson) => void,
  expected: string[],
  files?: Record<string, string | undefined>,
];

const cases: Case[] = [
  ['clean fixture', () => undefined, []],
  [
    'infinite-map',
    (m) => (m['infinite'] = true),
    [`${M}: map: infinite maps are not supported: untick Map > Map Properties > Infinite and save`],
  ],
  [
    'orientation',
    (m) => (m['orientation'] = 'isometric'),
    [`${M}: map: orientation must be orthogonal, got "isometric"`],
  ],
  ['tile-size (map)', (m) => (m['tilewidth'] = 32), [`${M}: map: tiles must be 16x16, got 32x16`]],
  ['huge-map', (m) => (m['width'] = 600), [`${M}: map: map is 600x8 tiles; maps over 512x512 are refused`]],
  [
    'layer-missing (tile)',
    (m) => (layer(m, 'ground')['name'] = 'floor'),
    [`${M}: map: tile layer "ground" is missing`],
  ],
  [
    'layer-missing (object)',
    (m) => (layer(m, 'script')['name'] = 'Script'),
    [`${M}: map: object layer "script" is missing`],
  ],
  [
    'tileset-missing',
    (m) => (m['tilesets'] = [{ firstgid: 1, source: 'tilesets/gone.tsj' }]),
    [`${M}: map: tileset "tilesets/gone.tsj" cannot be read (maps/tilesets/gone.tsj)`],
  ],
  [
    'tileset-missing (tsx)',
    (m) => (m['tilesets'] = [{ firstgid: 1, source: 'tilesets/test.tsx' }]),
    [
      `${M}: map: tileset "tilesets/test.tsx" is not a JSON tileset: save it as .tsj (File > Export As... or Save As)`,
    ],
  ],
  [
    'gid-range',
    (m) => (tiles(m, 'props')[13] = 99 | 0x20000000),
    [`${M}: layer "props": tile (1, 1): gid 99 is not in any tileset`],
  ],
  [
    'gid-range (object)',
    (m) => (object(m, 10)['gid'] = 50),
    [`${OBJ}, object 10 "crate": gid 50 is not in any tileset`],
  ],
  [
    'property-type',
    (m) => setProp(object(m, 2), 'speed', 'string', 'fast'),
    [`${GUARD}: property "speed" must be int, got string "fast"`],
  ],
  [
    'property-type (enum)',
    (m) => setProp(object(m, 2), 'facing', 'string', 'north'),
    [`${GUARD}: property "facing" must be one of up, down, left, right, got string "north"`],
  ],
  [
    'unknown-class',
    (m) => (object(m, 7)['type'] = 'zoen'),
    [`${OBJ}, object 7 "office" (zoen): object class "zoen" is not a Westgate type (valid: ${VALID})`],
  ],
  [
    'unknown-class (map)',
    (m) => (m['class'] = 'lvl'),
    [`${M}: map: map class "lvl" is not a Westgate type (valid: level)`],
  ],
  [
    'spawn-count (none)',
    (m) => removeObject(m, 1),
    [`${M}: map: exactly one player spawn is required, found 0`],
  ],
  [
    'spawn-count (two)',
    (m) =>
      (layer(m, 'objects')['objects'] as Json[]).push({
        id: 30,
        template: 'templates/spawn.tj',
        x: 32,
        y: 64,
      }),
    [`${M}: map: exactly one player spawn is required, found 2`],
  ],
  [
    'spawn-in-wall',
    (m) => Object.assign(object(m, 5), { x: 8, y: 8 }),
    [`${DOC}: centre (8, 8) is on a solid tile (0, 0)`],
  ],
  [
    'spawn-in-wall (outside)',
    (m) => Object.assign(object(m, 5), { x: 500 }),
    [`${DOC}: centre (500, 88) is outside the map`],
  ],
  ['exit-count', (m) => removeObject(m, 9), [`${M}: map: at least one exit is required, found 0`]],
  [
    'exit-reachable',
    (m) => setProp(object(m, 6), 'key', 'string', ''),
    [
      `${EXIT}: exit is not reachable on foot from the spawn (walls, or a locked door with no key flag, are in the way)`,
    ],
  ],
  [
    'route-exists',
    (m) => setProp(object(m, 2), 'route', 'object', 99),
    [`${GUARD}: route 99 does not exist`],
  ],
  [
    'route-exists (not a patrol)',
    (m) => setProp(object(m, 2), 'route', 'object', 7),
    [`${GUARD}: route 7 is object 7 "office" (zone), not a patrol`],
  ],
  [
    'route-walkable',
    (m) => {
      object(m, 3)['polyline'] = [
        { x: 0, y: 0 },
        { x: 16, y: 16 },
      ];
      setProp(object(m, 3), 'waits', 'string', '10');
    },
    [`${OBJ}, object 3 "east beat" (patrol): segment 1 (point 1 to 2) crosses a solid tile at tile (9, 2)`],
  ],
  [
    'route-walkable (closing segment of a polygon)',
    (m) =>
      (object(m, 4)['polygon'] = [
        { x: 0, y: 0 },
        { x: 96, y: 0 },
        { x: 96, y: 16 },
      ]),
    [
      `${OBJ}, object 4 "loop" (patrol): segment 1 (point 1 to 2) crosses a solid tile at tile (6, 1)`,
      `${OBJ}, object 4 "loop" (patrol): segment 3 (point 3 to 1) crosses a solid tile at tile (6, 2)`,
    ],
  ],
  [
    'dialogue-exists',
    (m) => setProp(object(m, 5), 'dialogue', 'string', 'nobody'),
    [`${DOC}: dialogue "nobody" does not exist (no dialogue object of that name)`],
  ],
  [
    'dialogue-exists (fallback)',
    (m) => setProp(object(m, 20), 'fallback', 'string', 'gone'),
    [
      `${M}: layer "script", object 20 "doc-hello" (dialogue): fallback dialogue "gone" does not exist (no dialogue object of that name)`,
    ],
  ],
  [
    'dialogue-format',
    (m) => setProp(object(m, 21), 'text', 'string', 'DOC: Later.\nDOC:'),
    [
      `${M}: layer "script", object 21 "doc-late" (dialogue): text line 2 is malformed: "DOC:" (expected "SPEAKER: words", or narration without a colon)`,
    ],
  ],
  [
    'dialogue-format (empty)',
    (m) => setProp(object(m, 21), 'text', 'string', '\n  \n'),
    [
      `${M}: layer "script", object 21 "doc-late" (dialogue): text is empty: write lines of "SPEAKER: words" (no colon = narration)`,
    ],
  ],
  [
    'duplicate-name (dialogue)',
    (m) => (object(m, 21)['name'] = 'doc-hello'),
    [
      `${M}: layer "script", object 21 "doc-hello" (dialogue): dialogue "doc-hello" is defined more than once (also object 20)`,
      `${M}: layer "script", object 20 "doc-hello" (dialogue): fallback dialogue "doc-late" does not exist (no dialogue object of that name)`,
    ],
  ],
  [
    'duplicate-name (npc key)',
    (m) => (layer(m, 'objects')['objects'] as Json[]).push({ ...object(m, 5), id: 31, name: 'Doc 2' }),
    [`${OBJ}, object 31 "Doc 2" (npc): npc key "doctor" is used more than once (also object 5)`],
  ],
  [
    'level-property',
    (m) => {
      m['properties'] = props(m).filter((p) => p['name'] !== 'levelId');
      setProp(m, 'startTime', 'string', '6:00');
      setProp(m, 'objectives', 'string', 'a: Do A\nno colon');
      setProp(m, 'schedule', 'string', '06:30 count Morning count\n\n07:00 nap Breakfast');
    },
    [
      `${M}: map: levelId is missing: set it in Map > Map Properties (class "level")`,
      `${M}: map: startTime "6:00" is not HH:MM (24-hour)`,
      `${M}: map: objectives line 2 is malformed: "no colon" (expected "flag: text")`,
      `${M}: map: schedule line 3 is malformed: "07:00 nap Breakfast" (expected "HH:MM kind label", kind one of count|shift|lockdown|meal|lights-out)`,
    ],
  ],
  [
    'property-type (music: a near miss)',
    (m) => setProp(m, 'music', 'string', 'brake'),
    [
      `${M}: map: property "music" must be one of cell, break, title, none, got string "brake": did you mean "break"?`,
    ],
  ],
  [
    'property-type (music: no such track)',
    (m) => setProp(m, 'music', 'string', 'yard'),
    [`${M}: map: property "music" must be one of cell, break, title, none, got string "yard"`],
  ],
  [
    'door-tile',
    (m) => (object(m, 6)['x'] = 100),
    [
      `${OBJ}, object 6 "office door" (door): door must cover exactly one tile (a 16x16 rectangle on the grid), got 16x16 at (100, 48)`,
    ],
  ],
  [
    'zone-size',
    (m) => (object(m, 7)['width'] = 0),
    [`${OBJ}, object 7 "office" (zone): area has zero or negative size (0x48 px): draw it as a rectangle`],
  ],
  [
    'format',
    (m) => (object(m, 8)['x'] = '16'),
    [`${OBJ}, object 8: field "x" must be number, got string "16"`],
  ],
  [
    'layer-size',
    (m) => (layer(m, 'props')['data'] = [0, 0, 0]),
    [`${M}: layer "props": data has 3 tiles, expected 96 (12x8)`],
  ],
  [
    'compression',
    (m) => Object.assign(layer(m, 'props'), { data: 'AAAA', encoding: 'base64', compression: 'zstd' }),
    [
      `${M}: layer "props": zstd compression is not supported: set Map > Map Properties > Tile Layer Format to Base64 (zlib), Base64 (gzip), Base64 (uncompressed) or CSV, and save`,
    ],
  ],
  [
    'patrol-shape',
    (m) => {
      delete object(m, 4)['polygon'];
      object(m, 4)['point'] = true;
    },
    [`${OBJ}, object 4 "loop" (patrol): patrol must be a polyline or polygon with at least 2 points`],
  ],
  [
    'patrol-waits',
    (m) => setProp(object(m, 3), 'waits', 'string', '1,2'),
    [`${OBJ}, object 3 "east beat" (patrol): waits lists 2 values for 3 points (give one, or one per point)`],
  ],
  [
    'npc-key',
    (m) => setProp(object(m, 5), 'key', 'string', ' '),
    [`${DOC}: npc has no key (the id the game state knows it by)`],
  ],
  ['exit-target', (m) => setProp(object(m, 9), 'to', 'string', ''), [`${EXIT}: exit has no "to" level id`]],
  [
    'property-range',
    (m) => setProp(object(m, 2), 'visionAngle', 'int', 400),
    [`${GUARD}: property "visionAngle" must be 10 to 180, got 400`],
  ],
];

describe('map rules', () => {
  it.each(cases)('%s', async (_rule, edit, expected, files) => {
    expect(await problemsAfter(edit, files)).toEqual(expected);
  });
});
