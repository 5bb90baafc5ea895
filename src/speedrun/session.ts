import type { LoadedMap } from '../maps';
import type { SimEvent } from '../sim/sim-events';
import { LevelSim } from '../sim/level-sim';
import { NO_INPUT, type InputFrame } from '../sim/input';
import type { GameStateData } from '../state/types';
import { GAME_VERSION } from '../version';
import type { Replay } from './replay';
import { InputRecorder } from './rle';
import { startState } from './run-level';

/** The official seed: runs on it compete on one leaderboard. */
export const OFFICIAL_SEED = 1947;

/**
 * One attempt at one level: the simulation plus the recording of every input, so the attempt can be
 * restarted in the same frame and saved as a replay that `npm run verify` re-simulates.
 */
export class LevelSession {
  sim!: LevelSim;
  recorder!: InputRecorder;
  attempts = 0;

  constructor(
    readonly map: LoadedMap,
    readonly seed: number,
    /** game state at the level's start; null = a new game */
    readonly start: GameStateData | null,
  ) {
    this.restart();
  }

  /** Back to the level's start, with the game state as it was when the level began. */
  restart(): void {
    this.sim = new LevelSim(this.map.level, startState(this.map.level, this.seed, this.start));
    this.recorder = new InputRecorder();
    this.attempts++;
  }

  /** True until the player's first input: the level (and its timer) waits for him. */
  get waiting(): boolean {
    return this.sim.tick === 0;
  }

  /**
   * One tick: records the input and steps. Timing rule: a level starts on the first tick with any
   * input, so idle frames before it are neither simulated nor recorded nor timed.
   */
  step(frame: InputFrame): SimEvent[] {
    if (this.sim.outcome !== 'playing') return [];
    if (this.waiting && frame === NO_INPUT) return [];
    this.recorder.push(frame);
    return this.sim.step(frame);
  }

  replay(): Replay {
    return {
      format: 'westgate-replay',
      version: 1,
      game: GAME_VERSION,
      level: this.map.level.id,
      seed: this.seed,
      maps: { [this.map.level.file]: this.map.hash },
      start: this.start,
      inputs: this.recorder.runs.map(([f, n]) => [f, n]),
      result: { ticks: this.sim.tick, outcome: this.sim.outcome, hash: this.sim.hash() },
    };
  }
}
