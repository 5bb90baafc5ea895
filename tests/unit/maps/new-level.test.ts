/**
 * Proof that a designer can make a level: a brand-new map written the way Tiled saves one made from the
 * project's templates (template references, only the properties that differ), loaded by the game's
 * loader with no problem, and played to its exit headless by the route bot.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadMap } from '../../../src/maps/index.ts';
import type { ReadFile } from '../../../src/maps/index.ts';
import { LevelSim } from '../../../src/sim/level-sim.ts';
import { playRoute } from '../../../src/speedrun/bot.ts';
import { encodeInputs } from '../../../src/speedrun/rle.ts';
import { runLevel, startState } from '../../../src/speedrun/run-level.ts';

const W = 14;
const H = 9;
const FLOOR = 3; // prison.tsj tile 2: stone floor
const WALL = 10; // prison.tsj tile 9: wall, solid and opaque

/** Border walls and a wall at x = 7 with one gap, where the locked door goes. */
function ground(): number[] {
  const data: number[] = [];
  for (let y = 0; y < H; y += 1)
    for (let x = 0; x < W; x += 1) {
      const wall = x === 0 || y === 0 || x === W - 1 || y === H - 1 || (x === 7 && y !== 4);
      data.push(wall ? WALL : FLOOR);
    }
  return data;
}

const at = (tx: number, ty: number) => ({ x: tx * 16, y: ty * 16 });
const str = (name: string, value: string) => ({ name, type: 'string', value });

/** The map as Tiled 1.10 writes it: templates carry the class and size, instances what differs. */
function laundry(): string {
  const objects = [
    {
      id: 1,
      template: 'templates/spawn.tj',
      ...at(2, 4),
      properties: [{ ...str('facing', 'up'), propertytype: 'Facing' }],
    },
    {
      id: 2,
      template: 'templates/npc.tj',
      name: 'Laundry trusty',
      ...at(2, 2),
      properties: [
        str('key', 'laundry-trusty'),
        str('dialogue', 'trusty'),
        { ...str('role', 'trusty'), propertytype: 'NpcRole' },
      ],
    },
    {
      id: 3,
      template: 'templates/locked-door.tj',
      name: 'back door',
      ...at(7, 4),
      properties: [str('key', 'got-pass')],
    },
    {
      id: 4,
      template: 'templates/exit.tj',
      name: 'to the yard',
      ...at(12, 4),
      properties: [str('to', 'yard'), str('requires', 'got-pass')],
    },
    {
      id: 5,
      template: 'templates/patrol.tj',
      name: 'dryers',
      x: 168,
      y: 24,
      polyline: [
        { x: 0, y: 0 },
        { x: 32, y: 0 },
      ],
    },
    {
      id: 6,
      template: 'templates/guard.tj',
      name: 'Laundry screw',
      ...at(10, 1),
      properties: [{ name: 'route', type: 'object', value: 5 }],
    },
    {
      id: 7,
      template: 'templates/zone.tj',
      name: 'laundry',
      x: 16,
      y: 16,
      width: 96,
      height: 112,
      properties: [str('label', 'THE LAUNDRY')],
    },
    {
      id: 8,
      template: 'templates/zone.tj',
      name: 'count spot',
      x: 176,
      y: 96,
      width: 32,
      height: 32,
      properties: [{ ...str('kind', 'rollcall'), propertytype: 'ZoneKind' }, str('label', 'COUNT')],
    },
    {
      id: 9,
      template: 'templates/trigger.tj',
      name: 'at the door',
      ...at(5, 4),
      height: 16,
      properties: [
        str('beat', 'at-door'),
        str('caption', 'Steam, and the smell of lye.'),
        str('requires', 'got-pass'),
      ],
    },
  ];
  const script = [
    {
      id: 10,
      template: 'templates/dialogue.tj',
      name: 'trusty',
      x: 0,
      y: 0,
      properties: [
        str('text', "TRUSTY: You'll want this. Laundry pass.\nJOE: I owe you.\nTRUSTY: Everybody does."),
        str('sets', 'got-pass, clue:laundry-pass'),
      ],
    },
  ];
  const layer = (id: number, name: string, data: number[]) => ({
    id,
    name,
    type: 'tilelayer',
    width: W,
    height: H,
    x: 0,
    y: 0,
    opacity: 1,
    visible: true,
    data,
  });
  const group = (id: number, name: string, list: unknown[], visible = true) => ({
    id,
    name,
    type: 'objectgroup',
    draworder: 'topdown',
    x: 0,
    y: 0,
    opacity: 1,
    visible,
    objects: list,
  });
  return JSON.stringify({
    type: 'map',
    version: '1.10',
    tiledversion: '1.10.2',
    class: 'level',
    orientation: 'orthogonal',
    renderorder: 'right-down',
    infinite: false,
    width: W,
    height: H,
    tilewidth: 16,
    tileheight: 16,
    nextlayerid: 5,
    nextobjectid: 11,
    properties: [
      str('levelId', 'laundry'),
      str('title', 'The Laundry'),
      str('startTime', '06:40'),
      str('objectives', 'got-pass: Get a pass from the trusty\nout: Out the back door to the yard'),
      str('schedule', '07:00 count Laundry count'),
    ],
    tilesets: [{ firstgid: 1, source: 'tilesets/prison.tsj' }],
    layers: [
      layer(1, 'ground', ground()),
      layer(2, 'props', new Array<number>(W * H).fill(0)),
      group(3, 'objects', objects),
      group(4, 'script', script, false),
    ],
  });
}

/** The repo's real project, tileset and templates, plus the new map. */
const read: ReadFile = (path) =>
  path === 'maps/laundry.tmj' ? Promise.resolve(laundry()) : readFile(path, 'utf8');

describe('a brand-new level made from the templates', () => {
  it('loads with no problem and the route bot completes it', async () => {
    const result = await loadMap('maps/laundry.tmj', read);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    const { level } = result.map;
    expect(level.guards[0]).toMatchObject({
      name: 'Laundry screw',
      route: 5,
      visionRange: 6,
      facing: 'down',
    });
    expect(level.doors).toEqual([{ id: 3, name: 'back door', tx: 7, ty: 4, locked: true, key: 'got-pass' }]);

    const sim = new LevelSim(level, startState(level, 1947, null));
    expect(sim.objective()).toBe('Get a pass from the trusty');
    const frames = playRoute(sim, [{ goto: [2, 3] }, { talk: 'up' }, { goto: [6, 4] }, { goto: [12, 4] }]);
    expect(sim.outcome).toBe('complete');
    expect(sim.state.hasFlag('got-pass')).toBe(true);
    expect(sim.state.hasFlag('at-door')).toBe(true);

    // the same inputs replayed from the start end the same way, to the tick and the hash
    const again = runLevel(level, startState(level, 1947, null), encodeInputs(frames));
    expect(again).toMatchObject({ outcome: 'complete', ticks: sim.tick, hash: sim.hash(), leftover: 0 });
  });
});
