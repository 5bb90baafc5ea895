/**
 * How loud each ambience loop is, from the simulation's state: the searchlights' hum, the riot's crowd,
 * the rain. Pure, so every rule is tested without howler; the scene hook only asks, eases and plays.
 * Positions are pixels, distances pixels, levels 0-1 of the ambience channel.
 */
import type { CrowdData, LevelData, SearchlightData } from '../maps/level-data';
import type { CrowdState } from '../sim/crowd';
import type { SearchlightState } from '../sim/searchlight';
import { bearingVec } from '../sim/searchlight';
import { SURGE_TICKS } from '../sim/crowd';
import { SUB, TILE } from '../sim/units';

/** The hum when a beam is on Joe. */
export const HUM_LIT = 1;
/** The hum with Joe at the edge of a beam's axis, falling to nothing HUM_REACH_PX away from it. */
export const HUM_NEAR = 0.6;
export const HUM_REACH_PX = 8 * TILE;
/** Walls between Joe and the yard: the hum through them. */
export const HUM_INDOORS = 0.5;

/** Rain under a roof: heard on the windows, quieter. */
export const RAIN_INDOORS = 0.35;

/** The crowd with Joe far from every man of it, and the closeness at which it is loudest / faintest. */
export const CROWD_FAR = 0.35;
export const CROWD_NEAR_PX = 2 * TILE;
export const CROWD_FAR_PX = 20 * TILE;
/** Between surges the crowd draws breath. */
export const CROWD_LULL = 0.8;
/** The riot heard from a level that has no crowd of its own (the tower above the yard). */
export const CROWD_DISTANT = 0.2;

/** Pixels from (px, py) to the beam's axis: the segment from the light along `bearing` for its range. */
export function beamDistancePx(light: SearchlightData, bearing: number, px: number, py: number): number {
  const v = bearingVec(bearing);
  const ux = v.x / 1024;
  const uy = v.y / 1024;
  const len = light.range * TILE;
  const dx = px - light.x;
  const dy = py - light.y;
  const along = Math.max(0, Math.min(len, dx * ux + dy * uy));
  return Math.hypot(dx - ux * along, dy - uy * along);
}

/** The hum at `distancePx` from the nearest beam's axis, or with a beam on Joe. */
export function humAt(distancePx: number, lit: boolean): number {
  if (lit) return HUM_LIT;
  return HUM_NEAR * Math.max(0, 1 - distancePx / HUM_REACH_PX);
}

/** The searchlights' hum for Joe at (px, py): the nearest beam decides; walls halve it. */
export function humLevel(
  lights: readonly SearchlightData[],
  s: SearchlightState,
  px: number,
  py: number,
  outdoors: boolean,
): number {
  let level = 0;
  lights.forEach((light, i) => {
    const d = beamDistancePx(light, s.bearing[i] ?? light.from, px, py);
    level = Math.max(level, humAt(d, s.lit[i] === true));
  });
  return outdoors ? level : level * HUM_INDOORS;
}

/** Closeness 0-1 of Joe at (px, py) to the nearest man of an active crowd (null: no crowd is out). */
export function crowdCloseness(
  crowds: readonly CrowdData[],
  s: CrowdState,
  px: number,
  py: number,
): number | null {
  let best: number | null = null;
  crowds.forEach((c, ci) => {
    if (!s.active[ci]) return;
    const first = s.start[ci] ?? 0;
    for (let k = 0; k < c.count; k++) {
      const d = Math.hypot((s.x[first + k] ?? 0) / SUB - px, (s.y[first + k] ?? 0) / SUB - py);
      if (best === null || d < best) best = d;
    }
  });
  if (best === null) return null;
  return Math.max(0, Math.min(1, (CROWD_FAR_PX - best) / (CROWD_FAR_PX - CROWD_NEAR_PX)));
}

/**
 * The riot's roar: silent until a crowd is out, then from CROWD_FAR to full as Joe nears it, swelling
 * with each surge (the sim's SURGE_TICKS rhythm). A level with no crowd hears a riot going on (the
 * story's riot flag) far off. Nothing once the level is over.
 */
export function crowdLevel(
  level: Pick<LevelData, 'crowds'>,
  s: CrowdState | null,
  flags: { riot: boolean; playing: boolean },
  tick: number,
  px: number,
  py: number,
): number {
  if (!flags.playing) return 0;
  const crowds = level.crowds ?? [];
  if (crowds.length === 0 || !s) return flags.riot ? CROWD_DISTANT : 0;
  const close = crowdCloseness(crowds, s, px, py);
  if (close === null) return 0;
  const surge = tick % SURGE_TICKS < SURGE_TICKS / 3;
  return (CROWD_FAR + (1 - CROWD_FAR) * close) * (surge ? 1 : CROWD_LULL);
}

/** Rain where Joe stands: full outdoors, through the roof indoors, none on a dry level. */
export function rainLevel(rain: boolean, outdoors: boolean): number {
  if (!rain) return 0;
  return outdoors ? 1 : RAIN_INDOORS;
}

/**
 * Moves a loop's volume toward its target over `dtMs` of real time (exponential, time constant
 * `tauMs`), so a beam sweeping on or a crowd breaking out swells instead of jumping.
 */
export function ease(current: number, target: number, dtMs: number, tauMs: number): number {
  if (tauMs <= 0 || dtMs <= 0) return dtMs <= 0 ? current : target;
  const next = target + (current - target) * Math.exp(-dtMs / tauMs);
  return Math.abs(next - target) < 0.001 ? target : next;
}
