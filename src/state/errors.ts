/**
 * The one error the game-state service throws: for saved state that fails validation and for
 * arguments a caller should never pass. `path` names the field ("ledger[3].to", "setFlag(flag)"),
 * `rule` the rule it broke.
 */
export class StateError extends Error {
  override readonly name = 'StateError';
  readonly path: string;
  readonly rule: string;

  constructor(path: string, rule: string) {
    super(`${path}: ${rule}`);
    this.path = path;
    this.rule = rule;
  }
}

/**
 * Bounds on everything the state holds. The service enforces them as it grows, so a state it
 * produced always passes its own `fromJSON`, and a hostile save cannot make it allocate without end.
 */
export const LIMITS = {
  /** characters in an id: witness, zone, flag, clue, crew member, level, schedule kind */
  id: 64,
  /** characters in a schedule label (shown to the player) */
  label: 256,
  /** ledger entries; the oldest is dropped beyond this */
  ledger: 100_000,
  /** stored judgements; the oldest is dropped beyond this */
  judgements: 10_000,
  witnesses: 1_000,
  flags: 4_096,
  clues: 1_024,
  crew: 64,
  r17: 16,
  levels: 64,
  schedule: 10_000,
} as const;

/** Throws unless `value` is a string of 1..`max` characters. */
export function checkId(value: unknown, where: string, max: number = LIMITS.id): asserts value is string {
  if (typeof value !== 'string') throw new StateError(where, `must be a string (got ${typeof value})`);
  if (value.length < 1 || value.length > max) {
    throw new StateError(where, `must be 1-${max} characters (got ${value.length})`);
  }
}

/** Throws unless `value` is an integer in min..max. */
export function checkInt(value: unknown, where: string, min: number, max: number): asserts value is number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new StateError(where, `must be an integer ${min}..${max} (got ${String(value)})`);
  }
}
