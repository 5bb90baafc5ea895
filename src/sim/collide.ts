import { ACTOR_HALF_H, ACTOR_HALF_W, TILE_SUB } from './units';
import type { TileWorld } from './world';

export interface Body {
  x: number;
  y: number;
}

function boxHitsSolid(world: TileWorld, x: number, y: number): boolean {
  const x0 = Math.floor((x - ACTOR_HALF_W) / TILE_SUB);
  const x1 = Math.floor((x + ACTOR_HALF_W - 1) / TILE_SUB);
  const y0 = Math.floor((y - ACTOR_HALF_H) / TILE_SUB);
  const y1 = Math.floor((y + ACTOR_HALF_H - 1) / TILE_SUB);
  for (let ty = y0; ty <= y1; ty++) for (let tx = x0; tx <= x1; tx++) if (world.solid(tx, ty)) return true;
  return false;
}

/** True when an actor's feet box centred at (x, y) sub-pixels overlaps a solid tile. */
export function blocked(world: TileWorld, x: number, y: number): boolean {
  return boxHitsSolid(world, x, y);
}

/**
 * Moves a body by (dx, dy) sub-pixels, one axis at a time so it slides along walls.
 * Steps at most a quarter tile per iteration so a fast move never tunnels through a wall.
 * Returns true when any part of the move was blocked.
 */
export function moveBody(world: TileWorld, body: Body, dx: number, dy: number): boolean {
  let hit = false;
  const step = TILE_SUB / 4;
  for (const axis of ['x', 'y'] as const) {
    let left = axis === 'x' ? dx : dy;
    while (left !== 0) {
      const d = Math.sign(left) * Math.min(Math.abs(left), step);
      const nx = axis === 'x' ? body.x + d : body.x;
      const ny = axis === 'y' ? body.y + d : body.y;
      if (!boxHitsSolid(world, nx, ny)) {
        body.x = nx;
        body.y = ny;
        left -= d;
        continue;
      }
      // Close the remaining gap to the wall one sub-pixel at a time.
      const unit = Math.sign(d);
      let moved = 0;
      while (moved !== d) {
        const tx = axis === 'x' ? body.x + unit : body.x;
        const ty = axis === 'y' ? body.y + unit : body.y;
        if (boxHitsSolid(world, tx, ty)) break;
        body.x = tx;
        body.y = ty;
        moved += unit;
      }
      hit = true;
      break;
    }
  }
  return hit;
}
