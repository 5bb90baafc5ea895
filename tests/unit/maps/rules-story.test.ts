/** The rules added for designers' typos and dead ends: unknown properties, flags never set, ids, zones. */
import { OBJECT_CLASSES } from '../../../src/maps/game-types';
import { describe, expect, it } from 'vitest';
import { layer, object, problemsAfter, removeObject, setProp, tilesetJson } from './helpers.ts';
import type { Json, MapJson } from './helpers.ts';

const M = 'maps/small.tmj';
const OBJ = `${M}: layer "objects"`;
const GUARD = `${OBJ}, object 2 "east guard" (guard)`;
const EXIT = `${OBJ}, object 9 "to the yard" (exit)`;
const WAKE = `${OBJ}, object 8 "wake" (trigger)`;
const HELLO = `${M}: layer "script", object 20 "doc-hello" (dialogue)`;
const NEVER = 'is never set (no trigger beat, dialogue "sets" or level "startFlags" sets it)';
const GUARD_MEMBERS = Object.keys(OBJECT_CLASSES.guard).join(', ');
const LONG = 'x'.repeat(65);

function objects(m: MapJson): Json[] {
  return layer(m, 'objects')['objects'] as Json[];
}

type Case = [
  name: string,
  edit: (map: MapJson) => void,
  expected: string[],
  files?: Record<string, string | undefined>,
];

const unknownProperty: Case[] = [
  [
    'a typo on a guard, with the likely name',
    (m) => setProp(object(m, 2), 'visonRange', 'int', 9),
    [
      `${GUARD}: property "visonRange" is not a guard property: did you mean "visionRange"? (valid: ${GUARD_MEMBERS})`,
    ],
  ],
  [
    'a name nothing is close to',
    (m) => setProp(object(m, 7), 'colour', 'string', 'red'),
    [
      `${OBJ}, object 7 "office" (zone): property "colour" is not a zone property (valid: ${Object.keys(OBJECT_CLASSES.zone).join(', ')})`,
    ],
  ],
  [
    'on the map (class level)',
    (m) => setProp(m, 'starttime', 'string', '06:00'),
    [
      `${M}: map: property "starttime" is not a level property: did you mean "startTime"? (valid: levelId, title, startTime, rain, music, objectives, schedule, startFlags, startVariants)`,
    ],
  ],
  [
    'carried in from a template, reported at the object using it',
    (m) => objects(m).push({ id: 12, template: 'templates/typo.tj', x: 48, y: 48 }),
    [
      `${OBJ}, object 12 "typo guard" (guard): property "speeed" is not a guard property: did you mean "speed"? (valid: ${GUARD_MEMBERS})`,
    ],
    {
      'maps/templates/typo.tj': JSON.stringify({
        type: 'template',
        object: {
          id: 1,
          name: 'typo guard',
          type: 'guard',
          width: 16,
          height: 16,
          properties: [{ name: 'speeed', type: 'int', value: 3 }],
        },
      }),
    },
  ],
  ['objects of no class may carry anything', (m) => setProp(object(m, 10), 'note', 'string', 'a crate'), []],
];

const flagUnset: Case[] = [
  [
    'exit',
    (m) => setProp(object(m, 9), 'requires', 'string', 'pass, passs'),
    [`${EXIT}: flag "passs" ${NEVER}: the exit never opens`],
  ],
  [
    'trigger',
    (m) => setProp(object(m, 8), 'requires', 'string', 'a, c'),
    [`${WAKE}: flag "c" ${NEVER}: the trigger never fires`],
  ],
  [
    'dialogue',
    (m) => setProp(object(m, 21), 'requires', 'string', 'seen-doc'),
    [
      `${M}: layer "script", object 21 "doc-late" (dialogue): flag "seen-doc" ${NEVER}: the dialogue never plays, only its fallback`,
    ],
  ],
  [
    'locked door key',
    (m) => setProp(object(m, 6), 'key', 'string', 'office-key'),
    [`${OBJ}, object 6 "office door" (door): key flag "office-key" ${NEVER}: the door never unlocks`],
  ],
  ['an unlocked door may name any key', (m) => setProp(object(m, 6), 'locked', 'bool', false), []],
  [
    'objective (all but the last, which the exit may end)',
    (m) => setProp(m, 'objectives', 'string', 'a: Do A\nx: Do X\ny: Reach the yard'),
    [`${M}: map: objective flag "x" ${NEVER}: the objectives after it never show`],
  ],
  [
    'clues and crew are not flags',
    (m) => {
      setProp(object(m, 20), 'sets', 'string', 'met-doc, a, b, clue:pass, crew:pass');
      setProp(object(m, 9), 'requires', 'string', '');
    },
    [`${OBJ}, object 6 "office door" (door): key flag "pass" ${NEVER}: the door never unlocks`],
  ],
  ['a trigger beat sets its flag', (m) => setProp(object(m, 9), 'requires', 'string', 'woke'), []],
  [
    'a flag an earlier level sets (startFlags) counts as set; a clue there does not',
    (m) => {
      setProp(m, 'startFlags', 'string', 'passs, clue:c');
      setProp(object(m, 9), 'requires', 'string', 'pass, passs');
      setProp(object(m, 8), 'requires', 'string', 'a, c');
    },
    [`${WAKE}: flag "c" ${NEVER}: the trigger never fires`],
  ],
];

const zoneRequired: Case[] = [
  [
    'a count with no roll-call spot',
    (m) => removeObject(m, 11),
    [
      `${M}: map: the schedule has a count at 06:30 but no zone of kind "rollcall" (where Joe stands for it): draw one with the zone template`,
    ],
  ],
  [
    'no count, no roll-call spot needed',
    (m) => {
      removeObject(m, 11);
      setProp(m, 'schedule', 'string', '07:00 meal Breakfast');
    },
    [],
  ],
];

const idLength: Case[] = [
  ['64 characters are fine', (m) => setProp(m, 'levelId', 'string', 'l'.repeat(64)), []],
  [
    'levelId',
    (m) => setProp(m, 'levelId', 'string', LONG),
    [`${M}: map: levelId "xxxxxxxxxxxxxxxxxxxxxxxx..." is 65 characters; at most 64 are allowed`],
  ],
  [
    'flags set and required',
    (m) => {
      setProp(object(m, 20), 'sets', 'string', `met-doc, a, b, pass, ${LONG}`);
      setProp(object(m, 9), 'requires', 'string', LONG);
    },
    [
      `${EXIT}: required flag "xxxxxxxxxxxxxxxxxxxxxxxx..." is 65 characters; at most 64 are allowed`,
      `${HELLO}: flag "xxxxxxxxxxxxxxxxxxxxxxxx..." is 65 characters; at most 64 are allowed`,
    ],
  ],
  [
    'a clue with no name',
    (m) => setProp(object(m, 20), 'sets', 'string', 'met-doc, a, b, pass, clue:'),
    [`${HELLO}: sets item "clue:" names no clue`],
  ],
  [
    'npc key',
    (m) => setProp(object(m, 5), 'key', 'string', `doctor-${LONG}`),
    [
      `${OBJ}, object 5 "Doc" (npc): npc key "doctor-xxxxxxxxxxxxxxxxx..." is 72 characters; at most 64 are allowed`,
    ],
  ],
  [
    'zone with no name',
    (m) => (object(m, 7)['name'] = ''),
    [`${OBJ}, object 7 (zone): zone has no name (witnesses place Joe by zone name): name it`],
  ],
  [
    'trigger with no beat',
    (m) => setProp(object(m, 8), 'beat', 'string', ' '),
    [`${WAKE}: trigger has no beat (the flag it sets when Joe walks in): set "beat"`],
  ],
  [
    'schedule label',
    (m) => setProp(m, 'schedule', 'string', `06:30 count ${'y'.repeat(257)}`),
    [`${M}: map: schedule label "yyyyyyyyyyyyyyyyyyyyyyyy..." is 257 characters; at most 256 are allowed`],
  ],
];

describe('unknown-property', () => {
  it.each(unknownProperty)('%s', async (_name, edit, expected, files) => {
    expect(await problemsAfter(edit, files)).toEqual(expected);
  });

  it('on a tile of class "tile", but not on a plain tile', async () => {
    const ts = tilesetJson();
    ts.tiles.push({ id: 6, type: 'tile', properties: [{ name: 'soild', type: 'bool', value: true }] });
    ts.tiles.push({ id: 7, properties: [{ name: 'note', type: 'string', value: 'plain' }] });
    const at = 'maps/tilesets/test.tsj';
    expect(await problemsAfter(undefined, { [at]: JSON.stringify(ts) })).toEqual([
      `${at}: tileset: tile 6: property "soild" is not a tile property: did you mean "solid"? (valid: solid, opaque, surface)`,
    ]);
  });
});

describe('flag-unset', () => {
  it.each(flagUnset)('%s', async (_name, edit, expected) => {
    expect(await problemsAfter(edit)).toEqual(expected);
  });
});

describe('zone-required', () => {
  it.each(zoneRequired)('%s', async (_name, edit, expected) => {
    expect(await problemsAfter(edit)).toEqual(expected);
  });
});

describe('id-length', () => {
  it.each(idLength)('%s', async (_name, edit, expected) => {
    expect(await problemsAfter(edit)).toEqual(expected);
  });
});
