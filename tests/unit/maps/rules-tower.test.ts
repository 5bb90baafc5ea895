/** The tower's classes: a lever and its bridge, stairs and where they lead, allies, guards on duty. */
import { describe, expect, it } from 'vitest';
import { layer, loadedAfter, object, problemsAfter, removeObject, setProp } from './helpers.ts';
import type { Json, MapJson } from './helpers.ts';

const M = 'maps/small.tmj';
const OBJ = `${M}: layer "objects"`;
const LEVER = `${OBJ}, object 40 "lever" (lever)`;

function add(m: MapJson, o: Json): void {
  (layer(m, 'objects')['objects'] as Json[]).push({ rotation: 0, visible: true, ...o });
}

const P = (name: string, type: string, value: unknown) => ({ name, type, value });

/** A lever at tile (2,2), its bridge, a ladder at (4,1) to a point at (2,5), Gallagher on a route. */
function tower(m: MapJson): void {
  add(m, {
    id: 40,
    name: 'lever',
    type: 'lever',
    x: 32,
    y: 32,
    width: 16,
    height: 16,
    properties: [P('bridge', 'object', 41)],
  });
  add(m, { id: 41, name: 'bridge', type: 'bridge', x: 48, y: 16, width: 32, height: 16 });
  add(m, {
    id: 42,
    name: 'ladder',
    type: 'stairs',
    x: 64,
    y: 16,
    width: 16,
    height: 16,
    properties: [P('target', 'object', 43)],
  });
  add(m, { id: 43, name: 'top', type: '', x: 40, y: 88, width: 0, height: 0, point: true });
  add(m, {
    id: 44,
    name: 'Gallagher',
    type: 'ally',
    x: 24,
    y: 88,
    width: 0,
    height: 0,
    point: true,
    properties: [P('key', 'string', 'gallagher'), P('route', 'object', 3)],
  });
}

type Case = [name: string, edit: (map: MapJson) => void, expected: string[]];

const cases: Case[] = [
  ['a lever, its bridge, a ladder and an ally load clean', tower, []],
  [
    'a lever with no bridge',
    (m) => {
      tower(m);
      setProp(object(m, 40), 'bridge', 'object', 0);
    },
    [`${LEVER}: lever has no bridge: set "bridge" to the bridge object [lever-bridge]`],
  ],
  [
    'a lever whose bridge is something else',
    (m) => {
      tower(m);
      setProp(object(m, 40), 'bridge', 'object', 7);
    },
    [`${LEVER}: bridge 7 is object 7 "office" (zone), not a bridge [lever-bridge]`],
  ],
  [
    'two levers',
    (m) => {
      tower(m);
      add(m, {
        id: 45,
        name: 'spare',
        type: 'lever',
        x: 32,
        y: 64,
        width: 16,
        height: 16,
        properties: [P('bridge', 'object', 41)],
      });
    },
    [
      `${OBJ}, object 45 "spare" (lever): a level has at most one lever, found 2 (the first is object 40) [lever-count]`,
    ],
  ],
  [
    'a lever off the grid',
    (m) => {
      tower(m);
      Object.assign(object(m, 40), { x: 36, height: 32 });
    },
    [
      `${LEVER}: lever must cover exactly one tile (a 16x16 rectangle on the grid), got 16x32 at (36, 32) [lever-tile]`,
    ],
  ],
  [
    'a lever waiting for a flag nothing sets',
    (m) => {
      tower(m);
      setProp(object(m, 40), 'requires', 'string', 'fuse');
    },
    [
      `${LEVER}: flag "fuse" is never set (no trigger beat, dialogue "sets" or level "startFlags" sets it): the lever never moves [flag-unset]`,
    ],
  ],
  [
    'stairs to nowhere',
    (m) => {
      tower(m);
      setProp(object(m, 42), 'target', 'object', 99);
    },
    [
      `${OBJ}, object 42 "ladder" (stairs): target 99 does not exist: set "target" to where Joe arrives [stairs-target]`,
    ],
  ],
  [
    'stairs into a wall',
    (m) => {
      tower(m);
      Object.assign(object(m, 43), { x: 8, y: 8 });
    },
    [
      `${OBJ}, object 42 "ladder" (stairs): target object 43 "top" (no class) is on a solid tile or off the map at (8, 8) [stairs-target]`,
    ],
  ],
  [
    'an ally without a key, on a route that is not a patrol',
    (m) => {
      tower(m);
      setProp(object(m, 44), 'key', 'string', '');
      setProp(object(m, 44), 'route', 'object', 7);
    },
    [
      `${OBJ}, object 44 "Gallagher" (ally): ally has no key (the id the game state knows him by) [npc-key]`,
      `${OBJ}, object 44 "Gallagher" (ally): route 7 is object 7 "office" (zone), not a patrol [route-exists]`,
    ],
  ],
  [
    'a guard on duty from an alert level that does not exist',
    (m) => setProp(object(m, 2), 'minAlert', 'int', 5),
    [`${OBJ}, object 2 "east guard" (guard): property "minAlert" must be 0 to 3, got 5 [property-range]`],
  ],
  [
    'a start variant that is not "name: flags"',
    (m) => setProp(m, 'startVariants', 'string', 'dawn informer-unmasked'),
    [
      `${M}: map: startVariants line 1 is malformed: "dawn informer-unmasked" (expected "name: flag, flag") [level-property]`,
    ],
  ],
  [
    'a level with a lever needs no exit',
    (m) => {
      tower(m);
      removeObject(m, 9);
    },
    [],
  ],
];

describe('tower rules', () => {
  it.each(cases)('%s', async (_name, edit, expected) => {
    const problems = await problemsAfter(edit);
    expect(problems.map((p) => p.replace(/ \[[a-z-]+\]$/, ''))).toEqual(
      expected.map((p) => p.replace(/ \[[a-z-]+\]$/, '')),
    );
  });

  it('reads them into LevelData', async () => {
    const map = await loadedAfter((m) => {
      tower(m);
      setProp(m, 'startVariants', 'string', 'dawn: informer-unmasked, false-plan');
      setProp(object(m, 2), 'onlyIf', 'string', 'alibi-broken');
    });
    const l = map.level;
    expect(l.levers).toEqual([{ id: 40, name: 'lever', tx: 2, ty: 2, bridge: 41, requires: [] }]);
    expect(l.bridges).toEqual([
      { id: 41, name: 'bridge', rect: { x: 48, y: 16, w: 32, h: 16 }, hinge: 'up' },
    ]);
    expect(l.stairs).toEqual([
      {
        id: 42,
        name: 'ladder',
        rect: { x: 64, y: 16, w: 16, h: 16 },
        to: { x: 40, y: 88 },
        facing: 'down',
        caption: '',
      },
    ]);
    expect(l.allies).toEqual([
      {
        id: 44,
        name: 'Gallagher',
        key: 'gallagher',
        x: 24,
        y: 88,
        facing: 'down',
        route: 3,
        startTick: 0,
        drawRange: 6,
        drawEvery: 120,
      },
    ]);
    expect(l.startVariants).toEqual([{ name: 'dawn', sets: ['informer-unmasked', 'false-plan'] }]);
    expect(l.guards[0]).toMatchObject({ onlyIf: ['alibi-broken'] });
  });
});
