import type { LevelData, PropData } from '../maps/level-data';
import type { GameState } from '../state/game-state';
import { applySets } from './dialogue';

const inside = (p: PropData, x: number, y: number): boolean =>
  x >= p.rect.x && y >= p.rect.y && x < p.rect.x + p.rect.w && y < p.rect.y + p.rect.h;

/** The unspent prop whose area holds the point Joe reaches into (pixels), or -1. */
export function propAt(level: LevelData, spent: readonly boolean[], x: number, y: number): number {
  return (level.props ?? []).findIndex((p, i) => !spent[i] && inside(p, x, y));
}

/**
 * Joe uses a prop: with its `requires` met it does its `sets` and is spent (true); otherwise
 * nothing happens (false). Either way the caller shows the caption it returns.
 */
export function useProp(prop: PropData, state: GameState): { used: boolean; text: string } {
  if (!prop.requires.every((f) => state.hasFlag(f))) return { used: false, text: prop.lockedText };
  applySets(prop.sets, state);
  return { used: true, text: prop.text };
}
