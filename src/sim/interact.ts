import type { LevelData } from '../maps/level-data';
import type { JoeState } from './joe';
import { FACING_VEC } from './sight';
import { SUB } from './units';
import type { TileWorld } from './world';

export type Interaction = { kind: 'npc'; index: number } | { kind: 'door'; index: number };

/** How far in front of Joe's feet he reaches, and how close to that point a person must stand, pixels. */
const REACH_PX = 16;
const NPC_TOLERANCE_PX = 16;

/** The person or door in front of Joe: people first, then the door in the tile he reaches into. */
export function findInteraction(level: LevelData, world: TileWorld, joe: JoeState): Interaction | null {
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
  const door = world.doorAt(Math.floor(px / 16), Math.floor(py / 16));
  return door >= 0 ? { kind: 'door', index: door } : null;
}
