/** The game-state service's public API. */
export { GameState } from './game-state';
export type { CreateOptions } from './game-state';
export { GameStateView } from './state-view';
export { StateError, LIMITS } from './errors';
export { Emitter } from './events';
export type { Handler } from './events';
export { stableStringify, stableHash, hashString, hashBytes } from './hash';
export { seedRng, nextU32, randomInt } from './rng';
export type { RngState } from './rng';
export { effectiveCredibility, judge, observe, SOLID_CREDIBILITY } from './alibi';
export {
  CAUSE_AMOUNTS,
  THRESHOLDS,
  DECAY_GRACE_TICKS,
  DECAY_STEP_TICKS,
  SUSPICION_MAX,
  derivedAlert,
} from './suspicion';
export { LEVER_TICKS, LEVER_SPRING_BACK, LEVER_INTERRUPT } from './lever';
export { R17 } from './crew';
export { TICKS_PER_MINUTE, MINUTES_PER_DAY, minuteAt, clockText } from './clock';
export type * from './types';
