/** What a ray needs to know of the map: whether a tile stops sight (TileWorld has it). */
export interface SightGrid {
  opaque(tx: number, ty: number): boolean;
}

const TILE = 16;

/**
 * How far a ray from (ox, oy) pixels along the unit vector (dx, dy) goes, starting `from` pixels
 * out, before it enters a tile that stops sight, at most `range`. Walks the grid a tile boundary at
 * a time (Amanatides and Woo), so a long searchlight beam costs a dozen tile tests, not a hundred
 * samples, and ends on the wall itself. Drawing only: the simulation decides sight its own way.
 */
export function rayLength(
  grid: SightGrid,
  ox: number,
  oy: number,
  dx: number,
  dy: number,
  from: number,
  range: number,
): number {
  if (from >= range) return range;
  const x = ox + dx * from;
  const y = oy + dy * from;
  let tx = Math.floor(x / TILE);
  let ty = Math.floor(y / TILE);
  if (grid.opaque(tx, ty)) return from;
  const stepX = dx > 0 ? 1 : -1;
  const stepY = dy > 0 ? 1 : -1;
  // distance along the ray to the next vertical and horizontal tile edge, and between edges
  const deltaX = dx === 0 ? Infinity : Math.abs(TILE / dx);
  const deltaY = dy === 0 ? Infinity : Math.abs(TILE / dy);
  let nextX = dx === 0 ? Infinity : ((dx > 0 ? (tx + 1) * TILE : tx * TILE) - x) / dx;
  let nextY = dy === 0 ? Infinity : ((dy > 0 ? (ty + 1) * TILE : ty * TILE) - y) / dy;
  for (;;) {
    let t: number;
    if (nextX < nextY) {
      t = nextX;
      nextX += deltaX;
      tx += stepX;
    } else {
      t = nextY;
      nextY += deltaY;
      ty += stepY;
    }
    if (from + t >= range) return range;
    if (grid.opaque(tx, ty)) return from + t;
  }
}
