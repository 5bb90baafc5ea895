import { describe, expect, it } from 'vitest';
import type { GuardData, LevelData, ZoneData } from '../../../src/maps/level-data';
import { IN_LEFT, IN_RIGHT, IN_RUN } from '../../../src/sim/input';
import { LevelSim } from '../../../src/sim/level-sim';
import { GameState } from '../../../src/state/game-state';
import { levelFrom, tc } from './fixture';

const hall = ['##############', '#............#', '#............#', '#............#', '##############'];

function guard(over: Partial<GuardData> = {}): GuardData {
  return {
    id: 5,
    name: 'g',
    x: tc(10),
    y: tc(2),
    facing: 'left',
    route: 0,
    visionRange: 6,
    visionAngle: 70,
    speed: 10,
    credibility: 90,
    ...over,
  };
}
const restricted: ZoneData = {
  id: 9,
  name: 'office',
  kind: 'restricted',
  rect: { x: 0, y: 0, w: 14 * 16, h: 5 * 16 },
  label: 'OFFICE',
};

function make(extra: Partial<LevelData>) {
  return new LevelSim(
    levelFrom(hall, { spawn: { x: tc(5), y: tc(2), facing: 'right' }, ...extra }),
    GameState.create({ seed: 3 }),
  );
}

describe('guards on patrol', () => {
  it('walk their route at their speed and wait at each point', () => {
    const s = make({
      guards: [guard({ route: 2, x: tc(2), y: tc(1), facing: 'right' })],
      patrols: [
        {
          id: 2,
          name: 'beat',
          points: [
            { x: tc(2), y: tc(1) },
            { x: tc(4), y: tc(1) },
          ],
          loop: false,
          waits: [0, 30],
        },
      ],
      spawn: { x: tc(12), y: tc(3), facing: 'left' },
    });
    // 2 tiles = 512 sub-pixels at 10 a tick: 52 ticks (the first tick reaches point 0, where he stands)
    for (let i = 0; i < 53; i++) s.step(0);
    expect(s.guards[0]?.x).toBe(tc(4) * 16);
    expect(s.guards[0]?.mode).toBe('patrol');
    for (let i = 0; i < 30; i++) s.step(0);
    expect(s.guards[0]?.x).toBe(tc(4) * 16);
    expect(s.guards[0]?.mode).toBe('wait');
    s.step(0);
    expect(s.guards[0]?.x).toBe(tc(4) * 16 - 10);
    expect(s.guards[0]?.facing).toBe('left');
  });
});

describe('being seen where Joe should not be', () => {
  it('raises awareness each tick in view: ? at 35, ! at 100, one a tick from the far half of his sight', () => {
    const s = make({ guards: [guard()], zones: [restricted] });
    // distance 5 tiles, range 6: the far half, one point a tick
    s.step(0);
    expect(s.guards[0]?.awareness).toBe(1);
    const marks: string[] = [];
    for (let i = 0; i < 130; i++) {
      for (const e of s.step(0)) if (e.type === 'guard-alert') marks.push(`${s.tick}:${e.to}`);
    }
    expect(marks).toEqual(['35:suspicious', '100:alerted']);
    // 10 on the '!', then 2 every 30 ticks while he watches Joe there (tick 120)
    expect(s.state.suspicion).toBe(12);
  });

  it('from the near half of his sight, two a tick: ? at 18, ! at 50', () => {
    const s = make({ guards: [guard({ x: tc(7) })], zones: [restricted] });
    const marks: string[] = [];
    for (let i = 0; i < 60; i++) {
      for (const e of s.step(0)) if (e.type === 'guard-alert') marks.push(`${s.tick}:${e.to}`);
    }
    expect(marks).toEqual(['18:suspicious', '50:alerted']);
  });

  it('running where Joe may be earns a long look, never a chase', () => {
    const s = make({ guards: [guard()] });
    const marks: string[] = [];
    for (let i = 0; i < 200; i++) {
      const frame = i % 2 === 0 ? IN_RIGHT | IN_RUN : IN_LEFT | IN_RUN;
      for (const e of s.step(frame)) if (e.type === 'guard-alert') marks.push(e.to);
    }
    expect(marks).toEqual(['suspicious']);
    expect(s.guards[0]?.awareness).toBe(60);
    expect(s.state.suspicion).toBe(0);
  });

  it('does nothing while Joe walks where he may', () => {
    const s = make({ guards: [guard()] });
    for (let i = 0; i < 120; i++) s.step(0);
    expect(s.guards[0]?.awareness).toBe(0);
    expect(s.guards[0]?.alert).toBe('unaware');
    expect(s.state.suspicion).toBe(0);
    // ...but he is a witness: the ledger holds him seeing Joe in the open for all 120 ticks
    expect(s.state.ledger).toEqual([{ witness: 'guard-test-5', zone: 'open', from: 1, to: 120 }]);
  });

  it('testifies under his level: guard 5 of one map is not guard 5 of the next', () => {
    const state = GameState.create({ seed: 3 });
    const at = (id: string) =>
      new LevelSim(
        levelFrom(hall, { id, spawn: { x: tc(5), y: tc(2), facing: 'right' }, guards: [guard()] }),
        state,
      );
    const first = at('cell');
    for (let i = 0; i < 10; i++) first.step(0);
    const second = at('yard');
    for (let i = 0; i < 10; i++) second.step(0);
    expect(state.witnesses.map((w) => w.id)).toEqual(['guard-cell-5', 'guard-yard-5']);
    expect(state.ledger.map((e) => [e.witness, e.from, e.to])).toEqual([
      ['guard-cell-5', 1, 10],
      ['guard-yard-5', 11, 20],
    ]);
  });

  it('an alerted guard who reaches Joe in a restricted zone grabs him', () => {
    const s = make({ guards: [guard()], zones: [restricted] });
    const events: string[] = [];
    for (let i = 0; i < 400 && s.outcome === 'playing'; i++) for (const e of s.step(0)) events.push(e.type);
    expect(s.outcome).toBe('caught');
    expect(events).toContain('caught');
  });

  it('cannot see through a wall', () => {
    const walled = ['##############', '#.......#....#', '#.......#....#', '#.......#....#', '##############'];
    const s = new LevelSim(
      levelFrom(walled, {
        spawn: { x: tc(5), y: tc(2), facing: 'right' },
        guards: [guard()],
        zones: [restricted],
      }),
      GameState.create({ seed: 3 }),
    );
    for (let i = 0; i < 100; i++) s.step(0);
    expect(s.guards[0]?.seesJoe).toBe(false);
    expect(s.guards[0]?.awareness).toBe(0);
  });

  it('running makes noise that turns a guard behind Joe: at least "?", then one tick of calming', () => {
    const s = make({ guards: [guard({ x: tc(2), facing: 'up' })] });
    const events = s.step(IN_RIGHT | IN_RUN);
    expect(events.filter((e) => e.type === 'noise')).toEqual([
      { type: 'noise', x: 89.75, y: 40, radius: 64 },
    ]);
    expect(s.guards[0]?.awareness).toBe(34);
    expect(s.guards[0]?.alert).toBe('suspicious');
    expect(s.guards[0]?.facing).toBe('right');
  });
});

describe('calming down', () => {
  it('a guard who loses Joe gives up the chase as his awareness drains, looks, then walks back', () => {
    // Joe is seen in the office, then steps out of it (restricted ends at x = 6 tiles) and out of sight
    const office: ZoneData = { ...restricted, rect: { x: 0, y: 0, w: 6 * 16, h: 5 * 16 } };
    const s = make({
      guards: [guard({ x: tc(9), facing: 'left' })],
      zones: [office],
      spawn: { x: tc(5), y: tc(2), facing: 'right' },
    });
    const modes: string[] = [];
    const note = () => {
      const g = s.guards[0];
      const m = `${g?.alert}/${g?.mode}`;
      if (modes[modes.length - 1] !== m) modes.push(m);
    };
    for (let i = 0; i < 104; i++) {
      s.step(0);
      note();
    }
    // out of the office and round the corner, down to the bottom row out of his cone
    for (let i = 0; i < 16; i++) {
      s.step(IN_RIGHT);
      note();
    }
    for (let i = 0; i < 600; i++) {
      s.step(0);
      note();
    }
    expect(modes).toEqual([
      'unaware/patrol',
      'suspicious/look',
      'alerted/chase',
      'suspicious/look',
      'unaware/return',
      'unaware/patrol',
    ]);
    expect(modes[modes.length - 1]).toBe('unaware/patrol');
    expect(s.guards[0]?.x).toBe(tc(9) * 16);
    expect(s.outcome).toBe('playing');
  });
});
