import { checkInt } from './errors';
import type { AlertLevel, GameEvent, GameStateData, SuspicionCause, SuspicionThreshold } from './types';

export const SUSPICION_MAX = 100;

/** What each cause adds when `raise` is given no amount. */
export const CAUSE_AMOUNTS: Readonly<Record<SuspicionCause, number>> = {
  'seen-restricted': 2,
  'late-for-count': 15,
  'incident-no-alibi': 30,
  'informer-report': 20,
  contraband: 25,
  'caught-in-act': 100,
};

/** Munsey's responses, lowest first: each fires once as suspicion reaches `at`, re-armed below it. */
export const THRESHOLDS: readonly { readonly threshold: SuspicionThreshold; readonly at: number }[] = [
  { threshold: 'follow', at: 40 },
  { threshold: 'search', at: 70 },
  { threshold: 'solitary', at: 100 },
];

/** Ticks without a raise before suspicion starts to fall. */
export const DECAY_GRACE_TICKS = 600;
/** Ticks per point of decay once the grace period is over. */
export const DECAY_STEP_TICKS = 300;

/** The part of the state this module reads and writes. */
export type SuspicionData = Pick<
  GameStateData,
  'suspicion' | 'lastRaiseTick' | 'decayTicks' | 'crossed' | 'alertFloor'
>;

/** Alert level that suspicion alone calls for: 0 below 25, 1 below 50, 2 below 80, else 3. */
export function derivedAlert(suspicion: number): AlertLevel {
  if (suspicion < 25) return 0;
  if (suspicion < 50) return 1;
  if (suspicion < 80) return 2;
  return 3;
}

/** The prison's alert level: the higher of the floor and what suspicion calls for. */
export function alertLevel(s: SuspicionData): AlertLevel {
  const derived = derivedAlert(s.suspicion);
  return derived > s.alertFloor ? derived : s.alertFloor;
}

/**
 * Sets suspicion, re-arms thresholds it fell below, crosses those it reached. Mutates `s` fully,
 * then returns the events in order: suspicion-changed, threshold-crossed (lowest first), alert-changed.
 */
function setSuspicion(s: SuspicionData, to: number, cause: SuspicionCause | 'decay'): GameEvent[] {
  const from = s.suspicion;
  if (to === from) return [];
  const alertBefore = alertLevel(s);
  s.suspicion = to;
  const events: GameEvent[] = [{ type: 'suspicion-changed', from, to, cause }];
  const crossed: SuspicionThreshold[] = [];
  for (const { threshold, at } of THRESHOLDS) {
    if (to < at) continue;
    crossed.push(threshold);
    if (!s.crossed.includes(threshold)) events.push({ type: 'threshold-crossed', threshold, suspicion: to });
  }
  s.crossed = crossed;
  const alertAfter = alertLevel(s);
  if (alertAfter !== alertBefore) events.push({ type: 'alert-changed', from: alertBefore, to: alertAfter });
  return events;
}

/**
 * Raises suspicion by `amount` (default CAUSE_AMOUNTS[cause]), clamped to 0..100, at `tick`.
 * Any raise, even one that changes nothing at 100, restarts the decay grace period.
 */
export function raiseSuspicion(
  s: SuspicionData,
  cause: SuspicionCause,
  amount: number | undefined,
  tick: number,
): GameEvent[] {
  const add = amount ?? CAUSE_AMOUNTS[cause];
  checkInt(add, 'raise(amount)', 0, Number.MAX_SAFE_INTEGER);
  s.lastRaiseTick = tick;
  s.decayTicks = 0;
  return setSuspicion(s, Math.min(SUSPICION_MAX, s.suspicion + add), cause);
}

/**
 * One tick of decay, run by advance() at the new `tick`. Counting starts once more than
 * DECAY_GRACE_TICKS have passed since the last raise; every DECAY_STEP_TICKS counted, suspicion
 * falls by 1. So after a raise at tick R the falls come at R+900, R+1200, ...
 */
export function decayStep(s: SuspicionData, tick: number): GameEvent[] {
  if (s.suspicion === 0) {
    s.decayTicks = 0;
    return [];
  }
  if (tick - s.lastRaiseTick <= DECAY_GRACE_TICKS) return [];
  s.decayTicks += 1;
  if (s.decayTicks < DECAY_STEP_TICKS) return [];
  s.decayTicks = 0;
  return setSuspicion(s, s.suspicion - 1, 'decay');
}

/** Raises the alert floor (never lowers it); emits alert-changed if the level moves. */
export function raiseAlertFloor(s: SuspicionData, level: AlertLevel): GameEvent[] {
  checkInt(level, 'raiseAlertFloor(level)', 0, 3);
  if (level <= s.alertFloor) return [];
  const before = alertLevel(s);
  s.alertFloor = level;
  const after = alertLevel(s);
  return after === before ? [] : [{ type: 'alert-changed', from: before, to: after }];
}
