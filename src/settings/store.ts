import { bindingProblems } from './bindings';
import { parseSettings, serializeSettings } from './parse';
import type { Settings } from './schema';
import { safeWrite, type KeyValueStore } from '../storage/safe-store';

/** Storage as settings see it: localStorage in the game, a Map in tests. Any call may throw. */
export type SettingsStorage = KeyValueStore;

export const SETTINGS_KEY = 'westgate.settings';
const TEMP_KEY = `${SETTINGS_KEY}.next`;

export type SettingsListener = (now: Settings, before: Settings) => void;

function tryGet(storage: SettingsStorage, key: string): string | null {
  try {
    return storage.get(key);
  } catch {
    return null;
  }
}

/**
 * The player's settings: loaded once, changed through `update`, saved at once, and announced to
 * listeners (audio follows volumes live). Created once in main.ts and passed to whoever needs it.
 */
export class SettingsStore {
  private value: Settings;
  private readonly listeners = new Set<SettingsListener>();
  /** a message for the player about the load (a reset copy); taken once */
  private notice: string | null;
  /** false once a write failed: settings still apply for this session */
  saved = true;

  constructor(
    private readonly storage: SettingsStorage,
    prefersReducedMotion = false,
  ) {
    // A write interrupted between its two steps leaves the new copy under TEMP_KEY: prefer it if sound.
    const temp = tryGet(storage, TEMP_KEY);
    const fromTemp = temp === null ? null : parseSettings(temp, prefersReducedMotion);
    const loaded =
      fromTemp && fromTemp.notice === null
        ? fromTemp
        : parseSettings(tryGet(storage, SETTINGS_KEY), prefersReducedMotion);
    this.value = loaded.settings;
    this.notice = loaded.notice;
    if (loaded.notice !== null || fromTemp) this.save();
  }

  get current(): Settings {
    return this.value;
  }

  /** The load's message for the player, once; null afterwards or when there is none. */
  takeNotice(): string | null {
    const n = this.notice;
    this.notice = null;
    return n;
  }

  /** Applies a change; refuses (returns false) one that would leave an action unbound or in conflict. */
  update(patch: Partial<Omit<Settings, 'version'>>): boolean {
    const next: Settings = { ...this.value, ...patch };
    if (bindingProblems(next.bindings).length > 0) return false;
    const before = this.value;
    this.value = next;
    this.save();
    for (const l of this.listeners) l(next, before);
    return true;
  }

  subscribe(listener: SettingsListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Temp key first, then the real one: a failure at any step leaves a readable copy. */
  private save(): void {
    this.saved = safeWrite(this.storage, SETTINGS_KEY, serializeSettings(this.value));
  }
}
