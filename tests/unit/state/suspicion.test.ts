import { describe, expect, it } from 'vitest';
import { StateError } from '../../../src/state/errors';
import { GameState } from '../../../src/state/game-state';
import { CAUSE_AMOUNTS, derivedAlert } from '../../../src/state/suspicion';
import type { SuspicionCause } from '../../../src/state/types';
import { advanceTo, eventsUntil } from './helpers';

const fresh = () => GameState.create({ seed: 1 });

describe('raise', () => {
  it.each<[SuspicionCause, number]>([
    ['seen-restricted', 2],
    ['late-for-count', 15],
    ['incident-no-alibi', 30],
    ['informer-report', 20],
    ['contraband', 25],
    ['caught-in-act', 100],
  ])('%s raises by %i by default', (cause, amount) => {
    const s = fresh();
    s.raise(cause);
    expect(s.suspicion).toBe(amount);
    expect(CAUSE_AMOUNTS[cause]).toBe(amount);
    expect(s.drainEvents()[0]).toEqual({ type: 'suspicion-changed', from: 0, to: amount, cause });
  });

  it('takes an explicit amount and clamps at 100', () => {
    const s = fresh();
    s.raise('contraband', 7);
    expect(s.suspicion).toBe(7);
    s.raise('contraband', 500);
    expect(s.suspicion).toBe(100);
    s.drainEvents();
    s.raise('seen-restricted');
    expect(s.suspicion).toBe(100);
    expect(s.drainEvents()).toEqual([]);
  });

  it('emits nothing for a raise of 0', () => {
    const s = fresh();
    s.raise('seen-restricted', 0);
    expect(s.drainEvents()).toEqual([]);
    expect(s.toJSON().lastRaiseTick).toBe(0);
  });

  it('rejects negative, fractional or non-number amounts', () => {
    const s = fresh();
    for (const bad of [-1, 0.5, Number.NaN, Infinity]) {
      expect(() => s.raise('contraband', bad)).toThrow(StateError);
    }
    expect(() => s.raise('contraband', -1)).toThrow('raise(amount)');
    expect(s.suspicion).toBe(0);
  });
});

describe('thresholds', () => {
  it('crosses follow once at 40, not again while above', () => {
    const s = fresh();
    s.raise('contraband', 39);
    expect(s.drainEvents().filter((e) => e.type === 'threshold-crossed')).toEqual([]);
    s.raise('seen-restricted', 1);
    expect(s.drainEvents()).toContainEqual({ type: 'threshold-crossed', threshold: 'follow', suspicion: 40 });
    s.raise('seen-restricted', 5);
    expect(s.drainEvents().filter((e) => e.type === 'threshold-crossed')).toEqual([]);
    expect(s.toJSON().crossed).toEqual(['follow']);
  });

  it('crosses every threshold passed in one raise, lowest first, in a fixed event order', () => {
    const s = fresh();
    s.raise('caught-in-act');
    expect(s.drainEvents()).toEqual([
      { type: 'suspicion-changed', from: 0, to: 100, cause: 'caught-in-act' },
      { type: 'threshold-crossed', threshold: 'follow', suspicion: 100 },
      { type: 'threshold-crossed', threshold: 'search', suspicion: 100 },
      { type: 'threshold-crossed', threshold: 'solitary', suspicion: 100 },
      { type: 'alert-changed', from: 0, to: 3 },
    ]);
    expect(s.toJSON().crossed).toEqual(['follow', 'search', 'solitary']);
  });

  it('re-arms a threshold once suspicion decays below it', () => {
    const s = fresh();
    s.raise('contraband', 40);
    s.drainEvents();
    advanceTo(s, 900); // first decay: 40 -> 39
    expect(s.suspicion).toBe(39);
    expect(s.toJSON().crossed).toEqual([]);
    s.raise('seen-restricted', 1);
    expect(s.drainEvents()).toContainEqual({ type: 'threshold-crossed', threshold: 'follow', suspicion: 40 });
  });

  it('search at 70 and solitary at 100 exactly', () => {
    const s = fresh();
    s.raise('contraband', 69);
    s.drainEvents();
    s.raise('seen-restricted', 1);
    expect(s.drainEvents().filter((e) => e.type === 'threshold-crossed')).toEqual([
      { type: 'threshold-crossed', threshold: 'search', suspicion: 70 },
    ]);
    s.raise('contraband', 29);
    expect(s.drainEvents().filter((e) => e.type === 'threshold-crossed')).toEqual([]);
    s.raise('seen-restricted', 1);
    expect(s.drainEvents().filter((e) => e.type === 'threshold-crossed')).toEqual([
      { type: 'threshold-crossed', threshold: 'solitary', suspicion: 100 },
    ]);
  });
});

describe('decay', () => {
  it('falls by 1 at R+900, R+1200, ... after a raise at R', () => {
    const s = fresh();
    advanceTo(s, 100);
    s.raise('late-for-count');
    s.drainEvents();
    const events = eventsUntil(s, 1600);
    expect(events).toEqual([
      { tick: 1000, event: { type: 'suspicion-changed', from: 15, to: 14, cause: 'decay' } },
      { tick: 1300, event: { type: 'suspicion-changed', from: 14, to: 13, cause: 'decay' } },
      { tick: 1600, event: { type: 'suspicion-changed', from: 13, to: 12, cause: 'decay' } },
    ]);
  });

  it('is at 15 at tick 899 and 14 at tick 900 after a raise at tick 0', () => {
    const s = fresh();
    s.raise('late-for-count');
    advanceTo(s, 899);
    expect(s.suspicion).toBe(15);
    s.advance();
    expect(s.suspicion).toBe(14);
  });

  it('a raise restarts the grace period', () => {
    const s = fresh();
    s.raise('late-for-count');
    advanceTo(s, 1000); // decayed once at 900
    s.raise('seen-restricted'); // 14 + 2 = 16 at tick 1000
    s.drainEvents();
    const events = eventsUntil(s, 2200);
    expect(events.map((e) => e.tick)).toEqual([1900, 2200]);
    expect(s.suspicion).toBe(14);
  });

  it('stops at 0 and does not count while at 0', () => {
    const s = fresh();
    s.raise('seen-restricted'); // 2
    advanceTo(s, 1200);
    expect(s.suspicion).toBe(0);
    advanceTo(s, 5000);
    expect(s.suspicion).toBe(0);
    expect(s.toJSON().decayTicks).toBe(0);
  });

  it('lowers the alert level as it falls', () => {
    const s = fresh();
    s.raise('contraband'); // 25 -> alert 1
    s.drainEvents();
    const events = eventsUntil(s, 900).map((e) => e.event);
    expect(events).toEqual([
      { type: 'suspicion-changed', from: 25, to: 24, cause: 'decay' },
      { type: 'alert-changed', from: 1, to: 0 },
    ]);
  });
});

describe('alert level', () => {
  it('derives 0 below 25, 1 below 50, 2 below 80, else 3', () => {
    const table = [0, 24, 25, 49, 50, 79, 80, 100].map(derivedAlert);
    expect(table).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
  });

  it('emits alert-changed as suspicion crosses 25, 50 and 80', () => {
    const s = fresh();
    const alerts: [number, number][] = [];
    s.on('alert-changed', (e) => alerts.push([e.from, e.to]));
    for (const step of [24, 1, 24, 1, 29, 1]) s.raise('contraband', step);
    expect(alerts).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    expect(s.alertLevel).toBe(3);
  });

  it('never falls below the floor, and the floor only rises', () => {
    const s = fresh();
    s.raiseAlertFloor(2);
    expect(s.alertLevel).toBe(2);
    expect(s.drainEvents()).toEqual([{ type: 'alert-changed', from: 0, to: 2 }]);
    s.raiseAlertFloor(1);
    expect(s.alertFloor).toBe(2);
    s.raise('contraband', 30); // derived 1: still 2
    expect(s.alertLevel).toBe(2);
    expect(s.drainEvents().some((e) => e.type === 'alert-changed')).toBe(false);
    s.raise('contraband', 50); // derived 3
    expect(s.alertLevel).toBe(3);
    expect(s.drainEvents()).toContainEqual({ type: 'alert-changed', from: 2, to: 3 });
  });

  it('raising the floor below the derived level changes nothing visible', () => {
    const s = fresh();
    s.raise('contraband', 60); // derived 2
    s.drainEvents();
    s.raiseAlertFloor(1);
    expect(s.drainEvents()).toEqual([]);
    expect(s.alertFloor).toBe(1);
  });

  it('rejects a bad level', () => {
    const s = fresh();
    expect(() => s.raiseAlertFloor(4 as 3)).toThrow('raiseAlertFloor(level)');
  });
});
