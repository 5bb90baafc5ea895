import * as v from 'valibot';
import type { LoadedMap } from '../maps';
import { GameState, StateError } from '../state/game-state';
import { GAME_VERSION } from '../version';
import { LEVELS } from './levels';
import {
  gameSchema,
  hash16,
  inputsSchema,
  levelIdSchema,
  mapsSchema,
  MAX_REPLAY_TICKS,
  outcomeHolds,
  ReplayError,
  resultSchema,
  seedSchema,
} from './replay';
import type { InputRuns } from './rle';
import { levelStartState, runLevel } from './run-level';
import { OFFICIAL_SEED } from './session';
import { formatTime } from './time';

/** The hash a campaign file claims before its first attempt: nothing has been played. */
export const EMPTY_RUN_HASH = '0000000000000000';

/** Most attempts one campaign file may hold (restarts included). */
const MAX_ATTEMPTS = 10_000;

const AttemptSchema = v.object({
  level: levelIdSchema,
  inputs: inputsSchema,
  result: resultSchema,
});

const CampaignSchema = v.object({
  format: v.literal('westgate-campaign'),
  version: v.literal(1),
  game: gameSchema,
  seed: seedSchema,
  maps: mapsSchema,
  attempts: v.pipe(v.array(AttemptSchema), v.maxLength(MAX_ATTEMPTS)),
  result: v.object({
    ticks: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_REPLAY_TICKS)),
    /** complete: the last level was finished; playing: the run stopped on the way */
    outcome: v.picklist(['complete', 'playing']),
    hash: hash16,
  }),
});

export type CampaignAttempt = v.InferOutput<typeof AttemptSchema> & { inputs: InputRuns };

/**
 * A full-campaign run as one file: every attempt in order, restarts and caught attempts included
 * (their time counts). Each attempt starts from the state its level was reached with: the first
 * level's canonical start, then the end state of the attempt that completed the level before.
 */
export type CampaignReplay = Omit<v.InferOutput<typeof CampaignSchema>, 'attempts'> & {
  attempts: CampaignAttempt[];
};

export type CampaignVerdict =
  | {
      ok: true;
      ticks: number;
      time: string;
      hash: string;
      outcome: 'complete' | 'playing';
      /** level ids completed, in order */
      levels: string[];
      /** where the run goes on (a run still playing): the level and the hash of the state it starts from */
      at: { level: string; startHash: string } | null;
      attempts: number;
      seed: number;
      officialSeed: boolean;
    }
  | { ok: false; error: string };

export function parseCampaign(text: string): CampaignReplay {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ReplayError(`not a replay: the file is not JSON (${(e as Error).message})`);
  }
  const r = v.safeParse(CampaignSchema, json);
  if (!r.success) {
    const issue = r.issues[0];
    const path = (issue && v.getDotPath(issue)) || 'file';
    throw new ReplayError(`not a valid campaign replay: ${path}: ${issue?.message ?? 'invalid'}`);
  }
  let ticks = 0;
  for (const a of r.output.attempts) for (const [, n] of a.inputs) ticks += n;
  if (ticks > MAX_REPLAY_TICKS)
    throw new ReplayError(
      `not a valid campaign replay: ${ticks} ticks is over the limit of ${MAX_REPLAY_TICKS}`,
    );
  return r.output as CampaignReplay;
}

/** A campaign file: the head, then one attempt per line, so diffs of golden runs stay readable. */
export function stringifyCampaign(c: CampaignReplay): string {
  const { attempts, ...head } = c;
  const body = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  const lines = attempts.map(
    (a) =>
      `    { "level": ${JSON.stringify(a.level)}, "result": ${JSON.stringify(a.result)}, "inputs": ${JSON.stringify(a.inputs)} }`,
  );
  return `${body},\n  "attempts": [\n${lines.join(',\n')}\n  ]\n}\n`;
}

/**
 * The campaign run being played: each attempt is added when it ends (complete, caught, or
 * abandoned by a restart), so the file always covers every tick the run's clock counted.
 */
export class CampaignLog {
  readonly attempts: CampaignAttempt[] = [];
  readonly maps: Record<string, string> = {};

  constructor(
    readonly seed: number,
    private readonly order: readonly string[] = LEVELS.map((l) => l.id),
  ) {}

  /** Adds an attempt; one that never started (no input yet) took no time and is left out. */
  add(
    attempt: { level: string; inputs: InputRuns; result: CampaignAttempt['result'] },
    maps: Record<string, string>,
  ): void {
    if (attempt.result.ticks === 0) return;
    this.attempts.push({ level: attempt.level, inputs: attempt.inputs, result: { ...attempt.result } });
    Object.assign(this.maps, maps);
  }

  replay(): CampaignReplay {
    const last = this.attempts[this.attempts.length - 1];
    const finished = last?.result.outcome === 'complete' && last.level === this.order[this.order.length - 1];
    return {
      format: 'westgate-campaign',
      version: 1,
      game: GAME_VERSION,
      seed: this.seed,
      maps: { ...this.maps },
      attempts: this.attempts.map((a) => ({ ...a, result: { ...a.result } })),
      result: {
        ticks: this.attempts.reduce((n, a) => n + a.result.ticks, 0),
        outcome: finished ? 'complete' : 'playing',
        hash: last?.result.hash ?? EMPTY_RUN_HASH,
      },
    };
  }
}

/** Which kind of replay a file is, without validating it: a campaign says so in its format. */
export function replayKind(text: string): 'campaign' | 'level' {
  try {
    const json = JSON.parse(text) as unknown;
    const format = typeof json === 'object' && json !== null ? (json as { format?: unknown }).format : null;
    return format === 'westgate-campaign' ? 'campaign' : 'level';
  } catch {
    return 'level'; // not JSON: the level parser says so
  }
}

/**
 * The referee for a whole run: replays every attempt from the state its level was reached with and
 * accepts the file only if each attempt ends where it claims and the run's total does too.
 * `mapOf` gives the loaded map of a level id (the game's own maps).
 */
export function verifyCampaign(
  c: CampaignReplay,
  mapOf: (levelId: string) => LoadedMap | undefined,
  order: readonly string[] = LEVELS.map((l) => l.id),
): CampaignVerdict {
  const fail = (error: string): CampaignVerdict => ({ ok: false, error });
  if (c.game !== GAME_VERSION)
    return fail(`replay was made with game version ${c.game}; this is ${GAME_VERSION}`);
  const first = order[0];
  const firstMap = first !== undefined ? mapOf(first) : undefined;
  if (!firstMap) return fail('the game has no first level');
  let level = firstMap.level.id;
  let start = levelStartState(firstMap.level, c.seed).toJSON();
  const done: string[] = [];
  let total = 0;
  let hash = EMPTY_RUN_HASH;
  let finished = false;
  for (const [i, a] of c.attempts.entries()) {
    const where = `attempt ${i + 1} (${a.level})`;
    if (finished) return fail(`${where} comes after the campaign was finished`);
    if (a.level !== level) return fail(`${where} is not on the level the run is at, "${level}"`);
    const map = mapOf(level);
    if (!map) return fail(`${where}: this game has no level "${level}"`);
    const claimed = c.maps[map.level.file];
    if (claimed !== map.hash)
      return fail(
        claimed === undefined
          ? `replay does not name the map file ${map.level.file}`
          : `map ${map.level.file} differs from the one the replay was made on (${claimed} vs ${map.hash})`,
      );
    let run;
    try {
      run = runLevel(map.level, GameState.fromJSON(start), a.inputs);
    } catch (e) {
      if (!(e instanceof StateError)) throw e;
      return fail(`${where}: the state it starts from cannot play the level: ${e.message}`);
    }
    if (run.leftover > 0) return fail(`${where}: inputs go on ${run.leftover} ticks after it ended`);
    const r = a.result;
    if (!outcomeHolds(r.outcome, run.outcome) || run.ticks !== r.ticks || run.hash !== r.hash)
      return fail(
        `${where} claims ${r.outcome} at tick ${r.ticks} (${r.hash}), re-simulation gives ${run.outcome} at tick ${run.ticks} (${run.hash})`,
      );
    total += run.ticks;
    hash = run.hash;
    if (run.outcome !== 'complete') continue; // a restart: the level again, from the same state
    done.push(level);
    const next = order[order.indexOf(level) + 1];
    if (next === undefined) {
      finished = true;
      continue;
    }
    if (run.exitTo !== next)
      return fail(`${where} left by an exit to "${run.exitTo}", not to the next level "${next}"`);
    level = run.exitTo;
    start = run.sim.state.toJSON();
  }
  const outcome = finished ? 'complete' : 'playing';
  if (c.result.ticks !== total || c.result.outcome !== outcome || c.result.hash !== hash)
    return fail(
      `replay claims ${c.result.outcome} in ${c.result.ticks} ticks (${c.result.hash}), re-simulation gives ${outcome} in ${total} ticks (${hash})`,
    );
  return {
    ok: true,
    ticks: total,
    time: formatTime(total),
    hash,
    outcome,
    levels: done,
    at: finished ? null : { level, startHash: GameState.fromJSON(start).hash() },
    attempts: c.attempts.length,
    seed: c.seed,
    officialSeed: c.seed === OFFICIAL_SEED,
  };
}
