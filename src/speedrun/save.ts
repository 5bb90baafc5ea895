import * as v from 'valibot';
import { GameState, StateError } from '../state/game-state';
import type { GameStateData } from '../state/types';
import { safeRead, safeWrite, type KeyValueStore } from '../storage/safe-store';
import { GAME_VERSION } from '../version';
import type { CampaignAttempt } from './campaign';
import { gameSchema, inputsSchema, levelIdSchema, mapsSchema, resultSchema, seedSchema } from './replay';

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
  /** the run's clock at each finished level */
  splits: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0))), v.maxLength(16)),
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

/** Reads a save's text; throws an Error saying what is wrong with it. */
export function parseSave(text: string): CampaignSave {
  if (text.length > MAX_SAVE_CHARS) throw new Error(`it is ${text.length} characters, over the limit`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error('it is not JSON');
  }
  const r = v.safeParse(SaveSchema, json);
  if (!r.success) {
    const issue = r.issues[0];
    throw new Error(`${(issue && v.getDotPath(issue)) || 'file'}: ${issue?.message ?? 'invalid'}`);
  }
  if (r.output.game !== GAME_VERSION)
    throw new Error(`it was made by version ${r.output.game} of the game; this is ${GAME_VERSION}`);
  try {
    GameState.fromJSON(r.output.start);
  } catch (e) {
    if (e instanceof StateError) throw new Error(`its game state is invalid: ${e.message}`);
    throw e;
  }
  return r.output as CampaignSave;
}

/** Writes the save crash-safely; false (the old save still readable) when the storage refuses it. */
export function writeSave(store: KeyValueStore, save: CampaignSave): boolean {
  return safeWrite(store, SAVE_KEY, JSON.stringify(save));
}

export type SaveRead = { ok: true; save: CampaignSave } | { ok: false; problem: string } | null;

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
    return { ok: false, problem: (e as Error).message };
  }
}
