import * as v from 'valibot';
import { bindingProblems } from './bindings';
import {
  MAX_SETTINGS_CHARS,
  SETTINGS_VERSION,
  SettingsSchema,
  SettingsV1Schema,
  defaultSettings,
  type Settings,
  type SettingsV1,
} from './schema';

/** What a load found: the settings to use, and a message for the player when something was reset. */
export interface ParseResult {
  settings: Settings;
  /** null = the copy was fine (or there was none); otherwise shown once */
  notice: string | null;
}

const RESET = 'Settings could not be read and were reset.';
const PARTLY = 'Some settings could not be read and were reset.';

export function migrateV1(old: SettingsV1, prefersReducedMotion: boolean): Settings {
  return {
    ...defaultSettings(prefersReducedMotion),
    music: old.musicVolume,
    effects: old.effectsVolume,
    mute: old.mute,
    bindings: old.bindings,
  };
}

/**
 * Salvages what it can of a current-version object whose whole failed validation: each field that
 * validates on its own is kept, the others take their default.
 */
function salvage(raw: Record<string, unknown>, defaults: Settings): Settings {
  const out: Record<string, unknown> = { ...defaults };
  for (const [key, schema] of Object.entries(SettingsSchema.entries)) {
    if (key === 'version' || !(key in raw)) continue;
    const r = v.safeParse(schema, raw[key]);
    if (r.success) out[key] = r.output;
  }
  const result = v.safeParse(SettingsSchema, out);
  return result.success ? result.output : defaults;
}

function usable(s: Settings, defaults: Settings): { settings: Settings; ok: boolean } {
  if (bindingProblems(s.bindings).length === 0) return { settings: s, ok: true };
  return { settings: { ...s, bindings: defaults.bindings }, ok: false };
}

/**
 * Turns stored text into settings, never throwing: no copy gives defaults silently; an oversized,
 * unparsable or foreign copy gives defaults and a notice; an older version is migrated; a current one
 * with some bad fields keeps the good ones.
 */
export function parseSettings(text: string | null, prefersReducedMotion = false): ParseResult {
  const defaults = defaultSettings(prefersReducedMotion);
  if (text === null) return { settings: defaults, notice: null };
  if (text.length > MAX_SETTINGS_CHARS) return { settings: defaults, notice: RESET };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { settings: defaults, notice: RESET };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { settings: defaults, notice: RESET };
  const record = raw as Record<string, unknown>;
  const version = record['version'];
  if (version === 1) {
    const old = v.safeParse(SettingsV1Schema, record);
    if (!old.success) return { settings: defaults, notice: RESET };
    const u = usable(migrateV1(old.output, prefersReducedMotion), defaults);
    return { settings: u.settings, notice: u.ok ? null : PARTLY };
  }
  if (version !== SETTINGS_VERSION) return { settings: defaults, notice: RESET };
  const current = v.safeParse(SettingsSchema, record);
  if (current.success) {
    const u = usable(current.output, defaults);
    return { settings: u.settings, notice: u.ok ? null : PARTLY };
  }
  const u = usable(salvage(record, defaults), defaults);
  return { settings: u.settings, notice: PARTLY };
}

export function serializeSettings(s: Settings): string {
  return JSON.stringify(s);
}
