import { describe, expect, it } from 'vitest';
import type { CrowdData, GuardData, LevelData, ZoneData } from '../../../src/maps/level-data';
import { createCrowds, hiddenInCrowd, stepCrowds } from '../../../src/sim/crowd';
import { AIM_TICKS } from '../../../src/sim/hazards';
import { IN_INTERACT, NO_INPUT } from '../../../src/sim/input';
import { LevelSim } from '../../../src/sim/level-sim';
import { GameState } from '../../../src/state/game-state';
import { setStoryFlag } from '../../../src/state/informer';
import { levelFrom, tc } from '../sim/fixture';

const hall = ['##############', '#............#', '#............#', '#............#', '##############'];
const guard = (over: Partial<GuardData> = {}): GuardData => ({
  id: 5,
  name: 'Tower guard',
  x: tc(10),
  y: tc(2),
  facing: 'left',
  route: 0,
  visionRange: 8,
  visionAngle: 70,
  speed: 10,
  credibility: 90,
  ...over,
});
const restricted: ZoneData = {
  id: 9,
  name: 'approach',
  kind: 'restricted',
  rect: { x: 0, y: 0, w: 14 * 16, h: 5 * 16 },
  label: 'TOWER APPROACH',
};
const make = (extra: Partial<LevelData>, seed = 3) =>
  new LevelSim(
    levelFrom(hall, { spawn: { x: tc(3), y: tc(2), facing: 'right' }, ...extra }),
    GameState.create({ seed }),
  );

describe('guards on an alert roster', () => {
  it('a guard with minAlert 2 is off duty until the alert reaches 2, then at his post', () => {
    const sim = make({ guards: [guard({ minAlert: 2, x: tc(12) })] });
    sim.step(NO_INPUT);
    expect(sim.hazards?.present).toEqual([false]);
    sim.state.raiseAlertFloor(2);
    sim.step(NO_INPUT);
    expect(sim.hazards?.present).toEqual([true]);
    expect([sim.guards[0]?.x, sim.guards[0]?.y]).toEqual([tc(12) * 16, tc(2) * 16]);
  });

  it('a guard with `unless: false-plan` stays away once Joe fed the informer a false plan', () => {
    const sim = make({ guards: [guard({ unless: ['false-plan'] })] });
    sim.step(NO_INPUT);
    expect(sim.hazards?.present).toEqual([true]);
    sim.state.setFlag('false-plan');
    sim.step(NO_INPUT);
    expect(sim.hazards?.present).toEqual([false]);
    expect(sim.guards[0]?.seesJoe).toBe(false);
  });
});

describe('a gate that locks at an alert level', () => {
  const gated = () =>
    make({
      spawn: { x: tc(3), y: tc(2), facing: 'right' },
      doors: [{ id: 7, name: 'yard gate', tx: 4, ty: 2, locked: false, key: '', lockAt: 2 }],
    });

  it('opens at alert 1 and clangs shut (and stays locked) at alert 2', () => {
    const sim = gated();
    sim.state.raiseAlertFloor(1);
    sim.step(IN_INTERACT);
    expect(sim.doorsOpen).toEqual([true]);
    sim.state.raiseAlertFloor(2);
    const events = sim.step(NO_INPUT);
    expect(sim.doorsOpen).toEqual([false]);
    expect(events.filter((e) => e.type === 'door')).toEqual([{ type: 'door', index: 0, open: false }]);
    expect(sim.step(IN_INTERACT).filter((e) => e.type === 'locked')).toEqual([
      { type: 'locked', text: 'Locked.' },
    ]);
    expect(sim.doorsOpen).toEqual([false]);
  });
});

describe('the armed guard warns before he fires', () => {
  it('calls his warning when he has Joe, and fires AIM_TICKS later if Joe stays', () => {
    const sim = make({ zones: [restricted], guards: [guard({ warning: 'Off the wire or I fire!' })] });
    let warnedAt = -1;
    let caughtAt = -1;
    for (let t = 0; t < 400 && sim.outcome === 'playing'; t++) {
      for (const e of sim.step(NO_INPUT)) {
        if (e.type === 'caption') {
          expect(e).toEqual({ type: 'caption', speaker: 'TOWER GUARD', text: 'Off the wire or I fire!' });
          warnedAt = sim.tick;
        }
        if (e.type === 'caught') {
          expect(e).toEqual({ type: 'caught', reason: 'shot', by: 'Tower guard', where: 'TOWER APPROACH' });
          caughtAt = sim.tick;
        }
      }
    }
    // 7 tiles off, in the far half of his 8: one point a tick, '!' at tick 100
    expect(warnedAt).toBe(100);
    expect(caughtAt).toBe(warnedAt + AIM_TICKS - 1);
    expect(sim.outcome).toBe('caught');
  });
});

describe('the riot crowd', () => {
  const mob: CrowdData = {
    id: 3,
    name: 'mob',
    rect: { x: 16, y: 16, w: 192, h: 48 },
    count: 40,
    requires: ['riot'],
    speed: 10,
  };

  it('is out only once the riot is, and moves the same way every time', () => {
    const runIt = () => {
      const sim = make({ crowds: [mob] });
      for (let t = 0; t < 30; t++) sim.step(NO_INPUT);
      const before = sim.hazards?.crowds.active[0];
      setStoryFlag(sim.state, 'riot');
      for (let t = 0; t < 300; t++) sim.step(NO_INPUT);
      return { before, after: sim.hazards?.crowds.active[0], hash: sim.hash(), x0: sim.hazards?.crowds.x[0] };
    };
    const a = runIt();
    expect(a.before).toBe(false);
    expect(a.after).toBe(true);
    expect(runIt()).toEqual(a);
    expect(a.x0).toBe(1546);
  });

  it('hides Joe when two men stand within 20 px of him', () => {
    const s = createCrowds([mob]);
    stepCrowds(s, [mob], 1, () => true);
    s.x.fill(0);
    s.y.fill(0);
    s.x[0] = 100 * 16;
    s.y[0] = 40 * 16;
    expect(hiddenInCrowd(s, [mob], 100 * 16, 40 * 16)).toBe(false);
    s.x[1] = 118 * 16;
    s.y[1] = 22 * 16;
    expect(hiddenInCrowd(s, [mob], 100 * 16, 40 * 16)).toBe(true);
    s.active[0] = false;
    expect(hiddenInCrowd(s, [mob], 100 * 16, 40 * 16)).toBe(false);
  });

  it('blinds the guards: in the thick of it Joe raises no alarm where he must not be', () => {
    const sim = make({
      zones: [restricted],
      guards: [guard()],
      crowds: [{ ...mob, rect: { x: 32, y: 16, w: 32, h: 48 }, count: 12 }],
    });
    setStoryFlag(sim.state, 'riot');
    let seen = 0;
    for (let t = 0; t < 200; t++) {
      sim.step(NO_INPUT);
      if (sim.hazards?.hidden) expect(sim.guards[0]?.awareness).toBe(0);
      if (sim.hazards?.hidden) seen++;
    }
    expect(seen).toBeGreaterThan(100);
  });
});
