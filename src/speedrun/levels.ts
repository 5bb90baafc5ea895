/** The campaign's levels in order. A level is a map plus, at most, a thin scene. */
export interface LevelEntry {
  id: string;
  file: string;
}

export const LEVELS: LevelEntry[] = [
  { id: 'cell', file: 'maps/cell.tmj' },
  { id: 'machine-shop', file: 'maps/machine-shop.tmj' },
  { id: 'yard', file: 'maps/yard.tmj' },
  { id: 'guard-tower', file: 'maps/guard-tower.tmj' },
];

export function levelById(id: string): LevelEntry | undefined {
  return LEVELS.find((l) => l.id === id);
}
