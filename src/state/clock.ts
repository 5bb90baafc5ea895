import { checkInt } from './errors';
import type { GameEvent, GameStateData, ScheduleEvent } from './types';

/** One prison minute per real second of play. */
export const TICKS_PER_MINUTE = 60;
export const MINUTES_PER_DAY = 1440;

/** The clock fields of the state: the prison minute at a base tick. */
export type ClockData = Pick<GameStateData, 'clockBaseMinute' | 'clockBaseTick'>;

/** Prison minute (0..1439, after midnight) at `tick`; wraps at midnight. */
export function minuteAt(clock: ClockData, tick: number): number {
  const elapsed = Math.floor((tick - clock.clockBaseTick) / TICKS_PER_MINUTE);
  const m = (clock.clockBaseMinute + elapsed) % MINUTES_PER_DAY;
  return m < 0 ? m + MINUTES_PER_DAY : m;
}

/** 'HH:MM' on a 24-hour clock. */
export function clockText(minute: number): string {
  const m = ((minute % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  const hh = Math.floor(m / 60);
  return `${String(hh).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Sets the clock to `minute` as of `tick`; the next minute begins TICKS_PER_MINUTE ticks later. */
export function setClock(clock: ClockData, minute: number, tick: number): void {
  checkInt(minute, 'setClock(minute)', 0, MINUTES_PER_DAY - 1);
  clock.clockBaseMinute = minute;
  clock.clockBaseTick = tick;
}

/**
 * Run by advance() at the new `tick`: if a prison minute begins at this tick, one schedule event
 * per entry for that minute, in schedule order. Setting the clock is not a crossing: entries for
 * the minute it is set to do not fire.
 */
export function scheduleEventsAt(
  clock: ClockData,
  schedule: readonly ScheduleEvent[],
  tick: number,
): GameEvent[] {
  const elapsed = tick - clock.clockBaseTick;
  if (elapsed <= 0 || elapsed % TICKS_PER_MINUTE !== 0) return [];
  const minute = minuteAt(clock, tick);
  return schedule
    .filter((e) => e.minute === minute)
    .map((e) => ({ type: 'schedule', event: { minute: e.minute, kind: e.kind, label: e.label } }));
}
