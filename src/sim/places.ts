import type { ExitData, Rect, ZoneData } from '../maps/level-data';

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
