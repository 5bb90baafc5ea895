import type { GameEvent, LeverPosition, LeverState } from './types';

/** Ticks of holding that bring the bridge down (5 s at 60 ticks per second). */
export const LEVER_TICKS = 300;
/** Progress the counterweight takes back for each tick the lever is not held. */
export const LEVER_SPRING_BACK = 2;
/** Progress lost at once when Joe is grabbed or struck at the lever. */
export const LEVER_INTERRUPT = 100;

/** A lever that has not been touched. */
export function initialLever(): LeverState {
  return { position: 'raised', progress: 0, loweredAt: -1, heldAt: -1 };
}

function move(lever: LeverState, to: LeverPosition, tick: number): GameEvent[] {
  const from = lever.position;
  lever.position = to;
  return [{ type: 'lever-moved', from, to, tick }];
}

/**
 * Joe holds the lever during `tick`: +1 progress, at most once per tick. The first hold starts it
 * lowering; reaching LEVER_TICKS brings the bridge down for good.
 */
export function holdLever(lever: LeverState, tick: number): GameEvent[] {
  if (lever.position === 'lowered' || lever.heldAt === tick) return [];
  lever.heldAt = tick;
  lever.progress += 1;
  const events = lever.position === 'raised' ? move(lever, 'lowering', tick) : [];
  if (lever.progress >= LEVER_TICKS) {
    lever.progress = LEVER_TICKS;
    lever.loweredAt = tick;
    events.push(...move(lever, 'lowered', tick));
  }
  return events;
}

/**
 * Run by advance() at the new `tick`: if the lever is lowering and was not held during tick-1, the
 * counterweight takes back LEVER_SPRING_BACK; at 0 it is raised again.
 */
export function springBack(lever: LeverState, tick: number): GameEvent[] {
  if (lever.position !== 'lowering' || lever.heldAt === tick - 1) return [];
  return pullBack(lever, LEVER_SPRING_BACK, tick);
}

/** Joe is grabbed or struck: a lowering lever loses LEVER_INTERRUPT progress at once. */
export function interruptLever(lever: LeverState, tick: number): GameEvent[] {
  if (lever.position !== 'lowering') return [];
  return pullBack(lever, LEVER_INTERRUPT, tick);
}

function pullBack(lever: LeverState, amount: number, tick: number): GameEvent[] {
  lever.progress = Math.max(0, lever.progress - amount);
  return lever.progress === 0 ? move(lever, 'raised', tick) : [];
}
