import * as v from 'valibot';
import { GameState, StateError } from '../state/game-state';
import type { GameStateData } from '../state/types';
import { safeRead, safeWrite, type KeyValueStore } from '../storage/safe-store';
import { GAME_VERSION } from '../version';
import type { CampaignAttempt } from './campaign';
import {
  gameSchema,
  inputsSchema,
  levelIdSchema,
  mapsSchema,
  MAX_REPLAY_TICKS,
  resultSchema,
  seedSchema,
} from './replay';

export const SAVE_KEY = 'westgate.save';
/** A save is small; anything bigger than this is not one of ours. */
const MAX_SAVE_CHARS = 4_000_000;

const SaveSchema = v.object({
  format: v.literal('westgate-save'),
  version: v.literal(1),
  game: gameSchema,
  seed: seedSchema,
  seedMode: v.picklist(['official', 'set', 'random']),
  category: v.pipe(v.string(), v.maxLength(64)),
  /** the level the campaign is at, and the game state it starts from */
  levelId: levelIdSchema,
  start: v.unknown(),
  /** the run's clock at each finished level, and the ticks of abandoned attempts since the last */
  splits: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0))), v.maxLength(16)),
  lost: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_REPLAY_TICKS)),
  /** the campaign replay so far, so a continued run can still be verified */
  maps: mapsSchema,
  attempts: v.pipe(
    v.array(v.object({ level: levelIdSchema, inputs: inputsSchema, result: resultSchema })),
    v.maxLength(10_000),
  ),
});

/**
 * The campaign's progress, written at the start of each level of a campaign run: where Joe is, the
 * game state he brings there, and the run so far (its clock and its replay).
 */
export type CampaignSave = Omit<v.InferOutput<typeof SaveSchema>, 'start' | 'attempts'> & {
  start: GameStateData;
  attempts: CampaignAttempt[];
};

/** What each field of a save is, in the player's words. */
const FIELD_WORDS: Record<string, string> = {
  format: 'format',
  version: 'format',
  game: 'game version',
  seed: 'seed',
  seedMode: 'seed mode',
  category: 'category',
  levelId: 'level',
  start: 'game state',
  splits: 'split times',
  lost: 'lost time',
  maps: 'map list',
  attempts: 'replay',
};

/**
 * A save that cannot be used: `message` says why in the player's words (the title shows it), `detail`
 * says exactly what the check found (for the console and bug reports).
 */
export class SaveError extends Error {
  constructor(
    message: string,
    readonly detail: string = message,
  ) {
    super(message);
    this.name = 'SaveError';
  }
}

/** Reads a save's text; throws a SaveError saying what is wrong with it. */
export function parseSave(text: string): CampaignSave {
  if (text.length > MAX_SAVE_CHARS)
    throw new SaveError('it is too big to be a save', `it is ${text.length} characters, over the limit`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new SaveError('it is not a save file', 'it is not JSON');
  }
  const r = v.safeParse(SaveSchema, json);
  if (!r.success) {
    const issue = r.issues[0];
    const path = (issue && v.getDotPath(issue)) || '';
    const detail = `${path || 'file'}: ${issue?.message ?? 'invalid'}`;
    const field = FIELD_WORDS[path.split('.')[0] ?? ''];
    if (!field || typeof json !== 'object' || json === null)
      throw new SaveError('it is not a save file', detail);
    const missing = issue?.input === undefined && !path.includes('.');
    throw new SaveError(
      missing ? `the save is missing its ${field}` : `the save's ${field} is damaged`,
      detail,
    );
  }
  if (r.output.game !== GAME_VERSION)
    throw new SaveError(`it was made by version ${r.output.game} of the game; this is ${GAME_VERSION}`);
  try {
    GameState.fromJSON(r.output.start);
  } catch (e) {
    if (e instanceof StateError)
      throw new SaveError("the save's game state is damaged", `its game state is invalid: ${e.message}`);
    throw e;
  }
  return r.output as CampaignSave;
}

/** Writes the save crash-safely; false (the old save still readable) when the storage refuses it. */
export function writeSave(store: KeyValueStore, save: CampaignSave): boolean {
  return safeWrite(store, SAVE_KEY, JSON.stringify(save));
}

/** The run is over: nothing to continue. */
export function clearSave(store: KeyValueStore): void {
  try {
    store.remove(SAVE_KEY);
    store.remove(`${SAVE_KEY}.next`);
  } catch {
    // a storage that cannot be written: the title will offer the finished run's last level again
  }
}

/** `problem` in the player's words; `detail`, when there is more to say, for the console. */
export type SaveRead =
  { ok: true; save: CampaignSave } | { ok: false; problem: string; detail?: string } | null;

/**
 * The saved campaign: the newest good copy, or why there is none that can be used (the bad copy
 * stays in storage untouched), or null when nothing was ever saved.
 */
export function readSave(store: KeyValueStore): SaveRead {
  const good = safeRead(store, SAVE_KEY, (text) => parseSave(text));
  if (good) return { ok: true, save: good };
  let text: string | null;
  try {
    text = store.get(SAVE_KEY) ?? store.get(`${SAVE_KEY}.next`);
  } catch {
    return { ok: false, problem: 'browser storage cannot be read' };
  }
  if (text === null) return null;
  try {
    parseSave(text);
    return null;
  } catch (e) {
    const problem = (e as Error).message;
    const detail = e instanceof SaveError ? e.detail : problem;
    return detail === problem ? { ok: false, problem } : { ok: false, problem, detail };
  }
}
