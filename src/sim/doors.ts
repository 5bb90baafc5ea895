import type { DoorData } from '../maps/level-data';
import type { GameState } from '../state/game-state';
import { blocked } from './collide';
import type { JoeState } from './joe';
import type { SimEvent } from './sim-events';
import type { TileWorld } from './world';

/**
 * Joe works door `index`: a locked one (no key flag, or shut by the alert, `lockedByAlert`) stays
 * shut; otherwise it opens or shuts — but never shuts on Joe, while any part of his feet is in its
 * doorway. Updates the world and `open`; returns what happened, or null for nothing.
 */
export function useDoor(
  world: TileWorld,
  joe: JoeState,
  state: GameState,
  door: DoorData,
  index: number,
  open: boolean[],
  lockedByAlert: boolean,
): SimEvent | null {
  const locked = (door.locked && !(door.key !== '' && state.hasFlag(door.key))) || lockedByAlert;
  if (locked) return { type: 'locked', text: 'Locked.' };
  const opening = !open[index];
  world.setDoorShut(door.tx, door.ty, !opening);
  if (!opening && blocked(world, joe.x, joe.y)) {
    world.setDoorShut(door.tx, door.ty, false);
    return null;
  }
  open[index] = opening;
  return { type: 'door', index, open: opening };
}
