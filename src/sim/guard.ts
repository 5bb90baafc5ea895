import type { Facing, GuardData, PatrolData } from '../maps/level-data';
import { findPathKnown } from './path';
import { coneCos2, facingToward, inCone, lineOfSight } from './sight';
import { SUB, TILE, TILE_SUB } from './units';
import type { TileWorld } from './world';

export type GuardAlert = 'unaware' | 'suspicious' | 'alerted';
export type GuardMode = 'patrol' | 'wait' | 'look' | 'chase' | 'search' | 'return';

/** A guard's whole state: plain data so it hashes and snapshots. Positions in sub-pixels. */
export interface GuardState {
  id: number;
  key: string;
  x: number;
  y: number;
  facing: Facing;
  mode: GuardMode;
  alert: GuardAlert;
  /** 0-100: how sure he is that Joe is where he should not be */
  awareness: number;
  seesJoe: boolean;
  /** index of the route point he walks to; routeDir +1 or -1 along an open route */
  routeIndex: number;
  routeDir: number;
  waitLeft: number;
  /** where he last saw or heard Joe, sub-pixels; -1 when nowhere */
  lastX: number;
  lastY: number;
  path: { x: number; y: number }[];
}

/** Awareness marks: '?' from SUSPICIOUS_AT, '!' at 100; he calms below the lower marks. */
export const SUSPICIOUS_AT = 35;
export const ALERTED_AT = 100;
const CALM_ALERTED_BELOW = 50;
const CALM_SUSPICIOUS_BELOW = 10;
/** awareness a heard noise adds */
export const NOISE_AWARENESS = 25;

/** How suspect Joe looks: 'none' where he may be; 'odd' running where he may be (worth a look, no
 * more: awareness stops below '!'); 'restricted' somewhere he must not be. */
export type Suspect = 'none' | 'odd' | 'restricted';

/** Highest awareness an odd-looking but allowed Joe can raise: a long look, never a chase. */
export const ODD_AWARENESS_MAX = 60;

export interface GuardView {
  joeX: number;
  joeY: number;
  suspect: Suspect;
}

/**
 * A guard's name in the alibi ledger. Map object ids are per map, so the level id is part of it:
 * guard 5 of the cell block is not guard 5 of the yard.
 */
export function guardWitnessId(levelId: string, guardId: number): string {
  let ids = witnessIds.get(levelId);
  if (!ids) witnessIds.set(levelId, (ids = new Map()));
  let id = ids.get(guardId);
  if (id === undefined) ids.set(guardId, (id = `guard-${levelId}-${guardId}`));
  return id;
}
/** Names made already, by level and guard: each attempt at a level names its guards again, twice,
 * and a name made once is one string to search and hash, not a new one each time */
const witnessIds = new Map<string, Map<number, string>>();

export function createGuard(data: GuardData, levelId: string): GuardState {
  return {
    id: data.id,
    key: guardWitnessId(levelId, data.id),
    x: data.x * SUB,
    y: data.y * SUB,
    facing: data.facing,
    mode: 'patrol',
    alert: 'unaware',
    awareness: 0,
    seesJoe: false,
    routeIndex: 0,
    routeDir: 1,
    waitLeft: 0,
    lastX: -1,
    lastY: -1,
    path: [],
  };
}

/** Whether the guard can see the point (x, y) sub-pixels: in his cone and range, nothing opaque between. */
export function canSee(world: TileWorld, g: GuardState, data: GuardData, x: number, y: number): boolean {
  // most guards are far from the point: a whole pixel beyond his range on one axis is out of it
  const reach = data.visionRange * TILE_SUB + SUB;
  if (Math.abs(x - g.x) >= reach || Math.abs(y - g.y) >= reach) return false;
  const dx = Math.trunc((x - g.x) / SUB);
  const dy = Math.trunc((y - g.y) / SUB);
  if (!inCone(dx, dy, g.facing, data.visionRange * TILE, coneCos2(data.visionAngle))) return false;
  const t = TILE_SUB;
  return lineOfSight(world, Math.floor(g.x / t), Math.floor(g.y / t), Math.floor(x / t), Math.floor(y / t));
}

/** Calm: unaware with no awareness, on his route, waiting on it or at his post. */
export function isCalm(g: GuardState): boolean {
  return g.awareness === 0 && g.alert === 'unaware' && (g.mode === 'patrol' || g.mode === 'wait');
}

/**
 * The tick of a calm guard who does not see Joe, which is most guards most ticks: all stepGuard
 * comes to for him (no awareness to lose, the same alert), so nothing for the caller to report.
 */
export function calmTick(
  g: GuardState,
  data: GuardData,
  route: PatrolData | undefined,
  at: Float64Array,
): void {
  g.seesJoe = false;
  if (route) patrol(g, data, route, at);
  else if (g.mode === 'patrol') g.facing = data.facing;
}

/** Walks toward (tx, ty) by at most `speed` per axis; true once there. */
function walkTo(g: GuardState, tx: number, ty: number, speed: number): boolean {
  const dx = tx - g.x;
  const dy = ty - g.y;
  g.facing = facingToward(dx, dy, g.facing);
  g.x += Math.sign(dx) * Math.min(speed, Math.abs(dx));
  g.y += Math.sign(dy) * Math.min(speed, Math.abs(dy));
  return g.x === tx && g.y === ty;
}

/** Follows g.path tile by tile (tile centres); true once the path is walked. */
function followPath(g: GuardState, speed: number): boolean {
  const next = g.path[0];
  if (!next) return true;
  if (walkTo(g, next.x * TILE_SUB + TILE_SUB / 2, next.y * TILE_SUB + TILE_SUB / 2, speed)) g.path.shift();
  return g.path.length === 0;
}

function planPath(world: TileWorld, g: GuardState, x: number, y: number): void {
  const t = TILE_SUB;
  g.path =
    findPathKnown(world, Math.floor(g.x / t), Math.floor(g.y / t), Math.floor(x / t), Math.floor(y / t)) ??
    [];
}

/**
 * The route's points in sub-pixels, x then y for each, as patrol walks to them: worked out once per
 * route, so a guard's tick reads two numbers in a row, not a point object and its fields.
 */
export function routeTargets(route: PatrolData | undefined): Float64Array {
  return Float64Array.from(route?.points.flatMap((p) => [p.x * SUB, p.y * SUB]) ?? []);
}

/** `at` is routeTargets(route). */
function patrol(g: GuardState, data: GuardData, route: PatrolData | undefined, at: Float64Array): void {
  if (!route || at.length === 0) return;
  if (g.waitLeft > 0) {
    g.waitLeft--;
    g.mode = 'wait';
    return;
  }
  g.mode = 'patrol';
  const n = at.length >> 1;
  // the point he walks to, or the first when his index is off the route
  const k = g.routeIndex >= 0 && g.routeIndex < n ? g.routeIndex : 0;
  if (!walkTo(g, at[2 * k] as number, at[2 * k + 1] as number, data.speed)) return;
  g.waitLeft = route.waits[g.routeIndex] ?? 0;
  if (n === 1) return;
  if (route.loop) g.routeIndex = (g.routeIndex + 1) % n;
  else {
    if (g.routeIndex + g.routeDir < 0 || g.routeIndex + g.routeDir >= n) g.routeDir = -g.routeDir;
    g.routeIndex += g.routeDir;
  }
}

/** The alert a guard shows for his awareness, with hysteresis so markers do not flicker. */
function nextAlert(alert: GuardAlert, awareness: number): GuardAlert {
  if (awareness >= ALERTED_AT) return 'alerted';
  if (alert === 'alerted') return awareness < CALM_ALERTED_BELOW ? 'suspicious' : 'alerted';
  if (awareness >= SUSPICIOUS_AT) return 'suspicious';
  if (alert === 'suspicious' && awareness >= CALM_SUSPICIOUS_BELOW) return 'suspicious';
  return 'unaware';
}

/**
 * One tick of a guard: look, grow or lose awareness, then act on his alert.
 * Returns his alert before the tick, so the caller can report changes.
 */
export function stepGuard(
  world: TileWorld,
  g: GuardState,
  data: GuardData,
  route: PatrolData | undefined,
  view: GuardView,
  /** canSee for Joe this tick, when the caller has looked already */
  sees = canSee(world, g, data, view.joeX, view.joeY),
  at = routeTargets(route),
): GuardAlert {
  const before = g.alert;
  g.seesJoe = sees;
  if (g.seesJoe && view.suspect !== 'none') {
    // One point a tick at the far half of his sight, two at the near half: at least half a second
    // of '?' before '!', more than a second from afar.
    const distTiles = Math.floor(Math.max(Math.abs(view.joeX - g.x), Math.abs(view.joeY - g.y)) / TILE_SUB);
    const gain = distTiles * 2 > data.visionRange ? 1 : 2;
    const cap = view.suspect === 'odd' ? Math.max(g.awareness, ODD_AWARENESS_MAX) : ALERTED_AT;
    g.awareness = Math.min(cap, g.awareness + gain);
    g.lastX = view.joeX;
    g.lastY = view.joeY;
  } else if (g.awareness > 0) {
    // Out of his sight (or where he may be), Joe fades from his mind: a chase ends, a search ends.
    g.awareness--;
  }
  g.alert = nextAlert(g.alert, g.awareness);
  act(world, g, data, route, before, at);
  return before;
}

function act(
  world: TileWorld,
  g: GuardState,
  data: GuardData,
  route: PatrolData | undefined,
  before: GuardAlert,
  at: Float64Array,
) {
  if (g.alert === 'alerted') {
    if (g.seesJoe || before !== 'alerted' || g.mode !== 'chase') {
      if (g.mode !== 'chase' || g.seesJoe) planPath(world, g, g.lastX, g.lastY);
      g.mode = 'chase';
    }
    // Chasing: walk half again as fast to where Joe was last seen, then search the spot.
    // At the spot with no Joe in sight he searches it until his awareness drains below '!'.
    if (followPath(g, data.speed + (data.speed >> 1)) && !g.seesJoe) g.mode = 'search';
    return;
  }
  if (g.alert === 'suspicious') {
    // He stops and looks toward what caught his eye.
    g.mode = 'look';
    if (g.lastX >= 0) g.facing = facingToward(g.lastX - g.x, g.lastY - g.y, g.facing);
    return;
  }
  if (g.mode === 'look' || g.mode === 'chase' || g.mode === 'search') {
    g.mode = 'return';
    const p = route?.points[g.routeIndex];
    if (p) planPath(world, g, p.x * SUB, p.y * SUB);
    else planPath(world, g, data.x * SUB, data.y * SUB);
  }
  if (g.mode === 'return') {
    if (!followPath(g, data.speed)) return;
    if (!route) {
      if (walkTo(g, data.x * SUB, data.y * SUB, data.speed)) {
        g.facing = data.facing;
        g.mode = 'patrol';
      }
      return;
    }
    g.mode = 'patrol';
  }
  patrol(g, data, route, at);
  if (!route && g.mode === 'patrol') g.facing = data.facing;
}

/** A noise reaches the guard: at least suspicious, he turns to look toward it. */
export function hearNoise(g: GuardState, x: number, y: number): void {
  g.awareness = Math.min(ALERTED_AT - 1, Math.max(SUSPICIOUS_AT, g.awareness + NOISE_AWARENESS));
  g.lastX = x;
  g.lastY = y;
  g.alert = nextAlert(g.alert, g.awareness);
}
