import * as v from 'valibot';
import { INPUT_MASK } from '../sim/input';
import type { Outcome } from '../sim/level-sim';
import type { InputRuns } from './rle';

/** Longest run a replay may claim: 4 hours of ticks. Bounds the work a hostile file can ask for. */
export const MAX_REPLAY_TICKS = 4 * 60 * 60 * 60;
const MAX_RUNS = 1_000_000;

export const hash16 = v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/, 'must be 16 hex digits'));
const count = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_REPLAY_TICKS));

/** Input runs [frame, count], as every replay file holds them. */
export const inputsSchema = v.pipe(
  v.array(v.tuple([v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(INPUT_MASK)), count])),
  v.maxLength(MAX_RUNS),
);
/** What an attempt claims: its end tick, how it ended, and the state hash there. */
export const resultSchema = v.object({
  ticks: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_REPLAY_TICKS)),
  outcome: v.picklist(['complete', 'caught', 'missed', 'playing']),
  hash: hash16,
});

/**
 * Whether a replay's claimed outcome is the one re-simulation gives. Files written before a missed
 * moment had its own name claim it as "caught" (same game version, same hash): they still hold, and
 * the verdict names what the simulation says. Nothing else is lenient: "missed" claimed for a real
 * capture, or either for a finished level, is refused.
 */
export function outcomeHolds(claimed: Replay['result']['outcome'], simulated: Outcome): boolean {
  return claimed === simulated || (claimed === 'caught' && simulated === 'missed');
}
export const gameSchema = v.pipe(v.string(), v.maxLength(32));
export const levelIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,32}$/, 'must be a level id'));
export const seedSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(0xffffffff));
export const mapsSchema = v.record(v.pipe(v.string(), v.maxLength(256)), hash16);

const ReplaySchema = v.object({
  format: v.literal('westgate-replay'),
  version: v.literal(1),
  game: gameSchema,
  level: levelIdSchema,
  seed: seedSchema,
  maps: mapsSchema,
  /** game state at the level's start (JSON of GameStateData); null = the level's canonical start */
  start: v.nullable(v.unknown()),
  inputs: inputsSchema,
  result: resultSchema,
});

/** A recorded run of one level: everything needed to re-simulate it and the result it claims. */
export type Replay = v.InferOutput<typeof ReplaySchema> & { inputs: InputRuns };

export class ReplayError extends Error {}

/** Parses and validates a replay file's text. Throws ReplayError naming the field and rule. */
export function parseReplay(text: string): Replay {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ReplayError(`not a replay: the file is not JSON (${(e as Error).message})`);
  }
  const r = v.safeParse(ReplaySchema, json);
  if (!r.success) {
    const issue = r.issues[0];
    const path = (issue && v.getDotPath(issue)) || 'file';
    throw new ReplayError(`not a valid replay: ${path}: ${issue?.message ?? 'invalid'}`);
  }
  const ticks = replayTicks(r.output);
  if (ticks > MAX_REPLAY_TICKS)
    throw new ReplayError(
      `not a valid replay: inputs: ${ticks} ticks is over the limit of ${MAX_REPLAY_TICKS}`,
    );
  return r.output as Replay;
}

export function replayTicks(replay: Pick<Replay, 'inputs'>): number {
  return replay.inputs.reduce((n, [, c]) => n + c, 0);
}

/** A replay as a file: stable key order, one run per line so diffs of golden replays stay readable. */
export function stringifyReplay(replay: Replay): string {
  const { inputs, ...head } = replay;
  const body = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  const runs = inputs.map((r) => `    [${r[0]}, ${r[1]}]`).join(',\n');
  return `${body},\n  "inputs": [\n${runs}\n  ]\n}\n`;
}
