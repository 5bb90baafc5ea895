import { StateError } from './errors';
import { LEVER_TICKS } from './lever';
import { isSortedUnique } from './sorted';
import { THRESHOLDS } from './suspicion';
import type { GameStateData } from './types';

function fail(path: string, rule: string): never {
  throw new StateError(path, rule);
}

function unique(list: readonly string[], path: string): void {
  const seen = new Set<string>();
  list.forEach((item, i) => {
    if (seen.has(item)) fail(`${path}[${i}]`, `duplicate "${item}"`);
    seen.add(item);
  });
}

/**
 * The rules between fields that a schema cannot see: nothing after the current tick, ordered
 * lists ordered, the lever's fields in agreement. A state the service produced always passes.
 */
export function checkInvariants(d: GameStateData): void {
  if (d.clockBaseTick > d.tick) fail('clockBaseTick', 'must be <= tick');
  if (d.lastRaiseTick > d.tick) fail('lastRaiseTick', 'must be <= tick');
  THRESHOLDS.forEach(({ threshold, at }) => {
    const armed = !d.crossed.includes(threshold);
    if (armed === d.suspicion >= at)
      fail('crossed', `must hold "${threshold}" exactly when suspicion >= ${at}`);
  });
  const order = THRESHOLDS.map((t) => t.threshold).filter((t) => d.crossed.includes(t));
  if (order.join() !== d.crossed.join()) fail('crossed', 'must be unique, lowest threshold first');
  if (!isSortedUnique(d.witnesses.map((w) => w.id))) fail('witnesses', 'must be sorted by id, ids unique');
  const known = new Set(d.witnesses.map((w) => w.id));
  d.ledger.forEach((e, i) => {
    const at = `ledger[${i}]`;
    if (e.to < e.from) fail(`${at}.to`, 'must be >= from');
    if (e.to > d.tick) fail(`${at}.to`, 'must be <= tick');
    if (!known.has(e.witness)) fail(`${at}.witness`, `"${e.witness}" is not a registered witness`);
    const prev = d.ledger[i - 1];
    if (prev && (prev.from > e.from || (prev.from === e.from && prev.witness > e.witness))) {
      fail(at, 'must be ordered by from, then witness');
    }
  });
  d.judgements.forEach((j, i) => {
    if (j.incident.to < j.incident.from) fail(`judgements[${i}].incident.to`, 'must be >= from');
    j.gaps.forEach((g, k) => {
      if (g.to < g.from) fail(`judgements[${i}].gaps[${k}].to`, 'must be >= from');
    });
  });
  const { position, progress, loweredAt, heldAt } = d.lever;
  if (heldAt > d.tick) fail('lever.heldAt', 'must be <= tick');
  if (loweredAt > d.tick) fail('lever.loweredAt', 'must be <= tick');
  if (position === 'raised' && progress !== 0) fail('lever.progress', 'must be 0 while raised');
  if (position === 'lowering' && (progress < 1 || progress >= LEVER_TICKS)) {
    fail('lever.progress', `must be 1..${LEVER_TICKS - 1} while lowering`);
  }
  if (position === 'lowered' && progress !== LEVER_TICKS)
    fail('lever.progress', `must be ${LEVER_TICKS} when lowered`);
  if ((position === 'lowered') !== loweredAt >= 0)
    fail('lever.loweredAt', 'must be set exactly when lowered');
  unique(d.r17, 'r17');
  if (!d.r17.includes(d.informer)) fail('informer', `"${d.informer}" is not in r17`);
  unique(d.crew, 'crew');
  unique(d.levelsDone, 'levelsDone');
  if (!isSortedUnique(d.clues)) fail('clues', 'must be sorted, unique');
  if (!isSortedUnique(d.flags)) fail('flags', 'must be sorted, unique');
}
