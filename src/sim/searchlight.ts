/**
 * Searchlights: beams that sweep between two bearings on a schedule from the map, faster as the
 * prison's alert rises. Integer geometry only: bearings in whole degrees, a literal sine table.
 */
import type { SearchlightData } from '../maps/level-data';
import type { AlertLevel } from '../state/types';
import { coneCos2, lineOfSight } from './sight';
import { TILE } from './units';
import type { TileWorld } from './world';

/** sin of 0..90 whole degrees in 1/1024ths (a literal: Math.sin may differ between engines). */
const SIN_Q10 = [
  0, 18, 36, 54, 71, 89, 107, 125, 143, 160, 178, 195, 213, 230, 248, 265, 282, 299, 316, 333, 350, 367, 384,
  400, 416, 433, 449, 465, 481, 496, 512, 527, 543, 558, 573, 587, 602, 616, 630, 644, 658, 672, 685, 698,
  711, 724, 737, 749, 761, 773, 784, 796, 807, 818, 828, 839, 849, 859, 868, 878, 887, 896, 904, 912, 920,
  928, 935, 943, 949, 956, 962, 968, 974, 979, 984, 989, 994, 998, 1002, 1005, 1008, 1011, 1014, 1016, 1018,
  1020, 1022, 1023, 1023, 1024, 1024,
];

/** Sweep speed by alert level, in quarters: calm 1x, watchful 1.25x, alert 1.5x, lockdown 2x. */
export const SWEEP_QUARTERS: Readonly<Record<AlertLevel, number>> = { 0: 4, 1: 5, 2: 6, 3: 8 };

/** sin and cos of a whole-degree bearing in 1/1024ths (0 = east, 90 = south on screen). */
export function bearingVec(deg: number): { x: number; y: number } {
  const a = ((deg % 360) + 360) % 360;
  const q = Math.floor(a / 90);
  const r = a % 90;
  const s = SIN_Q10[r] ?? 0;
  const c = SIN_Q10[90 - r] ?? 0;
  // rotate (cos r, sin r) by q quarter turns clockwise on screen (0 - v: never a -0 in a hash)
  if (q === 0) return { x: c, y: s };
  if (q === 1) return { x: 0 - s, y: c };
  if (q === 2) return { x: 0 - c, y: 0 - s };
  return { x: s, y: 0 - c };
}

/**
 * The beam's bearing, whole degrees, after `quarters` quarter-ticks of sweeping (4 per tick at alert
 * 0): a triangle wave from `from` to `to` and back over `period` ticks, starting `phase` ticks in.
 */
export function sweepAngle(light: SearchlightData, quarters: number): number {
  const cycle = light.period * 4;
  const u = (((quarters + light.phase * 4) % cycle) + cycle) % cycle;
  const half = light.period * 2;
  const tri = u <= half ? u : cycle - u;
  return light.from + Math.trunc(((light.to - light.from) * tri) / half);
}

/**
 * Whether the point (px, py) pixels is in the beam of `light` pointing at `bearing`: within its
 * range, inside its cone (dot^2 >= cos^2 * |v|^2, the dot positive), nothing opaque between.
 */
export function litBy(
  world: TileWorld,
  light: SearchlightData,
  bearing: number,
  px: number,
  py: number,
): boolean {
  const dx = px - light.x;
  const dy = py - light.y;
  const d2 = dx * dx + dy * dy;
  const range = light.range * TILE;
  if (d2 > range * range) return false;
  if (d2 > 0) {
    const v = bearingVec(bearing);
    const dot = dx * v.x + dy * v.y;
    if (dot <= 0 || dot * dot < coneCos2(light.width) * d2 * 1024) return false;
  }
  const t = TILE;
  return lineOfSight(
    world,
    Math.floor(light.x / t),
    Math.floor(light.y / t),
    Math.floor(px / t),
    Math.floor(py / t),
  );
}

/** Every searchlight's progress: quarter-ticks swept so far (plain data: hashed with the level). */
export interface SearchlightState {
  quarters: number[];
  /** the bearing each beam points at now, degrees */
  bearing: number[];
  /** which beams light Joe now */
  lit: boolean[];
}

export function createSearchlights(lights: readonly SearchlightData[]): SearchlightState {
  return {
    quarters: lights.map(() => 0),
    bearing: lights.map((l) => sweepAngle(l, 0)),
    lit: lights.map(() => false),
  };
}

/** One tick of sweeping at `alert`; returns how many beams light Joe at (px, py), or 0 when he is hidden. */
export function stepSearchlights(
  s: SearchlightState,
  lights: readonly SearchlightData[],
  world: TileWorld,
  alert: AlertLevel,
  px: number,
  py: number,
  visible: boolean,
): number {
  let count = 0;
  for (let i = 0; i < lights.length; i++) {
    const light = lights[i];
    if (!light) continue;
    const q = (s.quarters[i] ?? 0) + SWEEP_QUARTERS[alert];
    s.quarters[i] = q % (light.period * 4);
    const bearing = sweepAngle(light, s.quarters[i] ?? 0);
    s.bearing[i] = bearing;
    const lit = visible && litBy(world, light, bearing, px, py);
    s.lit[i] = lit;
    if (lit) count++;
  }
  return count;
}
