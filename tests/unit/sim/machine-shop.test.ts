/** The machine shop's rules: the incident window and its inquiry, props, passes and familiar guards. */
import { describe, expect, it } from 'vitest';
import type {
  GuardData,
  IncidentData,
  LevelData,
  NpcData,
  PropData,
  ZoneData,
} from '../../../src/maps/level-data';
import { Familiarity } from '../../../src/sim/familiar';
import { INQUIRY_DIALOGUE } from '../../../src/sim/incident';
import { IN_INTERACT, IN_RIGHT, IN_SKIP } from '../../../src/sim/input';
import { LevelSim } from '../../../src/sim/level-sim';
import type { SimEvent } from '../../../src/sim/sim-events';
import { GameState } from '../../../src/state/game-state';
import { levelFrom, tc } from './fixture';

const hall = ['##############', '#............#', '#............#', '#............#', '##############'];

const doctor: NpcData = {
  id: 4,
  name: 'Dr. Walters',
  key: 'doctor',
  role: 'doctor',
  x: tc(3),
  y: tc(2),
  facing: 'left',
  dialogue: '',
  r17: false,
  credibility: 60,
};
const zone = (name: string, kind: ZoneData['kind'], x0: number, x1: number, extra = {}): ZoneData => ({
  id: name.length,
  name,
  kind,
  rect: { x: x0 * 16, y: 0, w: (x1 - x0 + 1) * 16, h: 5 * 16 },
  label: name.toUpperCase(),
  ...extra,
});
/** 06:01-06:05 from a 06:00 start: ticks 60 to 300, judged over 60..299. */
const incident: IncidentData = {
  id: 20,
  who: 'wilson',
  zone: 'floor',
  from: 6 * 60 + 1,
  to: 6 * 60 + 5,
  setup: ['ready'],
  sets: ['dealt'],
  caption: 'A whistle.',
  missedText: 'Gone.',
};

function shop(extra: Partial<LevelData> = {}): LevelSim {
  const level = levelFrom(hall, {
    spawn: { x: tc(2), y: tc(2), facing: 'right' },
    npcs: [doctor],
    zones: [zone('office', 'alibi', 0, 6), zone('floor', 'incident', 7, 13)],
    incident,
    ...extra,
  });
  return new LevelSim(level, GameState.create({ seed: 7 }));
}

function run(s: LevelSim, ticks: number, input = 0): SimEvent[] {
  const out: SimEvent[] = [];
  for (let i = 0; i < ticks; i++) out.push(...s.step(input));
  return out;
}

describe('the incident window', () => {
  it('opens 60 ticks a prison minute after the start: without the set-up the attempt is lost then', () => {
    const s = shop();
    expect([s.incident?.fromTick, s.incident?.toTick]).toEqual([60, 300]);
    run(s, 59);
    expect(s.outcome).toBe('playing');
    // the whistle goes all the same (the shell plays it), then the moment has passed
    expect(s.step(0).filter((e) => e.type === 'caught' || e.type === 'incident-window')).toEqual([
      { type: 'incident-window', ready: false },
      { type: 'caught', reason: 'missed', by: '', where: 'OFFICE', text: 'Gone.' },
    ]);
    // lost, and named for what it is: nobody caught him
    expect([s.tick, s.outcome]).toEqual([60, 'missed']);
  });

  it('with the set-up the move happens at the first tick, and the judgement comes at the last', () => {
    const s = shop();
    s.state.setFlag('ready');
    run(s, 59);
    expect(s.state.hasFlag('dealt')).toBe(false);
    const opened = s.step(0);
    expect(opened).toContainEqual({ type: 'incident-window', ready: true });
    expect(opened).toContainEqual({ type: 'caption', speaker: '', text: 'A whistle.' });
    expect(s.state.hasFlag('dealt')).toBe(true);
    expect(s.incident?.hudText((m) => String(m))).toBe('WINDOW 361-365');
    run(s, 239);
    expect(s.state.judgements).toEqual([]);
    s.step(0);
    expect(s.tick).toBe(300);
    expect(s.state.judgements).toEqual([
      {
        incident: { who: 'wilson', zone: 'floor', from: 60, to: 299 },
        verdict: 'solid',
        witnesses: [{ id: 'doctor', credibility: 60, ticks: 240 }],
        gaps: [],
        covered: 240,
      },
    ]);
    expect(s.state.hasFlag('alibi-solid')).toBe(true);
    expect(s.state.suspicion).toBe(0);
    // Munsey's inquiry plays as a dialogue; reading it to the end sets inquiry-done
    expect(s.dialogue).toEqual({ id: INQUIRY_DIALOGUE, line: 0 });
    expect(s.incident?.report?.rows).toEqual(['Dr. Walters (doctor): 4 min, word 60']);
    expect(s.incident?.hudText((m) => String(m))).toBe('');
    s.step(IN_SKIP);
    expect(s.state.hasFlag('inquiry-done')).toBe(true);
  });

  it("the doctor's drink halves his word: shaky, and 15 heat", () => {
    const bottle: PropData = {
      id: 30,
      name: 'bottle',
      rect: { x: 16, y: 32, w: 16, h: 16 },
      requires: [],
      sets: ['drink:doctor'],
      text: 'Two fingers.',
      lockedText: '',
    };
    const s = shop({ props: [bottle], spawn: { x: tc(2), y: tc(2), facing: 'left' } });
    s.state.setFlag('ready');
    s.step(IN_INTERACT);
    expect(s.state.witnesses.find((w) => w.id === 'doctor')?.drinking).toBe(true);
    run(s, 299);
    expect(s.state.judgements[0]).toMatchObject({
      verdict: 'shaky',
      witnesses: [{ id: 'doctor', credibility: 30 }],
    });
    expect([s.state.hasFlag('alibi-shaky'), s.state.suspicion]).toEqual([true, 15]);
  });

  it('walking out onto the floor mid-window leaves a gap from the tick he is seen there: broken, 30 heat', () => {
    // the doctor one tile up, so Joe's way right is clear
    const s = shop({ npcs: [{ ...doctor, y: tc(1) }] });
    s.state.setFlag('ready');
    run(s, 100);
    // 16 sub-pixels a tick from x = 640: the floor (x >= 1792) at tick 172, out of sight (tile 9) at 204
    run(s, 200, IN_RIGHT);
    expect(s.state.judgements[0]).toEqual({
      incident: { who: 'wilson', zone: 'floor', from: 60, to: 299 },
      verdict: 'broken',
      witnesses: [{ id: 'doctor', credibility: 60, ticks: 112 }],
      gaps: [{ from: 172, to: 299 }],
      covered: 112,
    });
    expect([s.state.hasFlag('alibi-broken'), s.state.suspicion]).toEqual([true, 30]);
  });

  it('waits for a conversation to end before Munsey starts, and the ledger still grows while Joe talks', () => {
    const talk = {
      id: 'chat',
      lines: [{ speaker: 'DOC', text: 'Sit.' }],
      sets: [],
      requires: [],
      fallback: '',
      flashback: false,
    };
    const s = shop({ npcs: [{ ...doctor, dialogue: 'chat' }], dialogues: { chat: talk } });
    s.state.setFlag('ready');
    run(s, 290);
    s.step(IN_INTERACT);
    expect(s.dialogue?.id).toBe('chat');
    run(s, 20);
    expect(s.state.judgements[0]?.verdict).toBe('solid');
    expect(s.dialogue?.id).toBe('chat');
    s.step(IN_INTERACT);
    expect(s.dialogue?.id).toBe(INQUIRY_DIALOGUE);
  });
});

describe('props', () => {
  const rack: PropData = {
    id: 31,
    name: 'rack',
    rect: { x: 48, y: 32, w: 16, h: 16 },
    requires: ['crew-ready'],
    sets: ['got-wrench', 'clue:wrench'],
    text: 'A wrench.',
    lockedText: 'Not yet.',
  };
  const plain = () =>
    new LevelSim(
      levelFrom(hall, { spawn: { x: tc(2), y: tc(2), facing: 'right' }, props: [rack] }),
      GameState.create({ seed: 1 }),
    );

  it('say their lockedText until their flags are set, then do their sets once and are spent', () => {
    const s = plain();
    expect(s.interaction()).toEqual({ kind: 'prop', index: 0 });
    expect(s.step(IN_INTERACT)).toContainEqual({ type: 'locked', text: 'Not yet.' });
    expect([s.state.hasFlag('got-wrench'), s.propsSpent]).toEqual([false, [false]]);
    s.state.setFlag('crew-ready');
    s.step(0);
    expect(s.step(IN_INTERACT)).toContainEqual({ type: 'caption', speaker: '', text: 'A wrench.' });
    expect([s.state.hasFlag('got-wrench'), s.state.clues, s.propsSpent]).toEqual([true, ['wrench'], [true]]);
    expect(s.interaction()).toBeNull();
  });

  it('a drink for someone who does not testify here changes nothing', () => {
    const s = new LevelSim(
      levelFrom(hall, {
        spawn: { x: tc(2), y: tc(2), facing: 'right' },
        props: [{ ...rack, requires: [], sets: ['drink:nobody'] }],
      }),
      GameState.create({ seed: 1 }),
    );
    s.step(IN_INTERACT);
    expect(s.propsSpent).toEqual([true]);
    expect(s.state.witnesses).toEqual([]);
  });
});

const guard: GuardData = {
  id: 5,
  name: 'Hennessy',
  x: tc(10),
  y: tc(2),
  facing: 'left',
  route: 0,
  visionRange: 6,
  visionAngle: 70,
  speed: 10,
  credibility: 90,
};

describe('a pass: a restricted zone allowed with a flag', () => {
  const corridor = zone('corridor', 'restricted', 0, 13, { allowedWith: 'sick-pass' });
  const make = () =>
    new LevelSim(
      levelFrom(hall, { spawn: { x: tc(5), y: tc(2), facing: 'right' }, guards: [guard], zones: [corridor] }),
      GameState.create({ seed: 3 }),
    );

  it('without it, a guard 5 tiles off grows one point a tick and shows ? at 35', () => {
    const s = make();
    expect(s.restrictedHere()).toBe(true);
    run(s, 34);
    expect([s.guards[0]?.awareness, s.guards[0]?.alert]).toEqual([34, 'unaware']);
    s.step(0);
    expect([s.guards[0]?.awareness, s.guards[0]?.alert]).toEqual([35, 'suspicious']);
  });

  it('with it, he lets Joe be', () => {
    const s = make();
    s.state.setFlag('sick-pass');
    expect(s.restrictedHere()).toBe(false);
    run(s, 100);
    expect([s.guards[0]?.awareness, s.guards[0]?.alert, s.guards[0]?.seesJoe]).toEqual([0, 'unaware', true]);
  });
});

describe('familiar guards', () => {
  const data = { ...guard, familiarAfter: 3 };
  const wave = zone('corridor', 'restricted', 7, 13, { waveThrough: true });
  const plain = zone('store', 'restricted', 7, 13);

  it('count the ticks they see Joe behave, up to their mark, and then wave him through where marked', () => {
    const f = new Familiarity([data, guard]);
    f.note(0, data, true, 'none');
    f.note(0, data, false, 'none');
    f.note(0, data, true, 'odd');
    f.note(0, data, true, 'none');
    expect([f.seen, f.familiar(0, data)]).toEqual([[2, 0], false]);
    expect(f.suspectFor(0, data, wave, true, false)).toBe('restricted');
    f.note(0, data, true, 'none');
    f.note(0, data, true, 'none');
    expect([f.seen, f.familiar(0, data)]).toEqual([[3, 0], true]);
    expect(f.suspectFor(0, data, wave, true, false)).toBe('none');
    expect(f.suspectFor(0, data, wave, true, true)).toBe('odd');
    expect(f.suspectFor(0, data, plain, true, false)).toBe('restricted');
    // a guard without familiarAfter never knows Joe's face
    for (let i = 0; i < 10; i++) f.note(1, guard, true, 'none');
    expect([f.seen[1], f.suspectFor(1, guard, wave, true, false)]).toEqual([0, 'restricted']);
  });

  it('in the sim: after 60 ticks in his sight Joe walks into the waveThrough corridor unremarked', () => {
    const make = (g: GuardData) =>
      new LevelSim(
        levelFrom(hall, {
          spawn: { x: tc(5), y: tc(2), facing: 'right' },
          guards: [g],
          zones: [zone('shop', 'area', 0, 6), wave],
        }),
        GameState.create({ seed: 3 }),
      );
    const known = make({ ...guard, familiarAfter: 60 });
    run(known, 60);
    expect(known.familiarity.seen).toEqual([60]);
    run(known, 50, IN_RIGHT);
    expect(known.zone?.name).toBe('corridor');
    expect([known.guards[0]?.awareness, known.guards[0]?.alert]).toEqual([0, 'unaware']);
    const stranger = make(guard);
    run(stranger, 60);
    run(stranger, 50, IN_RIGHT);
    expect(stranger.guards[0]?.alert).toBe('suspicious');
  });
});
