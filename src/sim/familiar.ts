import type { GuardData, ZoneData } from '../maps/level-data';
import type { GameState } from '../state/game-state';
import type { Suspect } from './guard';

/** Whether Joe is out of bounds in `zone`: a restricted zone, unless he holds its `allowedWith` pass. */
export function isRestricted(zone: ZoneData | null, state: GameState): boolean {
  if (zone?.kind !== 'restricted') return false;
  return !(zone.allowedWith !== undefined && state.hasFlag(zone.allowedWith));
}

/**
 * How well each guard knows Joe's face: ticks he has seen Joe going about his business (in his
 * sight, not suspect). Once a guard's count reaches his `familiarAfter`, he lets Joe walk by in
 * zones marked `waveThrough` (running still draws a look). Plain data, in the sim's snapshot.
 */
export class Familiarity {
  readonly seen: number[];

  constructor(guards: readonly GuardData[]) {
    this.seen = guards.map(() => 0);
  }

  familiar(i: number, data: GuardData): boolean {
    const after = data.familiarAfter ?? 0;
    return after > 0 && (this.seen[i] ?? 0) >= after;
  }

  /** How suspect Joe looks to guard i this tick. */
  suspectFor(
    i: number,
    data: GuardData,
    zone: ZoneData | null,
    restricted: boolean,
    running: boolean,
  ): Suspect {
    if (restricted && !(zone?.waveThrough === true && this.familiar(i, data))) return 'restricted';
    return running ? 'odd' : 'none';
  }

  /** After guard i looked: one more tick of seeing Joe behave, up to his mark. */
  note(i: number, data: GuardData, seesJoe: boolean, suspect: Suspect): void {
    const after = data.familiarAfter ?? 0;
    const n = this.seen[i] ?? 0;
    if (after > 0 && seesJoe && suspect === 'none' && n < after) this.seen[i] = n + 1;
  }
}
