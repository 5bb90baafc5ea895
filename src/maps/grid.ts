/** The tile grid the simulation walks: cell bits, surfaces, line walks and reachability. */
import type { GidTable } from './gids.ts';
import { CELL_SOLID } from './level-data.ts';
import type { Rect, Surface } from './level-data.ts';
import type { ResolvedTileLayer } from './tiled-types.ts';

export interface Cells {
  cells: number[];
  surfaceAt: number[];
  surfaces: Surface[];
}

/**
 * Cell bits are OR-ed over every tile layer; a cell's surface is that of the topmost tile that sets one,
 * else `fallback`. `surfaces` lists the surfaces used in order of first use, scanning rows top to bottom.
 */
export function computeCells(
  layers: readonly ResolvedTileLayer[],
  gids: GidTable,
  width: number,
  height: number,
  fallback: Surface,
): Cells {
  const size = width * height;
  const cells = new Array<number>(size).fill(0);
  const surfaceAt = new Array<number>(size).fill(0);
  const surfaces: Surface[] = [];
  for (let i = 0; i < size; i += 1) {
    let bits = 0;
    let surface: Surface | undefined;
    for (let l = layers.length - 1; l >= 0; l -= 1) {
      const info = gids.info(layers[l]?.data[i] ?? 0);
      bits |= info.bits;
      surface ??= info.surface;
    }
    cells[i] = bits;
    const s = surface ?? fallback;
    let index = surfaces.indexOf(s);
    if (index < 0) index = surfaces.push(s) - 1;
    surfaceAt[i] = index;
  }
  return { cells, surfaceAt, surfaces };
}

/**
 * Tiles a straight segment between two pixel points passes through, in order, start and end included.
 * Integer arithmetic only; where the segment passes exactly through a tile corner it steps diagonally.
 */
export function segmentTiles(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  tileSize: number,
): [number, number][] {
  let tx = Math.floor(ax / tileSize);
  let ty = Math.floor(ay / tileSize);
  const ex = Math.floor(bx / tileSize);
  const ey = Math.floor(by / tileSize);
  const dx = bx - ax;
  const dy = by - ay;
  const sx = Math.sign(dx);
  const sy = Math.sign(dy);
  const out: [number, number][] = [[tx, ty]];
  const limit = Math.abs(ex - tx) + Math.abs(ey - ty);
  for (let step = 0; step < limit && (tx !== ex || ty !== ey); step += 1) {
    // distance to the next vertical / horizontal tile boundary, compared as fractions of the segment
    const nextX = sx > 0 ? (tx + 1) * tileSize : tx * tileSize;
    const nextY = sy > 0 ? (ty + 1) * tileSize : ty * tileSize;
    const tX = sx === 0 ? Infinity : Math.abs(nextX - ax) * Math.abs(dy);
    const tY = sy === 0 ? Infinity : Math.abs(nextY - ay) * Math.abs(dx);
    const crossX = sx !== 0 && (sy === 0 || tX <= tY);
    const crossY = sy !== 0 && (sx === 0 || tY <= tX);
    if (crossX) tx += sx;
    if (crossY) ty += sy;
    out.push([tx, ty]);
  }
  return out;
}

/** Tiles a pixel rectangle overlaps, clipped to the map (a zero-size rect covers the tile it sits in). */
export function rectTiles(rect: Rect, tileSize: number, width: number, height: number): number[] {
  const x0 = Math.max(0, Math.floor(rect.x / tileSize));
  const y0 = Math.max(0, Math.floor(rect.y / tileSize));
  const x1 = Math.min(width - 1, Math.max(x0, Math.ceil((rect.x + rect.w) / tileSize) - 1));
  const y1 = Math.min(height - 1, Math.max(y0, Math.ceil((rect.y + rect.h) / tileSize) - 1));
  const out: number[] = [];
  for (let y = y0; y <= y1; y += 1) for (let x = x0; x <= x1; x += 1) out.push(y * width + x);
  return out;
}

/** Breadth-first walk over 4-connected passable tiles from a start tile; true where reached. */
export function reachable(
  start: number,
  width: number,
  height: number,
  passable: (tile: number) => boolean,
): boolean[] {
  const seen = new Array<boolean>(width * height).fill(false);
  if (start < 0 || start >= width * height || !passable(start)) return seen;
  const queue = [start];
  seen[start] = true;
  for (let head = 0; head < queue.length; head += 1) {
    const tile = queue[head] ?? 0;
    const x = tile % width;
    const next = [x > 0 ? tile - 1 : -1, x < width - 1 ? tile + 1 : -1, tile - width, tile + width];
    for (const n of next) {
      if (n < 0 || n >= width * height || seen[n] || !passable(n)) continue;
      seen[n] = true;
      queue.push(n);
    }
  }
  return seen;
}

export function isSolid(cells: readonly number[], tile: number): boolean {
  return ((cells[tile] ?? 0) & CELL_SOLID) !== 0;
}
