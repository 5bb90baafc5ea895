import { insertSorted } from './sorted';
import { randomInt } from './rng';
import type { RngState } from './rng';
import type { GameEvent } from './types';

/** The men of cell R17, Joe's cellmates (Joe is not one of them). One of them informs. */
export const R17: readonly string[] = ['soldier', 'spencer', 'lister', 'coy', 'louie'];

/** Draws the informer from `r17` with the run's generator (create() makes this its first draw). */
export function drawInformer(rng: RngState, r17: readonly string[] = R17): string {
  const who = r17[randomInt(rng, r17.length)];
  if (who === undefined) throw new RangeError('drawInformer: empty roster');
  return who;
}

/** Adds `who` to the crew (join order kept) unless already in; emits crew-joined if added. */
export function joinCrew(crew: string[], who: string): GameEvent[] {
  if (crew.includes(who)) return [];
  crew.push(who);
  return [{ type: 'crew-joined', who }];
}

/** Adds a clue to the sorted clue list unless held; emits clue-found if added. */
export function addClue(clues: string[], clue: string): GameEvent[] {
  return insertSorted(clues, clue) ? [{ type: 'clue-found', clue }] : [];
}
