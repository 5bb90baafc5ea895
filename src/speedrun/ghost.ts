import type { LevelData } from '../maps/level-data';
import type { InputFrame } from '../sim/input';
import { LevelSim } from '../sim/level-sim';
import type { Replay } from './replay';
import { decodeInputs } from './rle';
import { startState } from './run-level';

/**
 * The personal best, replayed beside the player: its own simulation fed the PB's recorded inputs,
 * one per tick the player's level advances. It shares nothing with the player's game state.
 */
export class Ghost {
  readonly sim: LevelSim;
  private readonly frames: InputFrame[];
  private i = 0;

  constructor(level: LevelData, replay: Replay) {
    this.sim = new LevelSim(level, startState(level, replay.seed, replay.start));
    this.frames = decodeInputs(replay.inputs);
  }

  /** Advances one tick while the PB run lasts. */
  step(): void {
    const f = this.frames[this.i];
    if (f === undefined || this.sim.outcome !== 'playing') return;
    this.i++;
    this.sim.step(f);
  }

  get finished(): boolean {
    return this.i >= this.frames.length || this.sim.outcome !== 'playing';
  }
}
