import { describe, expect, it } from 'vitest';
import {
  KEY,
  MAX_SETTINGS_CHARS,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  SettingsStore,
  defaultSettings,
  parseSettings,
  type SettingsStorage,
} from '../../../src/settings';

class MapStorage implements SettingsStorage {
  readonly data = new Map<string, string>();
  failOn: string | null = null;
  get(k: string): string | null {
    return this.data.get(k) ?? null;
  }
  set(k: string, v: string): void {
    if (this.failOn === k) throw new Error('quota exceeded');
    this.data.set(k, v);
  }
  remove(k: string): void {
    this.data.delete(k);
  }
}

const stored = (s: MapStorage) => JSON.parse(s.get(SETTINGS_KEY) ?? 'null') as Record<string, unknown>;

describe('parseSettings', () => {
  it('no copy: defaults, no message; reduced motion follows the browser', () => {
    expect(parseSettings(null)).toEqual({ settings: defaultSettings(false), notice: null });
    expect(parseSettings(null, true).settings.reducedMotion).toBe(true);
  });

  it('the defaults for the speedrun fields', () => {
    const d = defaultSettings();
    expect([d.timerMode, d.ghost, d.inputDisplay, d.liveSplit]).toEqual(['both', true, false, false]);
    expect(d.version).toBe(SETTINGS_VERSION);
  });

  it('a current copy round-trips exactly', () => {
    const s = {
      ...defaultSettings(),
      music: 12,
      textSize: 'large' as const,
      dialogueSpeed: 'instant' as const,
    };
    expect(parseSettings(JSON.stringify(s))).toEqual({ settings: s, notice: null });
  });

  it('corrupt JSON, a non-object, an unknown version: defaults and a message', () => {
    for (const text of ['{"version":2,', 'null', '[1,2]', '"x"', '{"version":99}', '{}']) {
      const r = parseSettings(text);
      expect(r.settings, text).toEqual(defaultSettings());
      expect(r.notice, text).toMatch(/reset/);
    }
  });

  it('an oversized copy is never parsed', () => {
    const big = JSON.stringify({ ...defaultSettings(), pad: 'x'.repeat(MAX_SETTINGS_CHARS) });
    const r = parseSettings(big);
    expect(r.settings).toEqual(defaultSettings());
    expect(r.notice).toMatch(/reset/);
  });

  it('wrong types: the bad fields take defaults, the good ones stay, and the player is told', () => {
    const text = JSON.stringify({
      ...defaultSettings(),
      music: 'loud',
      effects: 250,
      ambience: 33,
      mute: 'yes',
    });
    const r = parseSettings(text);
    expect(r.settings.music).toBe(70);
    expect(r.settings.effects).toBe(80);
    expect(r.settings.ambience).toBe(33);
    expect(r.settings.mute).toBe(false);
    expect(r.notice).toMatch(/Some settings/);
  });

  it('unknown keys are dropped', () => {
    const r = parseSettings(JSON.stringify({ ...defaultSettings(), cheat: true, __proto__x: 1 }));
    expect(r.notice).toBeNull();
    expect(Object.keys(r.settings)).not.toContain('cheat');
    expect(r.settings).toEqual(defaultSettings());
  });

  it('migrates version 1, keeping what it had and defaulting the rest', () => {
    const v1 = {
      version: 1,
      musicVolume: 20,
      effectsVolume: 40,
      mute: true,
      bindings: { ...defaultSettings().bindings, run: [KEY.CTRL] },
    };
    const r = parseSettings(JSON.stringify(v1), true);
    expect(r.notice).toBeNull();
    expect(r.settings).toMatchObject({ version: 2, music: 20, effects: 40, ambience: 60, mute: true });
    expect(r.settings.bindings.run).toEqual([KEY.CTRL]);
    expect(r.settings.reducedMotion).toBe(true);
  });

  it('a broken version 1 gives defaults and a message', () => {
    const r = parseSettings(JSON.stringify({ version: 1, musicVolume: -5 }));
    expect(r.settings).toEqual(defaultSettings());
    expect(r.notice).toMatch(/reset/);
  });

  it('stored bindings in conflict or unbound are replaced by the default bindings', () => {
    const b = { ...defaultSettings().bindings, skip: [KEY.E] };
    const r = parseSettings(JSON.stringify({ ...defaultSettings(), music: 5, bindings: b }));
    expect(r.settings.bindings).toEqual(defaultSettings().bindings);
    expect(r.settings.music).toBe(5);
    expect(r.notice).not.toBeNull();
    const empty = { ...defaultSettings().bindings, up: [] };
    expect(
      parseSettings(JSON.stringify({ ...defaultSettings(), bindings: empty })).settings.bindings,
    ).toEqual(defaultSettings().bindings);
  });
});

describe('SettingsStore', () => {
  it('saves a change at once and reads it back in a new store (a reload)', () => {
    const storage = new MapStorage();
    const a = new SettingsStore(storage);
    expect(a.update({ music: 10, highContrastCones: true })).toBe(true);
    const b = new SettingsStore(storage);
    expect(b.current.music).toBe(10);
    expect(b.current.highContrastCones).toBe(true);
    expect(storage.get(`${SETTINGS_KEY}.next`)).toBeNull();
  });

  it('replaces a corrupt copy with defaults, gives the message once, and rewrites storage', () => {
    const storage = new MapStorage();
    storage.set(SETTINGS_KEY, '{not json');
    const s = new SettingsStore(storage);
    expect(s.current).toEqual(defaultSettings());
    expect(s.takeNotice()).toMatch(/reset/);
    expect(s.takeNotice()).toBeNull();
    expect(stored(storage)['version']).toBe(SETTINGS_VERSION);
    expect(new SettingsStore(storage).takeNotice()).toBeNull();
  });

  it('a failed write keeps the previous copy readable and the session goes on', () => {
    const storage = new MapStorage();
    const s = new SettingsStore(storage);
    s.update({ music: 30 });
    storage.failOn = SETTINGS_KEY;
    expect(s.update({ music: 90 })).toBe(true);
    expect(s.saved).toBe(false);
    expect(s.current.music).toBe(90);
    // the interrupted write left the new copy under the temp key: the next load prefers it
    storage.failOn = null;
    expect(new SettingsStore(storage).current.music).toBe(90);
  });

  it('a failing temp write leaves the old copy alone', () => {
    const storage = new MapStorage();
    new SettingsStore(storage).update({ music: 30 });
    storage.failOn = `${SETTINGS_KEY}.next`;
    const s = new SettingsStore(storage);
    s.update({ music: 55 });
    expect(stored(storage)['music']).toBe(30);
  });

  it('storage that throws on read gives defaults, never a crash', () => {
    const throwing: SettingsStorage = {
      get: () => {
        throw new Error('denied');
      },
      set: () => {
        throw new Error('denied');
      },
      remove: () => {
        throw new Error('denied');
      },
    };
    const s = new SettingsStore(throwing);
    expect(s.current).toEqual(defaultSettings());
    expect(s.update({ mute: true })).toBe(true);
    expect(s.saved).toBe(false);
  });

  it('refuses bindings in conflict and tells listeners of real changes', () => {
    const s = new SettingsStore(new MapStorage());
    const seen: number[] = [];
    s.subscribe((now) => seen.push(now.music));
    expect(s.update({ bindings: { ...s.current.bindings, run: [KEY.W] } })).toBe(false);
    expect(s.update({ music: 1 })).toBe(true);
    expect(seen).toEqual([1]);
  });
});
