import { describe, expect, it } from 'vitest';
import { clockText, minuteAt, TICKS_PER_MINUTE } from '../../../src/state/clock';
import { StateError } from '../../../src/state/errors';
import { GameState } from '../../../src/state/game-state';
import type { ScheduleEvent } from '../../../src/state/types';
import { advanceTo, eventsUntil } from './helpers';

const count: ScheduleEvent = { minute: 361, kind: 'count', label: 'Morning count' };
const shift: ScheduleEvent = { minute: 361, kind: 'shift', label: 'Machine shop' };
const lockdown: ScheduleEvent = { minute: 363, kind: 'lockdown', label: 'Lockdown' };

describe('clock', () => {
  it('is 60 ticks a minute', () => {
    expect(TICKS_PER_MINUTE).toBe(60);
  });

  it('formats HH:MM', () => {
    expect([0, 5, 60, 605, 1439].map(clockText)).toEqual(['00:00', '00:05', '01:00', '10:05', '23:59']);
  });

  it('derives the minute from ticks, wrapping at midnight', () => {
    const c = { clockBaseMinute: 1438, clockBaseTick: 100 };
    expect([100, 159, 160, 219, 220, 280].map((t) => minuteAt(c, t))).toEqual([1438, 1438, 1439, 1439, 0, 1]);
  });

  it('starts at 06:00 by default and turns at exact ticks', () => {
    const s = GameState.create({ seed: 1 });
    expect([s.minute, s.clockText]).toEqual([360, '06:00']);
    advanceTo(s, 59);
    expect(s.clockText).toBe('06:00');
    s.advance();
    expect(s.clockText).toBe('06:01');
    advanceTo(s, 60 * 60);
    expect(s.clockText).toBe('07:00');
  });

  it('wraps past midnight', () => {
    const s = GameState.create({ seed: 1, startMinute: 23 * 60 + 59 });
    advanceTo(s, 60);
    expect([s.minute, s.clockText]).toEqual([0, '00:00']);
  });

  it('setClock rebases at the current tick', () => {
    const s = GameState.create({ seed: 1 });
    advanceTo(s, 30);
    s.setClock(12 * 60);
    expect(s.clockText).toBe('12:00');
    advanceTo(s, 89);
    expect(s.clockText).toBe('12:00');
    s.advance();
    expect(s.clockText).toBe('12:01');
  });

  it('rejects a bad minute', () => {
    const s = GameState.create({ seed: 1 });
    expect(() => s.setClock(1440)).toThrow('setClock(minute): must be an integer 0..1439 (got 1440)');
    expect(() => GameState.create({ seed: 1, startMinute: -1 })).toThrow(StateError);
  });
});

describe('schedule', () => {
  it('fires each entry as its minute begins, in list order, at exact ticks', () => {
    const s = GameState.create({ seed: 1, schedule: [lockdown, count, shift] });
    const events = eventsUntil(s, 300);
    expect(events).toEqual([
      { tick: 60, event: { type: 'schedule', event: count } },
      { tick: 60, event: { type: 'schedule', event: shift } },
      { tick: 180, event: { type: 'schedule', event: lockdown } },
    ]);
  });

  it('does not fire for the minute the clock starts at or is set to', () => {
    const s = GameState.create({ seed: 1, startMinute: 361, schedule: [count] });
    expect(eventsUntil(s, 59)).toEqual([]);
    s.setClock(361);
    expect(eventsUntil(s, 118)).toEqual([]);
  });

  it('fires again the next day', () => {
    const s = GameState.create({
      seed: 1,
      startMinute: 1439,
      schedule: [{ minute: 0, kind: 'count', label: 'Midnight count' }],
    });
    const events = eventsUntil(s, 60 * 1441);
    expect(events.map((e) => e.tick)).toEqual([60, 60 * 1441]);
  });

  it('setSchedule replaces the list', () => {
    const s = GameState.create({ seed: 1, schedule: [count] });
    s.setSchedule([lockdown]);
    expect(s.schedule).toEqual([lockdown]);
    expect(eventsUntil(s, 180).map((e) => e.tick)).toEqual([180]);
  });

  it('copies the list it is given', () => {
    const list = [{ ...count }];
    const s = GameState.create({ seed: 1, schedule: list });
    list[0]!.minute = 362;
    list.push(lockdown);
    expect(s.schedule).toEqual([count]);
  });

  it('rejects bad entries, naming the field', () => {
    const s = GameState.create({ seed: 1 });
    expect(() => s.setSchedule([count, { ...count, minute: 1440 }])).toThrow(
      'setSchedule(list)[1].minute: must be <= 1439',
    );
    expect(() => s.setSchedule([{ ...count, kind: '' }])).toThrow(
      'setSchedule(list)[0].kind: must not be empty',
    );
    expect(() => s.setSchedule([{ minute: 1, kind: 'k' } as ScheduleEvent])).toThrow(
      'setSchedule(list)[0].label: is missing',
    );
  });
});
