import { TICK_RATE } from '../sim/units';

/** Milliseconds of in-game time after `ticks` ticks (floored: a run is never shown faster than it was). */
export function ticksToMs(ticks: number): number {
  return Math.floor((ticks * 1000) / TICK_RATE);
}

/** In-game time as m:ss.mmm, or h:mm:ss.mmm from an hour on. */
export function formatTime(ticks: number): string {
  const ms = ticksToMs(Math.max(0, ticks));
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  const frac = String(ms % 1000).padStart(3, '0');
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}.${frac}` : `${m}:${ss}.${frac}`;
}
