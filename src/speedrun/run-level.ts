import type { LevelData } from '../maps/level-data';
import { LevelSim, type Outcome } from '../sim/level-sim';
import { GameState } from '../state/game-state';
import type { InputRuns } from './rle';

export interface RunResult {
  outcome: Outcome;
  ticks: number;
  hash: string;
  sim: LevelSim;
}

/** The game state a level starts from: the saved one, or a new game's for the seed. */
export function startState(seed: number, start: unknown): GameState {
  return start == null ? GameState.create({ seed }) : GameState.fromJSON(start);
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
  return { outcome: sim.outcome, ticks: sim.tick, hash: sim.hash(), sim, leftover };
}
