/** The tower's rules in the simulation: the lever held, let go, grabbed off; stairs; who is on duty; allies. */
import { describe, expect, it } from 'vitest';
import type { GuardData, LevelData, ZoneData } from '../../../src/maps/level-data';
import { IN_LEFT, IN_RIGHT, IN_RUN, IN_UP, IN_USE } from '../../../src/sim/input';
import { LevelSim } from '../../../src/sim/level-sim';
import type { SimEvent } from '../../../src/sim/sim-events';
import { GameState } from '../../../src/state/game-state';
import { levelFrom, tc } from './fixture';

const hall = ['##############', '#............#', '#............#', '#............#', '##############'];
const room: ZoneData = {
  id: 9,
  name: 'lever-room',
  kind: 'restricted',
  rect: { x: 0, y: 0, w: 14 * 16, h: 5 * 16 },
  label: 'THE LEVER ROOM',
};

function guard(over: Partial<GuardData> = {}): GuardData {
  return {
    id: 5,
    name: 'Tower guard',
    x: tc(2),
    y: tc(2),
    facing: 'right',
    route: 0,
    visionRange: 12,
    visionAngle: 70,
    speed: 10,
    credibility: 90,
    ...over,
  };
}

/** Joe at (11,2) facing the lever at (12,2); the bridge is only drawn, so its rect is anywhere. */
function tower(extra: Partial<LevelData> = {}, flags: string[] = []): LevelSim {
  const state = GameState.create({ seed: 3 });
  for (const f of flags) state.setFlag(f);
  state.drainEvents();
  const level = levelFrom(hall, {
    spawn: { x: tc(11), y: tc(2), facing: 'right' },
    levers: [{ id: 20, name: 'lever', tx: 12, ty: 2, bridge: 21, requires: [] }],
    bridges: [{ id: 21, name: 'bridge', rect: { x: 0, y: 0, w: 64, h: 32 }, hinge: 'left' }],
    ...extra,
  });
  return new LevelSim(level, state);
}

function run(sim: LevelSim, input: number, ticks: number): SimEvent[] {
  const out: SimEvent[] = [];
  for (let i = 0; i < ticks; i++) out.push(...sim.step(input));
  return out;
}

describe('the bridge lever in the simulation', () => {
  it('held (Interact held, facing it) goes down one a tick; the lever tile is solid', () => {
    const sim = tower();
    run(sim, IN_USE, 10);
    expect(sim.state.lever).toEqual({ position: 'lowering', progress: 10, loweredAt: -1, heldAt: 10 });
    expect(sim.tower.holding).toBe(true);
    expect(sim.world.solid(12, 2)).toBe(true);
  });

  it('let go, it springs back two a tick from the second tick, and is raised at 0', () => {
    const sim = tower();
    run(sim, IN_USE, 10);
    const progress = [];
    for (let i = 0; i < 6; i++) {
      sim.step(0);
      progress.push(sim.state.lever.progress);
    }
    expect(progress).toEqual([10, 8, 6, 4, 2, 0]);
    expect(sim.state.lever.position).toBe('raised');
    expect(sim.tower.holding).toBe(false);
  });

  it('does nothing facing away, or with the press alone (no held bit)', () => {
    const sim = tower();
    sim.step(IN_LEFT);
    run(sim, IN_USE, 5);
    expect(sim.state.lever.progress).toBe(0);
  });

  it('waits for its flags', () => {
    const sim = tower({ levers: [{ id: 20, name: 'lever', tx: 12, ty: 2, bridge: 21, requires: ['fuse'] }] });
    run(sim, IN_USE, 5);
    expect(sim.state.lever.progress).toBe(0);
    sim.state.setFlag('fuse');
    run(sim, IN_USE, 5);
    expect(sim.state.lever.progress).toBe(5);
  });

  it('completes the level on the tick the bridge is fully down: the source ending without an unmasked informer', () => {
    const sim = tower({}, ['alibi-solid']);
    const events = run(sim, IN_USE, 299);
    expect(sim.outcome).toBe('playing');
    expect(events.some((e) => e.type === 'complete')).toBe(false);
    const last = sim.step(IN_USE);
    expect(sim.outcome).toBe('complete');
    expect(sim.tick).toBe(300);
    expect(sim.state.lever).toEqual({ position: 'lowered', progress: 300, loweredAt: 300, heldAt: 300 });
    expect(last.filter((e) => e.type === 'complete')).toEqual([{ type: 'complete', exit: 'bridge', to: '' }]);
    expect(sim.state.flags).toEqual(['alibi-solid', 'ending-source']);
    expect(sim.state.levelsDone).toEqual(['test']);
  });

  it('the informer unmasked and the alibi held: the dawn ending', () => {
    const sim = tower({}, ['alibi-shaky', 'informer-unmasked']);
    run(sim, IN_USE, 300);
    expect(sim.outcome).toBe('complete');
    expect(sim.state.hasFlag('ending-dawn')).toBe(true);
    expect(sim.state.hasFlag('ending-source')).toBe(false);
  });

  it('a guard who reaches Joe at the lever grabs him: -100 progress, he is thrown off, the hold goes on', () => {
    const sim = tower({ guards: [guard()], zones: [room] });
    const events: { tick: number; progress: number; e: SimEvent }[] = [];
    while (sim.outcome === 'playing' && sim.tick < 1000)
      for (const e of sim.step(IN_USE))
        events.push({ tick: sim.tick, progress: sim.state.lever.progress, e });
    const grab = events.find((x) => x.e.type === 'lever-grab');
    // 9 tiles off, a point of awareness a tick: '!' at tick 100; the chase at 15 a tick reaches him at 240
    expect(grab).toEqual({ tick: 240, progress: 140, e: { type: 'lever-grab', by: 'Tower guard' } });
    // 240 held, 100 lost: 160 more held ticks bring it down at 400
    expect(sim.tower.downed).toEqual([true]);
    expect(sim.outcome).toBe('complete');
    expect(sim.tick).toBe(400);
    expect(sim.state.lever.loweredAt).toBe(400);
    expect(events.filter((x) => x.e.type === 'caught')).toEqual([]);
  });

  it('away from the lever the same guard catches him outright', () => {
    const sim = tower({ guards: [guard()], zones: [room], spawn: { x: tc(9), y: tc(2), facing: 'right' } });
    run(sim, 0, 400);
    expect(sim.outcome).toBe('caught');
    expect(sim.tower.downed).toEqual([false]);
  });
});

describe('stairs and ladders', () => {
  it('stepping in puts Joe at the target, facing its way, and says so', () => {
    const sim = tower({
      spawn: { x: tc(3), y: tc(2), facing: 'up' },
      stairs: [
        {
          id: 30,
          name: 'ladder',
          rect: { x: 3 * 16, y: 16, w: 16, h: 16 },
          to: { x: tc(8), y: tc(3) },
          facing: 'left',
          caption: 'Up the ladder.',
        },
      ],
    });
    let events: SimEvent[] = [];
    while (sim.tick < 30 && events.length === 0) events = sim.step(IN_UP).filter((e) => e.type === 'stairs');
    expect(events).toEqual([{ type: 'stairs', name: 'ladder', caption: 'Up the ladder.' }]);
    // feet from y 40 px up past the ladder's bottom edge (32 px), at 1 px a tick
    expect(sim.tick).toBe(9);
    expect(sim.joe).toMatchObject({ x: tc(8) * 16, y: tc(3) * 16, facing: 'left', moving: false });
  });
});

describe('who is on duty', () => {
  const level = levelFrom(hall, {
    guards: [
      guard({ id: 1, name: 'always' }),
      guard({ id: 2, name: 'alert 2', minAlert: 2 }),
      guard({ id: 3, name: 'if broken', onlyIf: ['alibi-broken'] }),
      guard({ id: 4, name: 'unless unmasked', unless: ['informer-unmasked'] }),
    ],
  });
  const names = (s: GameState) => {
    const present = new LevelSim(level, s).hazards?.present ?? [];
    return level.guards.filter((_, i) => present[i]).map((g) => g.name);
  };

  it('by the alert level and the story flags (the roster follows them as they change)', () => {
    const calm = GameState.create({ seed: 1 });
    expect(names(calm)).toEqual(['always', 'unless unmasked']);
    const hot = GameState.create({ seed: 1 });
    hot.raise('informer-report', 50);
    hot.setFlag('alibi-broken');
    hot.setFlag('informer-unmasked');
    expect(hot.alertLevel).toBe(2);
    expect(names(hot)).toEqual(['always', 'alert 2', 'if broken']);
  });
});

describe('an ally', () => {
  it('walks his route from his start tick, then rackets: guards on his floor go to him, not others', () => {
    const upstairs: ZoneData = { ...room, id: 10, name: 'up', rect: { x: 0, y: 0, w: 14 * 16, h: 32 } };
    const downstairs: ZoneData = { ...room, id: 11, name: 'down', rect: { x: 0, y: 32, w: 14 * 16, h: 48 } };
    const sim = tower({
      spawn: { x: tc(11), y: tc(3), facing: 'down' },
      zones: [upstairs, downstairs],
      guards: [
        guard({ id: 1, x: tc(3), y: tc(1), facing: 'left' }),
        guard({ id: 2, x: tc(3), y: tc(3), facing: 'left' }),
      ],
      patrols: [
        {
          id: 7,
          name: 'in',
          points: [
            { x: tc(8), y: tc(1) },
            { x: tc(6), y: tc(1) },
          ],
          loop: false,
          waits: [0, 0],
        },
      ],
      allies: [
        {
          id: 8,
          name: 'Gallagher',
          key: 'gallagher',
          x: tc(8),
          y: tc(1),
          facing: 'left',
          route: 7,
          startTick: 10,
          drawRange: 6,
          drawEvery: 45,
        },
      ],
    });
    run(sim, 0, 10);
    expect(sim.tower.allies[0]?.x).toBe(tc(8) * 16);
    // 2 tiles at 14 a tick: 37 ticks, then the first racket on the next multiple of 45 after his start
    run(sim, 0, 40);
    expect(sim.tower.allies[0]).toMatchObject({ x: tc(6) * 16, y: tc(1) * 16, moving: false });
    expect(sim.guards.map((g) => g.alert)).toEqual(['unaware', 'unaware']);
    const events = run(sim, 0, 5);
    expect(events.filter((e) => e.type === 'guard-alert')).toEqual([
      { type: 'guard-alert', id: 1, from: 'unaware', to: 'alerted' },
    ]);
    expect(sim.guards.map((g) => g.alert)).toEqual(['alerted', 'unaware']);
  });
});

describe('the ratchet', () => {
  it('clacks every 20 ticks held, for the sound', () => {
    const sim = tower();
    const notches: number[] = [];
    for (let i = 0; i < 65; i++)
      for (const e of sim.step(IN_USE)) if (e.type === 'lever-ratchet') notches.push(e.progress);
    expect(notches).toEqual([20, 40, 60]);
  });
});

describe('idle beside the lever', () => {
  it('is no shield: not holding it, Joe is caught there like anywhere', () => {
    const sim = tower({ guards: [guard()], zones: [room] });
    run(sim, 0, 400);
    expect(sim.outcome).toBe('caught');
    expect(sim.tower.downed).toEqual([false]);
  });
});

describe('a guard off duty is out of the fight', () => {
  it('hears no running feet, sees nothing on record, and a guard on duty beside him does', () => {
    const sim = tower({
      spawn: { x: tc(2), y: tc(2), facing: 'right' },
      guards: [
        guard({ id: 1, name: 'on duty', x: tc(6), y: tc(2), facing: 'left' }),
        guard({ id: 2, name: 'riot squad', x: tc(6), y: tc(3), facing: 'left', minAlert: 3 }),
      ],
    });
    expect(sim.hazards?.present).toEqual([true, false]);
    for (let t = 0; t < 30; t++) sim.step(IN_RIGHT | IN_RUN);
    expect(sim.guards.map((g) => g.awareness > 0)).toEqual([true, false]);
    expect(sim.state.toJSON().ledger.map((e) => e.witness)).toEqual(['guard-test-1']);
  });
});
