import type { LevelData } from '../maps/level-data';
import type { JoeState } from './joe';
import { propAt } from './props';
import { FACING_VEC } from './sight';
import { SUB } from './units';
import type { TileWorld } from './world';

export type Interaction =
  { kind: 'npc'; index: number } | { kind: 'door'; index: number } | { kind: 'prop'; index: number };

/** How far in front of Joe's feet he reaches, and how close to that point a person must stand, pixels. */
const REACH_PX = 16;
const NPC_TOLERANCE_PX = 16;

/**
 * The person, prop or door in front of Joe: people first, then an unspent prop (`spent` by index),
 * then the door in the tile he reaches into.
 */
export function findInteraction(
  level: LevelData,
  world: TileWorld,
  joe: JoeState,
  spent: readonly boolean[] = [],
): Interaction | null {
  const f = FACING_VEC[joe.facing];
  const px = Math.floor(joe.x / SUB) + f.x * REACH_PX;
  const py = Math.floor(joe.y / SUB) + f.y * REACH_PX;
  let best = -1;
  let bestD = Infinity;
  level.npcs.forEach((n, i) => {
    const d = Math.max(Math.abs(n.x - px), Math.abs(n.y - py));
    if (d <= NPC_TOLERANCE_PX && d < bestD) {
      best = i;
      bestD = d;
    }
  });
  if (best >= 0) return { kind: 'npc', index: best };
  const prop = propAt(level, spent, px, py);
  if (prop >= 0) return { kind: 'prop', index: prop };
  const door = world.doorAt(Math.floor(px / 16), Math.floor(py / 16));
  return door >= 0 ? { kind: 'door', index: door } : null;
}
