/** The yard's rules: requires items beyond flags, accusations, and the ranges of the new classes. */
import { describe, expect, it } from 'vitest';
import { layer, object, problemsAfter, setProp } from './helpers.ts';
import type { Json, MapJson } from './helpers.ts';

const M = 'maps/small.tmj';
const OBJ = `${M}: layer "objects"`;
const WAKE = `${OBJ}, object 8 "wake" (trigger)`;
const HELLO = `${M}: layer "script", object 20 "doc-hello" (dialogue)`;

type Case = [name: string, edit: (map: MapJson) => void, expected: string[]];

/** The doctor joins R17 for these cases, so `informer:doctor` names an R17 man. */
const inR17 = (m: MapJson) => setProp(object(m, 5), 'r17', 'bool', true);
const add = (m: MapJson, o: Json) => (layer(m, 'objects')['objects'] as Json[]).push(o);
const point = (id: number, name: string, type: string, properties: Json[]): Json => ({
  id,
  name,
  type,
  x: 40,
  y: 40,
  width: 0,
  height: 0,
  point: true,
  properties,
});

const requiresItem: Case[] = [
  [
    'every kind of item, negated or not, on an R17 man: fine',
    (m) => {
      inR17(m);
      setProp(
        object(m, 8),
        'requires',
        'string',
        'a, !b, clue:x, informer:doctor, !decoy:doctor, case:doctor',
      );
      setProp(object(m, 20), 'sets', 'string', 'met-doc, a, b, pass, accuse:doctor');
    },
    [],
  ],
  [
    'an unknown kind',
    (m) => setProp(object(m, 8), 'requires', 'string', 'a, b, clu:x'),
    [`${WAKE}: requires item "clu:x": "clu:" is not one of clue, informer, decoy, case`],
  ],
  [
    'nothing after the colon',
    (m) => setProp(object(m, 8), 'requires', 'string', 'a, b, !clue:'),
    [`${WAKE}: requires item "!clue:" names nothing after the colon`],
  ],
  [
    'informer: a man who is not of R17',
    (m) => setProp(object(m, 8), 'requires', 'string', 'a, b, informer:doctor'),
    [`${WAKE}: requires item "informer:doctor": "doctor" is not the key of an r17 npc on this map`],
  ],
  [
    'accuse: a man who is not of R17',
    (m) => setProp(object(m, 20), 'sets', 'string', 'met-doc, a, b, pass, accuse:nobody'),
    [`${HELLO}: sets item "accuse:nobody": "nobody" is not the key of an r17 npc on this map`],
  ],
  [
    'an accusation sets what it may set: informer-unmasked is not "never set"',
    (m) => {
      inR17(m);
      setProp(object(m, 20), 'sets', 'string', 'met-doc, a, b, pass, accuse:doctor');
      setProp(object(m, 9), 'requires', 'string', 'pass, informer-unmasked');
    },
    [],
  ],
];

const ranges: Case[] = [
  [
    'a searchlight wider than 90 degrees, its phase past its period',
    (m) =>
      add(
        m,
        point(30, 'beam', 'searchlight', [
          { name: 'width', type: 'int', value: 120 },
          { name: 'period', type: 'int', value: 100 },
          { name: 'phase', type: 'int', value: 100 },
        ]),
      ),
    [
      `${OBJ}, object 30 "beam" (searchlight): property "phase" must be 0 to 99, got 100`,
      `${OBJ}, object 30 "beam" (searchlight): property "width" must be 10 to 90, got 120`,
    ],
  ],
  [
    'a guard on duty at alert 4, a gate that locks at 5',
    (m) => {
      setProp(object(m, 2), 'minAlert', 'int', 4);
      setProp(object(m, 6), 'lockAt', 'int', 5);
    },
    [
      `${OBJ}, object 2 "east guard" (guard): property "minAlert" must be 0 to 3, got 4`,
      `${OBJ}, object 6 "office door" (door): property "lockAt" must be 0 to 3, got 5`,
    ],
  ],
  [
    'a crowd of 100',
    (m) =>
      add(m, {
        id: 31,
        name: 'mob',
        type: 'crowd',
        x: 16,
        y: 16,
        width: 32,
        height: 32,
        properties: [{ name: 'count', type: 'int', value: 100 }],
      }),
    [`${OBJ}, object 31 "mob" (crowd): property "count" must be 1 to 64, got 100`],
  ],
];

describe('requires-item', () => {
  it.each(requiresItem)('%s', async (_name, edit, expected) => {
    expect(await problemsAfter(edit)).toEqual(expected);
  });
});

describe('property-range of the yard classes', () => {
  it.each(ranges)('%s', async (_name, edit, expected) => {
    expect(await problemsAfter(edit)).toEqual(expected);
  });
});
