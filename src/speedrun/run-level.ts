import type { LevelData } from '../maps/level-data';
import { LevelSim, type Outcome } from '../sim/level-sim';
import { applySets } from '../sim/dialogue';
import { GameState } from '../state/game-state';
import type { InputRuns } from './rle';

export interface RunResult {
  outcome: Outcome;
  /** where the completing exit leads ('' unless complete through an exit) */
  exitTo: string;
  ticks: number;
  hash: string;
  sim: LevelSim;
}

/**
 * A level's canonical start: a new game for the seed with the level's `startFlags` written in (what
 * the earlier levels would have set). Playing a level on its own, and verifying its replays, start here.
 */
export function levelStartState(level: LevelData, seed: number): GameState {
  const state = GameState.create({ seed });
  applySets(level.startFlags, state);
  state.drainEvents();
  return state;
}

/**
 * One of the level's named practice starts (map property `startVariants`): the canonical start with
 * more earlier-level flags set. The map declares them (and its hash pins them), so a replay cannot
 * invent one; undefined when the level has no such variant.
 */
export function variantStartState(level: LevelData, seed: number, name: string): GameState | undefined {
  const variant = level.startVariants.find((v) => v.name === name);
  if (!variant) return undefined;
  // the variant's flags first: they are what the earlier levels left behind, and the start flags
  // (the plan fixed, say) must meet them as they would in a real run (the informer already unmasked)
  const state = GameState.create({ seed });
  applySets(variant.sets, state);
  applySets(level.startFlags, state);
  state.drainEvents();
  return state;
}

/** The game state a level starts from: the carried one (mid-campaign), or the level's canonical start. */
export function startState(level: LevelData, seed: number, start: unknown): GameState {
  return start == null ? levelStartState(level, seed) : GameState.fromJSON(start);
}

/**
 * Plays input runs through a level from its start, headless. Stops when the level ends;
 * `leftover` counts inputs after that (a valid replay has none).
 */
export function runLevel(
  level: LevelData,
  state: GameState,
  inputs: InputRuns,
): RunResult & { leftover: number } {
  const sim = new LevelSim(level, state);
  let leftover = 0;
  for (const [frame, count] of inputs) {
    for (let i = 0; i < count; i++) {
      if (sim.outcome !== 'playing') {
        leftover += count - i;
        break;
      }
      sim.step(frame);
    }
  }
  return { outcome: sim.outcome, exitTo: sim.exitTo, ticks: sim.tick, hash: sim.hash(), sim, leftover };
}
