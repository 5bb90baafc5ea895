import { describe, expect, it } from 'vitest';
import type { LoadedMap } from '../../../src/maps';
import { IN_RIGHT } from '../../../src/sim/input';
import { parseReplay, stringifyReplay, type Replay } from '../../../src/speedrun/replay';
import { decodeInputs, encodeInputs, InputRecorder } from '../../../src/speedrun/rle';
import { LevelSession } from '../../../src/speedrun/session';
import { formatTime } from '../../../src/speedrun/time';
import { verifyReplay } from '../../../src/speedrun/verify';
import { GAME_VERSION } from '../../../src/version';
import { levelFrom, tc } from '../sim/fixture';

describe('in-game time', () => {
  it('shows ticks as m:ss.mmm, floored, and h:mm:ss.mmm from an hour', () => {
    expect(formatTime(0)).toBe('0:00.000');
    expect(formatTime(1)).toBe('0:00.016');
    expect(formatTime(61)).toBe('0:01.016');
    expect(formatTime(60 * 75)).toBe('1:15.000');
    expect(formatTime(60 * 3600 + 30)).toBe('1:00:00.500');
  });
});

describe('run-length encoded inputs', () => {
  it('round-trips and merges repeats', () => {
    const frames = [0, 0, 8, 8, 8, 16, 0];
    expect(encodeInputs(frames)).toEqual([
      [0, 2],
      [8, 3],
      [16, 1],
      [0, 1],
    ]);
    expect(decodeInputs(encodeInputs(frames))).toEqual(frames);
  });

  it('the recorder refuses a frame that is not an input', () => {
    const r = new InputRecorder();
    r.push(8);
    expect(() => r.push(256)).toThrow('input frame 256 is not a valid input');
    expect(r.runs).toEqual([[8, 1]]);
  });
});

const map: LoadedMap = {
  level: levelFrom(['##########', '#........#', '##########'], {
    id: 'cell',
    file: 'maps/cell.tmj',
    spawn: { x: tc(1), y: tc(1), facing: 'right' },
    exits: [
      {
        id: 1,
        name: 'gate',
        rect: { x: 128, y: 16, w: 16, h: 16 },
        to: 'machine-shop',
        requires: [],
        lockedText: '',
      },
    ],
  }),
  tiled: {} as LoadedMap['tiled'],
  hash: '0123456789abcdef',
};

function finishedRun(): Replay {
  const s = new LevelSession(map, 1947, null);
  while (s.sim.outcome === 'playing') s.step(IN_RIGHT);
  return s.replay();
}

describe('replays and the verifier', () => {
  it('a finished run verifies: 104 px at 1 px a tick is 104 ticks', () => {
    const replay = finishedRun();
    expect(replay.inputs).toEqual([[IN_RIGHT, 104]]);
    const v = verifyReplay(parseReplay(stringifyReplay(replay)), map);
    expect(v).toEqual({
      ok: true,
      level: 'cell',
      ticks: 104,
      time: '0:01.733',
      hash: replay.result.hash,
      outcome: 'complete',
      seed: 1947,
      officialSeed: true,
    });
  });

  it('refuses an edited time, an edited input, another version and another map', () => {
    const good = finishedRun();
    const edit = (f: (r: Replay) => void) => {
      const r = structuredClone(good);
      f(r);
      return verifyReplay(r, map);
    };
    expect(edit((r) => (r.result.ticks = 100))).toEqual({
      ok: false,
      error: 'replay claims 100 ticks, re-simulation gives 104',
    });
    expect(edit((r) => (r.inputs = [[IN_RIGHT, 110]]))).toEqual({
      ok: false,
      error: 'inputs go on 6 ticks after the level ended at tick 104',
    });
    expect(edit((r) => (r.inputs = [[IN_RIGHT, 50]]))).toEqual({
      ok: false,
      error: 'replay claims outcome complete at tick 104, re-simulation gives playing at tick 50',
    });
    expect(edit((r) => (r.game = '0.0.1'))).toEqual({
      ok: false,
      error: `replay was made with game version 0.0.1; this is ${GAME_VERSION}`,
    });
    expect(edit((r) => (r.maps = { 'maps/cell.tmj': 'ffffffffffffffff' }))).toEqual({
      ok: false,
      error:
        'map maps/cell.tmj differs from the one the replay was made on (ffffffffffffffff vs 0123456789abcdef)',
    });
    expect(edit((r) => (r.result.hash = '0000000000000000'))).toEqual({
      ok: false,
      error: `state hash mismatch at tick 104: replay 0000000000000000, re-simulation ${good.result.hash}`,
    });
  });

  it('parseReplay names the field and the rule of a bad file', () => {
    const good = JSON.parse(stringifyReplay(finishedRun())) as Record<string, unknown>;
    const bad = (patch: Record<string, unknown>) => () => parseReplay(JSON.stringify({ ...good, ...patch }));
    expect(() => parseReplay('{"format":')).toThrow(/^not a replay: the file is not JSON/);
    expect(bad({ format: 'other' })).toThrow('not a valid replay: format:');
    expect(bad({ inputs: [[999, 1]] })).toThrow('not a valid replay: inputs.0.0:');
    expect(bad({ inputs: [[8, 0]] })).toThrow('not a valid replay: inputs.0.1:');
    expect(bad({ seed: -1 })).toThrow('not a valid replay: seed:');
    expect(bad({ level: '../../etc' })).toThrow('not a valid replay: level: must be a level id');
    expect(bad({ inputs: Array.from({ length: 10 }, () => [8, 800_000]) })).toThrow(/over the limit/);
  });
});

describe('timing rule: a level starts on the first input', () => {
  it('idle frames before the first input are neither simulated, recorded nor timed', () => {
    const s = new LevelSession(map, 1947, null);
    for (let i = 0; i < 30; i++) s.step(0);
    expect([s.sim.tick, s.recorder.ticks, s.waiting]).toEqual([0, 0, true]);
    s.step(IN_RIGHT);
    s.step(0);
    expect([s.sim.tick, s.recorder.ticks, s.waiting]).toEqual([2, 2, false]);
    expect(s.recorder.runs).toEqual([
      [IN_RIGHT, 1],
      [0, 1],
    ]);
  });
});

describe('start states', () => {
  it('refuses a replay that starts from an edited state, even one re-simulated to a matching hash', async () => {
    const { GameState } = await import('../../../src/state/game-state');
    const { runLevel } = await import('../../../src/speedrun/run-level');
    const edited = GameState.create({ seed: 1947 });
    edited.setFlag('doctor-warning');
    const start = edited.toJSON();
    const run = runLevel(map.level, GameState.fromJSON(start), [[IN_RIGHT, 104]]);
    const forged: Replay = {
      ...finishedRun(),
      start,
      result: { ticks: run.ticks, outcome: run.outcome, hash: run.hash },
    };
    expect(verifyReplay(forged, map)).toEqual({
      ok: false,
      error: 'replay start state is not the start of level "cell": runs start from the level\'s start',
    });
  });

  it('accepts a new game written out in full, as the same run', async () => {
    const { GameState } = await import('../../../src/state/game-state');
    const good = finishedRun();
    const explicit = { ...good, start: GameState.create({ seed: 1947 }).toJSON() };
    expect(verifyReplay(explicit, map)).toMatchObject({ ok: true, ticks: 104, hash: good.result.hash });
  });

  it('a later level starts from its startFlags: that start verifies, a new game does not', async () => {
    const { GameState } = await import('../../../src/state/game-state');
    const { levelStartState } = await import('../../../src/speedrun/run-level');
    const later: LoadedMap = {
      ...map,
      level: { ...map.level, id: 'machine-shop', startFlags: ['met-crew', 'crew:spencer', 'clue:letter'] },
    };
    const start = levelStartState(later.level, 1947);
    expect(start.toJSON()).toMatchObject({
      flags: ['met-crew'],
      crew: ['spencer'],
      clues: ['letter'],
      tick: 0,
    });
    const s = new LevelSession(later, 1947, null);
    while (s.sim.outcome === 'playing') s.step(IN_RIGHT);
    const run = s.replay();
    expect(verifyReplay(run, later)).toMatchObject({ ok: true, level: 'machine-shop', ticks: 104 });
    expect(verifyReplay({ ...run, start: start.toJSON() }, later)).toMatchObject({ ok: true, ticks: 104 });
    expect(verifyReplay({ ...run, start: GameState.create({ seed: 1947 }).toJSON() }, later)).toEqual({
      ok: false,
      error:
        'replay start state is not the start of level "machine-shop": runs start from the level\'s start',
    });
  });
});
