import { CELL_OPAQUE, type Facing } from '../maps/level-data';
import type { TileWorld } from './world';

/** Unit vectors of the four facings. */
export const FACING_VEC: Record<Facing, { x: number; y: number }> = {
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
};

/**
 * cos^2 of half-angles 0, 5, 10 ... 90 degrees in 1/1024ths. A literal table, because Math.cos
 * may differ in its last bits between engines and a vision cone must not.
 */
const COS2_Q10 = [1024, 1016, 993, 955, 904, 841, 768, 687, 601, 512, 423, 337, 256, 183, 120, 69, 31, 8, 0];

/** The cone a guard really has: the map's angle in whole steps of 10 degrees, at most 180. */
export function effectiveConeAngle(fullAngleDeg: number): number {
  return Math.max(0, Math.min(180, Math.round(fullAngleDeg / 10) * 10));
}

/** cos^2 of half of a full cone angle in degrees (rounded to 10 degrees), in 1/1024ths. */
export function coneCos2(fullAngleDeg: number): number {
  return COS2_Q10[effectiveConeAngle(fullAngleDeg) / 10] ?? 0;
}

/**
 * Whether a point (dx, dy) pixels from the eye lies in a cone facing `facing`, within `range` pixels.
 * Integer geometry only: dot^2 >= cos^2 * |v|^2 with the dot positive.
 */
export function inCone(dx: number, dy: number, facing: Facing, range: number, cos2q10: number): boolean {
  const d2 = dx * dx + dy * dy;
  if (d2 > range * range) return false;
  if (d2 === 0) return true;
  // the facing's unit vector dotted in place (a lookup by name is slow in the guards' loop)
  const dot = facing === 'right' ? dx : facing === 'left' ? -dx : facing === 'down' ? dy : -dy;
  if (dot <= 0) return cos2q10 === 0 && dot === 0;
  return dot * dot * 1024 >= cos2q10 * d2;
}

/**
 * Line of sight between two tiles on the grid (Bresenham); opaque tiles between them block it.
 * The end tiles themselves never block (the eye and the target stand in them).
 */
export function lineOfSight(world: TileWorld, x0: number, y0: number, x1: number, y1: number): boolean {
  // the grid read straight, as world.opaque() reads it: off the map is opaque
  const { cells, width, height } = world;
  const dx = Math.abs(x1 - x0);
  const dy = -Math.abs(y1 - y0);
  const sx = x0 < x1 ? 1 : -1;
  const sy = y0 < y1 ? 1 : -1;
  let err = dx + dy;
  let x = x0;
  let y = y0;
  for (;;) {
    if (x === x1 && y === y1) return true;
    if (!(x === x0 && y === y0)) {
      if (x < 0 || y < 0 || x >= width || y >= height) return false;
      if (((cells[y * width + x] ?? 0) & CELL_OPAQUE) !== 0) return false;
    }
    const e2 = 2 * err;
    if (e2 >= dy) {
      err += dy;
      x += sx;
    }
    if (e2 <= dx) {
      err += dx;
      y += sy;
    }
  }
}

/** The facing that best points along (dx, dy); ties go to the vertical. */
export function facingToward(dx: number, dy: number, current: Facing): Facing {
  if (dx === 0 && dy === 0) return current;
  if (Math.abs(dx) > Math.abs(dy)) return dx > 0 ? 'right' : 'left';
  return dy > 0 ? 'down' : 'up';
}
