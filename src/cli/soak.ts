/**
 * npm run soak [-- --ticks N --seed S --level ID]: bots with seeded random inputs play every level in
 * src/speedrun/levels.ts for an hour of simulated ticks each (216000 by default), restarting when the
 * level ends, and check every game-state invariant after every tick. Prints ticks per second and the
 * heap before and after; exits 1 on any violation or exception.
 */
import { readdir, readFile } from 'node:fs/promises';
import { formatProblem, loadMap, type LoadedMap } from '../maps';
import {
  IN_DOWN,
  IN_INTERACT,
  IN_LEFT,
  IN_RIGHT,
  IN_RUN,
  IN_SKIP,
  IN_UP,
  type InputFrame,
} from '../sim/input';
import { LevelSim } from '../sim/level-sim';
import { findPath } from '../sim/path';
import { TICK_RATE, TILE_SUB, WALK_SPEED } from '../sim/units';
import { LEVELS } from '../speedrun/levels';
import { parseReplay } from '../speedrun/replay';
import { decodeInputs } from '../speedrun/rle';
import { GameState, StateError } from '../state/game-state';
import { randomInt, seedRng, type RngState } from '../state/rng';
import { readRepoFile } from './node-files';
import { runMain } from './run-main';

/** One hour of play. */
export const HOUR_TICKS = 60 * 60 * TICK_RATE;

const DIRS = [
  0,
  IN_UP,
  IN_DOWN,
  IN_LEFT,
  IN_RIGHT,
  IN_UP | IN_LEFT,
  IN_UP | IN_RIGHT,
  IN_DOWN | IN_LEFT,
  IN_DOWN | IN_RIGHT,
] as const;

/**
 * A player with no plan, and one with a wandering plan: spans of random held directions (up to two
 * seconds), and spans of walking to a random tile of the map by the shortest way, opening doors on
 * the way, so the soak reaches guards, restricted rooms and exits. Runs in random stretches, presses
 * Interact now and then (people, dialogue) and rarely Skip. Its generator is its own, not the game's.
 */
export class RandomWalker {
  private readonly rng: RngState;
  private dir = 0;
  private left = 0;
  private target: { x: number; y: number } | null = null;
  private running = false;
  private runLeft = 0;

  constructor(seed: number) {
    this.rng = seedRng(seed >>> 0);
  }

  /** A uniform integer in 0..n-1. */
  int(n: number): number {
    return randomInt(this.rng, n);
  }

  next(sim: LevelSim): InputFrame {
    if (this.left <= 0) {
      this.left = 1 + this.int(this.int(2) === 0 ? 120 : 600);
      this.dir = DIRS[this.int(DIRS.length)] ?? 0;
      const { width, height } = sim.level;
      this.target = this.int(2) === 0 ? { x: this.int(width), y: this.int(height) } : null;
    }
    this.left--;
    if (this.runLeft <= 0) {
      this.running = this.int(3) === 0;
      this.runLeft = 1 + this.int(240);
    }
    this.runLeft--;
    const roll = this.int(200);
    const edge = roll < 6 ? IN_INTERACT : roll === 6 ? IN_SKIP : 0;
    const dir = this.target ? this.toward(sim, this.target) : this.dir;
    return dir | (this.running ? IN_RUN : 0) | edge;
  }

  /** The key toward the next tile on the shortest way to `t` (Interact at a shut door); 0 when lost. */
  private toward(sim: LevelSim, t: { x: number; y: number }): InputFrame {
    const jx = Math.floor(sim.joe.x / TILE_SUB);
    const jy = Math.floor(sim.joe.y / TILE_SUB);
    const door = (x: number, y: number) => sim.world.doorAt(x, y) >= 0;
    const next = findPath(sim.world, jx, jy, t.x, t.y, 2048, door)?.[0];
    if (!next) {
      this.target = null;
      return 0;
    }
    if (door(next.x, next.y) && !sim.doorsOpen[sim.world.doorAt(next.x, next.y)] && this.int(4) === 0)
      return IN_INTERACT;
    const dx = next.x * TILE_SUB + TILE_SUB / 2 - sim.joe.x;
    const dy = next.y * TILE_SUB + TILE_SUB / 2 - sim.joe.y;
    const h = dx > 0 ? IN_RIGHT : IN_LEFT;
    const v = dy > 0 ? IN_DOWN : IN_UP;
    // square up on the other axis first, or the feet box catches the corner
    if (Math.abs(dx) >= Math.abs(dy)) return Math.abs(dy) >= WALK_SPEED ? v : h;
    return Math.abs(dx) >= WALK_SPEED ? h : v;
  }
}

/**
 * Every rule of the game state, through the service's own validator: the schema (suspicion 0..100,
 * lever positions, ids, bounds) and the invariants (ledger ordered with from <= to, lever fields in
 * agreement, flags sorted and unique). Returns the broken rule, or null.
 */
export function stateViolation(state: GameState): string | null {
  try {
    GameState.fromJSON(state.toJSON());
    return null;
  } catch (e) {
    if (e instanceof StateError) return e.message;
    throw e;
  }
}

/** A recorded way through a level (a golden replay's inputs) and the game seed it was made on. */
export interface SoakRoute {
  seed: number;
  frames: InputFrame[];
}

export interface SoakOptions {
  ticks: number;
  seed: number;
  /** a third of attempts follow one of these for a while (to the end, half the time) before wandering */
  routes?: readonly SoakRoute[];
  /** stop after this many violations (each one restarts the level) */
  maxViolations?: number;
}

export interface SoakReport {
  level: string;
  ticks: number;
  attempts: number;
  complete: number;
  caught: number;
  /** attempts lost to the machine shop's moment passing */
  missed: number;
  /** the longest alibi ledger seen, entries */
  maxLedger: number;
  violations: string[];
  ms: number;
}

/** Plays one level with a RandomWalker for `ticks` ticks, checking the state after each one. */
export function soakLevel(
  map: LoadedMap,
  { ticks, seed, routes = [], maxViolations = 10 }: SoakOptions,
): SoakReport {
  const walker = new RandomWalker(seed);
  const report: SoakReport = {
    level: map.level.id,
    ticks: 0,
    attempts: 0,
    complete: 0,
    caught: 0,
    missed: 0,
    maxLedger: 0,
    violations: [],
    ms: 0,
  };
  let attemptSeed = 0;
  let sim: LevelSim | null = null;
  let route: readonly InputFrame[] = [];
  let routeAt = 0;
  const restart = (): LevelSim => {
    // each attempt on its own game seed, so informers and draws vary across the soak
    attemptSeed = walker.int(0x7fffffff);
    const r = routes.length > 0 && walker.int(3) === 0 ? routes[walker.int(routes.length)] : undefined;
    route = r ? r.frames.slice(0, walker.int(2) === 0 ? r.frames.length : walker.int(r.frames.length)) : [];
    routeAt = 0;
    if (r) attemptSeed = r.seed;
    report.attempts++;
    return new LevelSim(map.level, GameState.create({ seed: attemptSeed }));
  };
  const fail = (tick: number, what: string): void => {
    report.violations.push(
      `${map.level.id}: attempt ${report.attempts} (game seed ${attemptSeed}), tick ${tick}: ${what}`,
    );
    sim = null;
  };
  const t0 = performance.now();
  while (report.ticks < ticks && report.violations.length < maxViolations) {
    if (!sim || sim.outcome !== 'playing') sim = restart();
    const before = sim.tick;
    const input = route[routeAt++] ?? walker.next(sim);
    report.ticks++;
    try {
      sim.step(input);
    } catch (e) {
      fail(before + 1, `step(${input}) threw ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      continue;
    }
    if (sim.tick !== before + 1) fail(before + 1, `tick went from ${before} to ${sim.tick}`);
    else if (sim.state.tick !== sim.tick) fail(sim.tick, `state tick ${sim.state.tick} is not the level's`);
    else {
      const broken = stateViolation(sim.state);
      if (broken) fail(sim.tick, `game state invariant broken: ${broken}`);
    }
    if (!sim) continue;
    report.maxLedger = Math.max(report.maxLedger, sim.state.ledger.length);
    if (sim.outcome === 'complete') report.complete++;
    if (sim.outcome === 'caught') report.caught++;
    if (sim.outcome === 'missed') report.missed++;
  }
  report.ms = performance.now() - t0;
  return report;
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < 0) throw new Error(`--${name} must be a whole number`);
  return v;
}

/** The inputs of every golden replay of a level: attempts that follow them reach the exit. */
async function goldenRoutes(level: string): Promise<SoakRoute[]> {
  const dir = 'tests/golden';
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.replay.json'));
  const routes: SoakRoute[] = [];
  for (const f of files) {
    const replay = parseReplay(await readFile(`${dir}/${f}`, 'utf8'));
    if (replay.level === level && replay.start === null)
      routes.push({ seed: replay.seed, frames: decodeInputs(replay.inputs) });
  }
  return routes;
}

const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MB`;

function heap(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

async function main(): Promise<number> {
  const ticks = arg('ticks', HOUR_TICKS);
  const seed = arg('seed', 1947);
  const li = process.argv.indexOf('--level');
  const only = li >= 0 ? process.argv[li + 1] : undefined;
  const levels = LEVELS.filter((l) => only === undefined || l.id === only);
  if (levels.length === 0) throw new Error(`no level "${only}"`);
  if (!(globalThis as { gc?: unknown }).gc) console.log('(no --expose-gc: heap figures include garbage)');
  let failed = false;
  for (const entry of levels) {
    const loaded = await loadMap(entry.file, readRepoFile);
    if (!loaded.ok) {
      loaded.problems.forEach((p) => console.log(formatProblem(p)));
      failed = true;
      continue;
    }
    const routes = await goldenRoutes(entry.id);
    const heapBefore = heap();
    const r = soakLevel(loaded.map, { ticks, seed, routes });
    const heapAfter = heap();
    const perSec = r.ticks / (r.ms / 1000);
    console.log(
      `${r.level}: ${r.ticks} ticks (${(r.ticks / HOUR_TICKS).toFixed(2)} h of play) in ${(r.ms / 1000).toFixed(1)} s, ` +
        `${Math.round(perSec)} ticks/s checked (${Math.round(perSec / TICK_RATE)}x real time); ` +
        `${r.attempts} attempts (${r.complete} complete, ${r.caught} caught, ${r.missed} missed, ${routes.length} golden routes); ` +
        `longest ledger ${r.maxLedger}; ` +
        `heap ${mb(heapBefore)} -> ${mb(heapAfter)}`,
    );
    for (const v of r.violations) console.log(`VIOLATION ${v}`);
    failed ||= r.violations.length > 0;
  }
  console.log(failed ? 'soak: FAILED' : 'soak: ok');
  return failed ? 1 : 0;
}

runMain(import.meta.url, main);
