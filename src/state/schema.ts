import * as v from 'valibot';
import { LIMITS, StateError } from './errors';
import { LEVER_TICKS } from './lever';
import type { Witness, WitnessKind } from './types';

// Messages are the rule in words; `formatIssue` adds the field path and what was found.
const TICK_MAX = Number.MAX_SAFE_INTEGER;

const int = (min: number, max: number) =>
  v.pipe(
    v.number('must be a number'),
    v.integer('must be an integer'),
    v.minValue(min, `must be >= ${min}`),
    v.maxValue(max, `must be <= ${max}`),
  );
const text = (max: number) =>
  v.pipe(
    v.string('must be a string'),
    v.minLength(1, 'must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
  );
const id = text(LIMITS.id);
const list = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item, 'must be an array'), v.maxLength(max, `must have at most ${max} items`));
const objectMessage = (issue: v.BaseIssue<unknown>): string =>
  issue.expected === 'never'
    ? 'is not a known field'
    : issue.expected === 'Object'
      ? 'must be an object'
      : 'is missing';
const object = <T extends v.ObjectEntries>(entries: T) => v.strictObject(entries, objectMessage);

const tick = int(0, TICK_MAX);
const tickOrNone = int(-1, TICK_MAX);
const uint32 = int(0, 0xffffffff);
const alert = v.picklist([0, 1, 2, 3], 'must be 0, 1, 2 or 3');

const WITNESS_KINDS: readonly WitnessKind[] = ['guard', 'inmate', 'doctor', 'informer', 'officer'];

export const witnessSchema = object({
  id,
  kind: v.picklist(WITNESS_KINDS, 'must be a witness kind'),
  credibility: int(0, 100),
  drinking: v.boolean('must be a boolean'),
});

/**
 * The witness as witnessSchema gives it back, when it is plainly valid: a plain object of exactly
 * its four fields, each within the rules. Else null, and the schema says what is wrong. Every
 * attempt at a level registers its witnesses again, and the schema is slow for that.
 */
export function plainWitness(input: unknown): Witness | null {
  if (typeof input !== 'object' || input === null || Object.getPrototypeOf(input) !== Object.prototype)
    return null;
  if (Object.keys(input).length !== 4) return null;
  const { id: wid, kind, credibility, drinking } = input as Record<string, unknown>;
  if (typeof wid !== 'string' || wid.length < 1 || wid.length > LIMITS.id) return null;
  if (typeof kind !== 'string' || !(WITNESS_KINDS as readonly string[]).includes(kind)) return null;
  if (typeof credibility !== 'number' || !Number.isInteger(credibility)) return null;
  if (credibility < 0 || credibility > 100 || typeof drinking !== 'boolean') return null;
  return { id: wid, kind: kind as WitnessKind, credibility, drinking };
}

export const scheduleEventSchema = object({ minute: int(0, 1439), kind: id, label: text(LIMITS.label) });
export const scheduleSchema = list(scheduleEventSchema, LIMITS.schedule);

const span = object({ from: tick, to: tick });
const incident = object({ who: id, zone: id, from: tick, to: tick });

const judgement = object({
  incident,
  verdict: v.picklist(['solid', 'shaky', 'broken'], 'must be solid, shaky or broken'),
  witnesses: list(object({ id, credibility: int(0, 100), ticks: int(1, TICK_MAX) }), LIMITS.witnesses),
  gaps: list(span, LIMITS.ledger + 1),
  covered: tick,
});

export const stateSchema = object({
  version: v.literal(1, 'must be 1'),
  seed: uint32,
  rng: v.strictTuple([uint32, uint32, uint32, uint32], 'must be 4 uint32 words'),
  tick,
  clockBaseMinute: int(0, 1439),
  clockBaseTick: tick,
  schedule: scheduleSchema,
  suspicion: int(0, 100),
  lastRaiseTick: tickOrNone,
  decayTicks: int(0, 299),
  crossed: list(v.picklist(['follow', 'search', 'solitary'], 'must be follow, search or solitary'), 3),
  alertFloor: alert,
  witnesses: list(witnessSchema, LIMITS.witnesses),
  ledger: list(object({ witness: id, zone: id, from: tick, to: tick }), LIMITS.ledger),
  judgements: list(judgement, LIMITS.judgements),
  lever: object({
    position: v.picklist(['raised', 'lowering', 'lowered'], 'must be raised, lowering or lowered'),
    progress: int(0, LEVER_TICKS),
    loweredAt: tickOrNone,
    heldAt: tickOrNone,
  }),
  r17: v.pipe(list(id, LIMITS.r17), v.minLength(1, 'must not be empty')),
  informer: id,
  crew: list(id, LIMITS.crew),
  clues: list(id, LIMITS.clues),
  flags: list(id, LIMITS.flags),
  levelsDone: list(id, LIMITS.levels),
});

/** `ledger[3].from` from valibot's path items. */
function formatPath(root: string, issue: v.BaseIssue<unknown>): string {
  let path = root;
  for (const item of issue.path ?? []) {
    const key: unknown = item.key;
    path += typeof key === 'number' ? `[${key}]` : path === '' ? String(key) : `.${String(key)}`;
  }
  return path === '' ? '(root)' : path;
}

function formatIssue(root: string, issue: v.BaseIssue<unknown>): StateError {
  const quiet = issue.message === 'is missing' || issue.message === 'is not a known field';
  const got = issue.received.length > 40 ? `${issue.received.slice(0, 40)}...` : issue.received;
  return new StateError(formatPath(root, issue), quiet ? issue.message : `${issue.message} (got ${got})`);
}

/**
 * Validates `input` against `schema` and returns valibot's output, a fresh deep copy. Throws a
 * StateError naming the first bad field, its path prefixed by `root`.
 */
export function parseWith<T extends v.GenericSchema>(
  schema: T,
  input: unknown,
  root: string,
): v.InferOutput<T> {
  const result = v.safeParse(schema, input, { abortEarly: true });
  if (result.success) return result.output;
  const [issue] = result.issues;
  throw formatIssue(root, issue);
}
