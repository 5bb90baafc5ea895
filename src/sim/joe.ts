import type { Facing, LevelData, Surface } from '../maps/level-data';
import { blocked, moveBody } from './collide';
import { IN_DOWN, IN_LEFT, IN_RIGHT, IN_RUN, IN_UP, type InputFrame } from './input';
import { DIAGONAL_Q8, RUN_SPEED, SUB, TILE_SUB, WALK_SPEED } from './units';
import type { TileWorld } from './world';

/** Joe, the player: feet position in sub-pixels. */
export interface JoeState {
  x: number;
  y: number;
  facing: Facing;
  moving: boolean;
  running: boolean;
  /** ticks spent moving, for the walk cycle and footsteps */
  stepTicks: number;
}

export function createJoe(level: LevelData): JoeState {
  return {
    x: level.spawn.x * SUB,
    y: level.spawn.y * SUB,
    facing: level.spawn.facing,
    moving: false,
    running: false,
    stepTicks: 0,
  };
}

/** Ticks between footsteps, walking and running. */
export const STEP_EVERY = 18;
export const RUN_STEP_EVERY = 12;

function facingFor(input: InputFrame, current: Facing): Facing {
  const v: Facing | null = input & IN_UP ? 'up' : input & IN_DOWN ? 'down' : null;
  const h: Facing | null = input & IN_LEFT ? 'left' : input & IN_RIGHT ? 'right' : null;
  if (v && h) return current === v || current === h ? current : v;
  return v ?? h ?? current;
}

/** How far off a doorway's line Joe may be and still be guided into it, sub-pixels (6 px). */
export const CORNER_ASSIST = 6 * SUB;

/**
 * Blocked head-on by a corner: if the way is open a few pixels to one side, slide toward it, so
 * a doorway takes Joe in without pixel-perfect lining up. Nearest side first; left/up on a tie.
 */
function slideToOpening(world: TileWorld, joe: JoeState, dx: number, dy: number, speed: number): void {
  for (let off = SUB; off <= CORNER_ASSIST; off += SUB) {
    for (const side of [-1, 1]) {
      const px = dx === 0 ? side * off : 0;
      const py = dy === 0 ? side * off : 0;
      if (
        !blocked(world, joe.x + px, joe.y + py) &&
        !blocked(world, joe.x + px + dx * speed, joe.y + py + dy * speed)
      ) {
        moveBody(world, joe, Math.sign(px) * Math.min(speed, off), Math.sign(py) * Math.min(speed, off));
        return;
      }
    }
  }
}

/**
 * Moves Joe by one tick of input, sliding along walls. Opposite keys cancel.
 * Returns the surface of a footstep taken this tick, or null.
 */
export function stepJoe(
  world: TileWorld,
  joe: JoeState,
  input: InputFrame,
  surfaceAt: (tx: number, ty: number) => Surface,
): Surface | null {
  const dx = (input & IN_RIGHT ? 1 : 0) - (input & IN_LEFT ? 1 : 0);
  const dy = (input & IN_DOWN ? 1 : 0) - (input & IN_UP ? 1 : 0);
  joe.running = (input & IN_RUN) !== 0 && (dx !== 0 || dy !== 0);
  if (dx === 0 && dy === 0) {
    joe.moving = false;
    joe.stepTicks = 0;
    return null;
  }
  joe.facing = facingFor(input, joe.facing);
  let speed = joe.running ? RUN_SPEED : WALK_SPEED;
  if (dx !== 0 && dy !== 0) speed = (speed * DIAGONAL_Q8) >> 8;
  const x0 = joe.x;
  const y0 = joe.y;
  moveBody(world, joe, dx * speed, dy * speed);
  if (joe.x === x0 && joe.y === y0 && (dx === 0) !== (dy === 0)) slideToOpening(world, joe, dx, dy, speed);
  joe.moving = joe.x !== x0 || joe.y !== y0;
  if (!joe.moving) {
    joe.stepTicks = 0;
    return null;
  }
  joe.stepTicks++;
  const every = joe.running ? RUN_STEP_EVERY : STEP_EVERY;
  if (joe.stepTicks % every !== 1) return null;
  return surfaceAt(Math.floor(joe.x / TILE_SUB), Math.floor(joe.y / TILE_SUB));
}
