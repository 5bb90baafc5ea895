/**
 * The riot's crowds: dozens of men milling and surging in rectangles from the map. Cheap on purpose:
 * flat integer arrays allocated once, straight-line steering, targets from an integer hash (no draw
 * from the run's generator, so the crowd never shifts the informer or any later random number).
 */
import type { CrowdData } from '../maps/level-data';
import { SUB } from './units';

/** Every crowd's men, flattened: man k of crowd c is at index start[c] + k. Sub-pixels. */
export interface CrowdState {
  /** whether each crowd has broken out yet */
  active: boolean[];
  start: number[];
  x: number[];
  y: number[];
  tx: number[];
  ty: number[];
  /** targets each man has had: the input of his next target's hash */
  legs: number[];
}

/** How close (per axis, pixels) two men must stand to Joe for the crowd to hide him. */
export const HIDE_PX = 20;
/** Men that must stand that close. */
export const HIDE_MEN = 2;
/** Every SURGE_TICKS ticks the crowd surges toward one point of its rectangle. */
export const SURGE_TICKS = 240;

/** A 32-bit integer hash (lowbias32): deterministic in every engine. */
export function mix(a: number, b: number): number {
  let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d) >>> 0;
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

export function createCrowds(crowds: readonly CrowdData[]): CrowdState {
  const s: CrowdState = { active: [], start: [], x: [], y: [], tx: [], ty: [], legs: [] };
  let n = 0;
  for (const c of crowds) {
    s.active.push(false);
    s.start.push(n);
    for (let k = 0; k < c.count; k++) {
      pointIn(c, c.id, n, 0);
      s.x.push(SCRATCH.x);
      s.y.push(SCRATCH.y);
      s.tx.push(SCRATCH.x);
      s.ty.push(SCRATCH.y);
      s.legs.push(0);
      n++;
    }
  }
  return s;
}

/** Where pointIn writes: one reused point, so a tick of the crowd allocates nothing. */
const SCRATCH = { x: 0, y: 0 };

/** A point of the crowd's rectangle (inset by half a tile), sub-pixels, chosen by hash, into SCRATCH. */
function pointIn(c: CrowdData, salt: number, man: number, leg: number): void {
  const h = mix(salt * 1009 + man, leg);
  const w = Math.max(1, c.rect.w - 16);
  const hh = Math.max(1, c.rect.h - 16);
  SCRATCH.x = (c.rect.x + 8 + (h % w)) * SUB;
  SCRATCH.y = (c.rect.y + 8 + ((h >>> 16) % hh)) * SUB;
}

/**
 * One tick of every crowd. `isActive(c)` says whether crowd c is out (the riot). A man walks toward
 * his target; there, he takes another. In a surge (every SURGE_TICKS ticks, for a third of them)
 * targets are pulled toward a surge point, so the mass moves as one.
 */
export function stepCrowds(
  s: CrowdState,
  crowds: readonly CrowdData[],
  tick: number,
  isActive: (c: CrowdData) => boolean,
): void {
  for (let ci = 0; ci < crowds.length; ci++) {
    const c = crowds[ci];
    if (!c) continue;
    if (!s.active[ci]) {
      if (!isActive(c)) continue;
      s.active[ci] = true;
    }
    const surge = tick % SURGE_TICKS < SURGE_TICKS / 3;
    let spx = 0;
    let spy = 0;
    if (surge) {
      pointIn(c, c.id + 7, 0, Math.floor(tick / SURGE_TICKS));
      spx = SCRATCH.x;
      spy = SCRATCH.y;
    }
    const first = s.start[ci] ?? 0;
    for (let k = 0; k < c.count; k++) {
      const i = first + k;
      const x = s.x[i] ?? 0;
      const y = s.y[i] ?? 0;
      const tx = s.tx[i] ?? x;
      const ty = s.ty[i] ?? y;
      const dx = tx - x;
      const dy = ty - y;
      const speed = c.speed + (k % 3) * 2;
      if (Math.abs(dx) <= speed && Math.abs(dy) <= speed) {
        const leg = (s.legs[i] ?? 0) + 1;
        s.legs[i] = leg;
        pointIn(c, c.id, i, leg);
        // in a surge a man heads for halfway between his own point and the surge point
        s.tx[i] = surge ? (SCRATCH.x + spx) >> 1 : SCRATCH.x;
        s.ty[i] = surge ? (SCRATCH.y + spy) >> 1 : SCRATCH.y;
        continue;
      }
      s.x[i] = x + Math.sign(dx) * Math.min(speed, Math.abs(dx));
      s.y[i] = y + Math.sign(dy) * Math.min(speed, Math.abs(dy));
    }
  }
}

/** Whether Joe at (x, y) sub-pixels stands in the thick of an active crowd. */
export function hiddenInCrowd(s: CrowdState, crowds: readonly CrowdData[], x: number, y: number): boolean {
  const r = HIDE_PX * SUB;
  for (let ci = 0; ci < crowds.length; ci++) {
    const c = crowds[ci];
    if (!c || !s.active[ci]) continue;
    const first = s.start[ci] ?? 0;
    let near = 0;
    for (let k = 0; k < c.count; k++) {
      const i = first + k;
      if (Math.abs((s.x[i] ?? 0) - x) <= r && Math.abs((s.y[i] ?? 0) - y) <= r && ++near >= HIDE_MEN)
        return true;
    }
  }
  return false;
}
