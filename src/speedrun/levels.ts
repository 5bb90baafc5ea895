/** The campaign's levels in order. A level is a map plus, at most, a thin scene. */
export interface LevelEntry {
  id: string;
  file: string;
  /**
   * Playable on its own (title menu, ?level=, its replays) but not yet joined into the campaign run:
   * a level built before the ones that lead to it. Drop it once the chain of exits reaches the level.
   */
  standalone?: true;
}

export const LEVELS: LevelEntry[] = [
  { id: 'cell', file: 'maps/cell.tmj' },
  { id: 'guard-tower', file: 'maps/guard-tower.tmj', standalone: true },
];

/** The levels of a full campaign run, in order. */
export const CAMPAIGN_LEVELS: LevelEntry[] = LEVELS.filter((l) => !l.standalone);

export function levelById(id: string): LevelEntry | undefined {
  return LEVELS.find((l) => l.id === id);
}
