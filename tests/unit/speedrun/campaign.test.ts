import { describe, expect, it } from 'vitest';
import type { LoadedMap } from '../../../src/maps';
import { IN_LEFT, IN_RIGHT } from '../../../src/sim/input';
import {
  CampaignLog,
  parseCampaign,
  stringifyCampaign,
  verifyCampaign,
  type CampaignReplay,
  EMPTY_RUN_HASH,
} from '../../../src/speedrun/campaign';
import { levelStartState } from '../../../src/speedrun/run-level';
import { LevelSession } from '../../../src/speedrun/session';
import { levelFrom, tc } from '../sim/fixture';

// Two levels, a then b. a's corridor has a trigger that sets "warned" and an exit to b; b's exit
// (to the end) opens only with "warned": only a state carried from a can finish b.
const corridor = ['##########', '#........#', '##########'];
const mapA: LoadedMap = {
  level: levelFrom(corridor, {
    id: 'a',
    file: 'maps/a.tmj',
    spawn: { x: tc(1), y: tc(1), facing: 'right' },
    triggers: [
      {
        id: 2,
        name: 'word',
        rect: { x: 64, y: 16, w: 16, h: 16 },
        beat: 'warned',
        caption: '',
        speaker: '',
        dialogue: '',
        requires: [],
      },
    ],
    exits: [
      { id: 1, name: 'on', rect: { x: 128, y: 16, w: 16, h: 16 }, to: 'b', requires: [], lockedText: '' },
    ],
  }),
  tiled: {} as LoadedMap['tiled'],
  hash: 'aaaaaaaaaaaaaaaa',
};
const mapB: LoadedMap = {
  level: levelFrom(corridor, {
    id: 'b',
    file: 'maps/b.tmj',
    spawn: { x: tc(1), y: tc(1), facing: 'right' },
    exits: [
      {
        id: 1,
        name: 'out',
        rect: { x: 128, y: 16, w: 16, h: 16 },
        to: 'end',
        requires: ['warned'],
        lockedText: '',
      },
    ],
  }),
  tiled: {} as LoadedMap['tiled'],
  hash: 'bbbbbbbbbbbbbbbb',
};
const order = ['a', 'b'];
const mapOf = (id: string) => (id === 'a' ? mapA : id === 'b' ? mapB : undefined);

/** Plays a campaign the way the level scene does: restarts and completions go into the log. */
function play(): CampaignReplay {
  const log = new CampaignLog(1947, order);
  const a = new LevelSession(mapA, 1947, null);
  for (let i = 0; i < 30; i++) a.step(IN_RIGHT);
  log.add(a.replay(), a.replay().maps); // abandoned: R pressed after 30 ticks
  a.restart();
  while (a.sim.outcome === 'playing') a.step(IN_RIGHT);
  log.add(a.replay(), a.replay().maps);
  const b = new LevelSession(mapB, 1947, a.sim.state.toJSON());
  while (b.sim.outcome === 'playing') b.step(IN_RIGHT);
  log.add(b.replay(), b.replay().maps);
  return log.replay();
}

describe('campaign replays', () => {
  it('a run with a restart verifies: every attempt counts, state carries from level to level', () => {
    const run = play();
    expect(run.attempts.map((a) => [a.level, a.result.outcome, a.result.ticks])).toEqual([
      ['a', 'playing', 30],
      ['a', 'complete', 104],
      ['b', 'complete', 104],
    ]);
    expect(run.result).toMatchObject({ ticks: 238, outcome: 'complete' });
    expect(verifyCampaign(run, mapOf, order)).toEqual({
      ok: true,
      ticks: 238,
      time: '0:03.966',
      hash: run.result.hash,
      outcome: 'complete',
      levels: ['a', 'b'],
      at: null,
      attempts: 3,
      seed: 1947,
      officialSeed: true,
    });
  });

  it('round-trips through its file', () => {
    const run = play();
    const text = stringifyCampaign(run);
    expect(parseCampaign(text)).toEqual(run);
    expect(text.split('\n').filter((l) => l.includes('"level"'))).toHaveLength(3);
  });

  it('refuses edited times, a dropped restart, a wrong order and attempts after the end', () => {
    const run = play();
    const edit = (f: (r: CampaignReplay) => void) => {
      const r = structuredClone(run);
      f(r);
      return verifyCampaign(r, mapOf, order);
    };
    expect(edit((r) => (r.result.ticks = 208))).toEqual({
      ok: false,
      error: `replay claims complete in 208 ticks (${run.result.hash}), re-simulation gives complete in 238 ticks (${run.result.hash})`,
    });
    // dropping the abandoned attempt (its 30 ticks) leaves a total that no longer adds up
    expect(edit((r) => r.attempts.shift())).toMatchObject({ ok: false });
    expect(edit((r) => r.attempts.reverse())).toEqual({
      ok: false,
      error: 'attempt 1 (b) is not on the level the run is at, "a"',
    });
    expect(edit((r) => r.attempts.push(structuredClone(r.attempts[2]!)))).toEqual({
      ok: false,
      error: 'attempt 4 (b) comes after the campaign was finished',
    });
    expect(edit((r) => (r.maps['maps/b.tmj'] = 'ffffffffffffffff'))).toEqual({
      ok: false,
      error:
        'map maps/b.tmj differs from the one the replay was made on (ffffffffffffffff vs bbbbbbbbbbbbbbbb)',
    });
    expect(
      edit(
        (r) =>
          (r.attempts[1]!.inputs = [
            [IN_LEFT, 1],
            [IN_RIGHT, 104],
          ]),
      ),
    ).toMatchObject({ ok: false });
  });

  it('b alone never finishes without what a set: the carried state is what makes the run', () => {
    const b = new LevelSession(mapB, 1947, null);
    for (let i = 0; i < 300 && b.sim.outcome === 'playing'; i++) b.step(IN_RIGHT);
    expect(b.sim.outcome).toBe('playing');
  });

  it('names the field and rule of a bad file', () => {
    expect(() => parseCampaign('{"format":"westgate-campaign","version":2}')).toThrow(
      'not a valid campaign replay: version: Invalid type: Expected 1 but received 2',
    );
    expect(() => parseCampaign('nope')).toThrow(/^not a replay: the file is not JSON/);
  });

  it('a run with no attempt yet is a valid empty file, 0 ticks, still playing', () => {
    const empty = new CampaignLog(1947, order).replay();
    expect(empty.result).toEqual({ ticks: 0, outcome: 'playing', hash: EMPTY_RUN_HASH });
    expect(verifyCampaign(empty, mapOf, order)).toMatchObject({
      ok: true,
      ticks: 0,
      outcome: 'playing',
      levels: [],
    });
  });

  it('a caught first attempt proves itself: the file verifies, caught, then the level again', () => {
    const log = new CampaignLog(1947, order);
    const a = new LevelSession(mapA, 1947, null);
    for (let i = 0; i < 10; i++) a.step(IN_RIGHT);
    log.add(a.replay(), a.replay().maps);
    expect(verifyCampaign(log.replay(), mapOf, order)).toMatchObject({
      ok: true,
      ticks: 10,
      attempts: 1,
      // the run goes on at a, from a's own start again
      at: { level: 'a', startHash: levelStartState(mapA.level, 1947).hash() },
    });
  });
});
