import type { ExitData, LevelData, Rect, ZoneData } from '../maps/level-data';
import { TILE_SUB } from './units';

/** Whether the point (x, y) pixels lies in the rectangle (right and bottom edges outside). */
export const contains = (r: Rect, x: number, y: number): boolean =>
  x >= r.x && y >= r.y && x < r.x + r.w && y < r.y + r.h;

/** The zone at (x, y) pixels: the first restricted zone there, else the first zone there, else null. */
export function zoneAt(zones: readonly ZoneData[], x: number, y: number): ZoneData | null {
  let first: ZoneData | null = null;
  for (const z of zones) {
    if (!contains(z.rect, x, y)) continue;
    if (z.kind === 'restricted') return z;
    first ??= z;
  }
  return first;
}

/** Index of the first exit whose rectangle holds (x, y) pixels, or -1. */
export function exitAt(exits: readonly ExitData[], x: number, y: number): number {
  for (let i = 0; i < exits.length; i++) if (contains((exits[i] as ExitData).rect, x, y)) return i;
  return -1;
}

/** Whether (x, y) sub-pixels is under the sky: its ground is wet stone or mud (rain, searchlights). */
export function outdoorsAt(
  level: Pick<LevelData, 'width' | 'surfaces' | 'surfaceAt'>,
  x: number,
  y: number,
): boolean {
  const surface =
    level.surfaces[level.surfaceAt[Math.floor(y / TILE_SUB) * level.width + Math.floor(x / TILE_SUB)] ?? 0];
  return surface === 'wet' || surface === 'mud';
}
