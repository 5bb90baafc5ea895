import { readdirSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OncePerTick, actionFor, musicForLevel } from '../../../src/audio/cues';
import { DUCK_FACTOR, channelVolumes } from '../../../src/audio/mix';
import { defaultSettings } from '../../../src/settings';
import type { GameEvent } from '../../../src/state/types';
import { formatProblem, loadMap } from '../../../src/maps';
import { readRepoFile } from '../../../src/cli/node-files';
import { LEVELS } from '../../../src/speedrun/levels';

describe('audio cues', () => {
  it('footsteps by surface, louder when running', () => {
    const walk = actionFor({ type: 'footstep', surface: 'metal', running: false }, 0.5);
    const run = actionFor({ type: 'footstep', surface: 'metal', running: true }, 0.5);
    expect(walk?.kind === 'play' && walk.cue.effect).toBe('step-metal');
    expect(walk?.kind === 'play' && run?.kind === 'play' && run.cue.volume > walk.cue.volume).toBe(true);
  });

  it('the tannoy plays for TANNOY captions only; the sting only on becoming alerted', () => {
    expect(actionFor({ type: 'caption', speaker: 'TANNOY', text: 'x' })).toMatchObject({
      cue: { effect: 'tannoy' },
    });
    expect(actionFor({ type: 'caption', speaker: 'Joe', text: 'x' })).toBeNull();
    expect(actionFor({ type: 'guard-alert', id: 0, from: 'suspicious', to: 'alerted' })).toMatchObject({
      cue: { effect: 'sting' },
    });
    expect(actionFor({ type: 'guard-alert', id: 0, from: 'unaware', to: 'suspicious' })).toBeNull();
  });

  it('the lever: its ratchet while held, the bell as the bridge starts, the boom as it lands', () => {
    const lever = (from: 'raised' | 'lowering', to: 'raised' | 'lowering' | 'lowered') =>
      actionFor({ type: 'state', event: { type: 'lever-moved', from, to, tick: 5 } });
    expect(actionFor({ type: 'lever-ratchet', progress: 20 }, 0.5)).toEqual({
      kind: 'play',
      cue: { effect: 'lever-grind', volume: 0.6, rate: 1 },
    });
    expect(lever('raised', 'lowering')).toMatchObject({ cue: { effect: 'tower-alarm' } });
    expect(lever('lowering', 'lowered')).toMatchObject({ cue: { effect: 'bridge-down' } });
    expect(lever('lowering', 'raised')).toBeNull();
    expect(actionFor({ type: 'state', event: { type: 'flag-set', flag: 'x' } })).toBeNull();
  });

  it("the shift whistle at the incident's window either way; the riot's whistle higher and further off", () => {
    for (const ready of [true, false])
      expect(actionFor({ type: 'incident-window', ready })).toEqual({
        kind: 'play',
        cue: { effect: 'whistle', volume: 0.9, rate: 1 },
      });
    expect(actionFor({ type: 'state', event: { type: 'flag-set', flag: 'riot' } })).toEqual({
      kind: 'play',
      cue: { effect: 'whistle', volume: 0.7, rate: 1.12 },
    });
    expect(actionFor({ type: 'state', event: { type: 'flag-set', flag: 'plan-fixed' } })).toBeNull();
  });

  it('the tannoy chimes before every announcement the HUD words as TANNOY', () => {
    const tannoy = { kind: 'play', cue: { effect: 'tannoy', volume: 0.9, rate: 1 } };
    const state = (event: GameEvent) => actionFor({ type: 'state', event });
    expect(
      state({ type: 'schedule', event: { minute: 390, kind: 'count', label: 'Morning count' } }),
    ).toEqual(tannoy);
    expect(state({ type: 'alert-changed', from: 0, to: 1 })).toEqual(tannoy);
    expect(state({ type: 'alert-changed', from: 2, to: 1 })).toBeNull();
    expect(state({ type: 'threshold-crossed', threshold: 'follow', suspicion: 25 })).toEqual(tannoy);
    expect(state({ type: 'threshold-crossed', threshold: 'solitary', suspicion: 100 })).toBeNull();
  });

  it('a shot from the wall is heard; being grabbed or sent to solitary is not a sound of its own', () => {
    expect(actionFor({ type: 'caught', reason: 'shot', by: 'Tower guard', where: 'YARD' })).toEqual({
      kind: 'play',
      cue: { effect: 'rifle', volume: 1, rate: 1 },
    });
    expect(actionFor({ type: 'caught', reason: 'grabbed', by: 'Hodges', where: 'YARD' })).toBeNull();
  });

  it('plays each effect once a tick: three stings at once are one', () => {
    const once = new OncePerTick();
    expect([
      once.allow(930, 'sting'),
      once.allow(930, 'sting'),
      once.allow(930, 'tannoy'),
      once.allow(930, 'sting'),
      once.allow(931, 'sting'),
    ]).toEqual([true, false, true, false, true]);
  });

  it('dialogue ducks the music and releases it', () => {
    expect(actionFor({ type: 'dialogue-start', flashback: false, id: 'a' })).toEqual({
      kind: 'duck',
      on: true,
    });
    expect(actionFor({ type: 'dialogue-end', id: 'a', skipped: true })).toEqual({ kind: 'duck', on: false });
  });
});

describe('music by level', () => {
  it("comes from the map's music property: the cell block's drip through the machine shop, the break from the yard on", async () => {
    const tracks: Record<string, string | null> = {};
    for (const entry of LEVELS) {
      const loaded = await loadMap(entry.file, readRepoFile);
      if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
      tracks[entry.id] = musicForLevel(loaded.map.level.music);
    }
    expect(tracks).toEqual({ cell: 'cell', 'machine-shop': 'cell', yard: 'break', 'guard-tower': 'break' });
    expect(musicForLevel('none')).toBeNull();
    expect(musicForLevel('title')).toBe('title');
  });

  it('all the audio stays under 2 MB', () => {
    const dir = 'assets/audio';
    const total = readdirSync(dir).reduce((n, f) => n + statSync(`${dir}/${f}`).size, 0);
    expect(total).toBeLessThan(2 * 1024 * 1024);
  });
});

describe('channel volumes', () => {
  it('follow the sliders, duck, mute and pause', () => {
    const s = { ...defaultSettings(), music: 100, effects: 50, ambience: 0 };
    expect(channelVolumes(s, { ducked: false, paused: false })).toEqual({
      music: 1,
      effects: 0.25,
      ambience: 0,
    });
    expect(channelVolumes(s, { ducked: true, paused: false }).music).toBe(DUCK_FACTOR);
    expect(channelVolumes({ ...s, mute: true }, { ducked: false, paused: false })).toEqual({
      music: 0,
      effects: 0,
      ambience: 0,
    });
    expect(channelVolumes(s, { ducked: false, paused: true }).effects).toBe(0);
  });
});
