import type { Facing } from '../maps/level-data';
import {
  IN_DOWN,
  IN_INTERACT,
  IN_LEFT,
  IN_RIGHT,
  IN_RUN,
  IN_SKIP,
  IN_UP,
  IN_USE,
  NO_INPUT,
  type InputFrame,
} from '../sim/input';
import type { LevelSim } from '../sim/level-sim';
import { findPath } from '../sim/path';
import { RUN_SPEED, TILE_SUB, WALK_SPEED } from '../sim/units';

/**
 * A route: what a player does, in steps a person can read and edit. The bot plays it on a live
 * simulation, so the inputs it records are exactly what a player pressing those keys would send.
 */
export type RouteStep =
  | { goto: [number, number] }
  | { talk: Facing }
  /** face that way and press Interact on a prop (or a door) without expecting a dialogue */
  | { use: Facing }
  | { wait: number }
  /** stand still until a story flag is set (dialogues that start meanwhile are read through) */
  | { waitFor: string }
  /** from here on, hold Run while walking (or stop) */
  | { run: boolean }
  /** from here on, skip dialogues with X instead of reading each line (or stop) */
  | { skip: boolean }
  /** turn to face a way (a lever, a wall) without walking anywhere */
  | { face: Facing }
  /** hold Interact down for this many ticks (0: until the level ends), as on a lever */
  | { hold: number };

export interface Route {
  level: string;
  /** what this route shows, e.g. "the long way round the yard" */
  note: string;
  /** the map's named practice start (startVariants) it begins from; absent = the level's own start */
  start?: string;
  steps: RouteStep[];
  /** how the route ends (default: "caught" when its file name says so, else "complete") */
  outcome?: 'complete' | 'caught' | 'missed';
  /** story flags set at the end: what the route proves (e.g. the alibi's verdict) */
  flags?: string[];
}

const DIR_BITS: Record<Facing, number> = { up: IN_UP, down: IN_DOWN, left: IN_LEFT, right: IN_RIGHT };

export class RouteError extends Error {}

/** Plays a route on `sim` from its current tick; returns every input frame it sent. */
export function playRoute(sim: LevelSim, steps: RouteStep[], maxTicks = 60 * 60 * 30): InputFrame[] {
  const frames: InputFrame[] = [];
  let lastDialogueFrame: InputFrame = NO_INPUT;
  const mode = { run: false, skip: false };
  const press = (frame: InputFrame): void => {
    if (sim.outcome !== 'playing') return;
    if (frames.length >= maxTicks) throw new RouteError(`route ran over ${maxTicks} ticks`);
    // In dialogue, tap Interact every other tick to read each line (or Skip to skip it).
    if (sim.dialogue) {
      const tap = mode.skip ? IN_SKIP : IN_INTERACT;
      frame = lastDialogueFrame === tap ? NO_INPUT : tap;
      lastDialogueFrame = frame;
    }
    frames.push(frame);
    sim.step(frame);
  };
  const settle = (): void => {
    while (sim.dialogue && sim.outcome === 'playing') press(NO_INPUT);
  };
  for (const [i, step] of steps.entries()) {
    if (sim.outcome !== 'playing') break;
    if ('wait' in step) for (let t = 0; t < step.wait; t++) press(NO_INPUT);
    else if ('waitFor' in step)
      while (!sim.state.hasFlag(step.waitFor) && sim.outcome === 'playing') press(NO_INPUT);
    else if ('run' in step) mode.run = step.run;
    else if ('skip' in step) mode.skip = step.skip;
    else if ('face' in step) press(DIR_BITS[step.face]);
    else if ('hold' in step) {
      // a key going down sends the press and the held bit together, then the held bit alone
      for (let t = 0; sim.outcome === 'playing' && (step.hold === 0 || t < step.hold); t++)
        press(t === 0 ? IN_INTERACT | IN_USE : IN_USE);
    } else if ('goto' in step) walkTo(sim, step.goto[0], step.goto[1], press, `step ${i}`, mode.run);
    else if ('use' in step) {
      for (let t = 0; t < 4; t++) press(DIR_BITS[step.use]);
      press(NO_INPUT);
      press(IN_INTERACT);
    } else {
      for (let t = 0; t < 4; t++) press(DIR_BITS[step.talk]);
      press(NO_INPUT);
      press(IN_INTERACT);
      if (!sim.dialogue)
        throw new RouteError(`step ${i}: nobody to talk to facing ${step.talk} at tick ${sim.tick}`);
    }
    settle();
  }
  return frames;
}

function walkTo(
  sim: LevelSim,
  tx: number,
  ty: number,
  press: (f: InputFrame) => void,
  where: string,
  run: boolean,
): void {
  // Running covers 28 sub-pixels a tick, so "there" is looser; squaring up is done at a walk.
  const near = run ? RUN_SPEED : WALK_SPEED;
  const doors = new Set(sim.level.doors.map((d) => `${d.tx},${d.ty}`));
  const isDoor = (x: number, y: number) => doors.has(`${x},${y}`);
  let still = 0;
  for (;;) {
    if (sim.outcome !== 'playing') return;
    const jx = Math.floor(sim.joe.x / TILE_SUB);
    const jy = Math.floor(sim.joe.y / TILE_SUB);
    const path = findPath(sim.world, jx, jy, tx, ty, 8192, isDoor);
    if (!path) throw new RouteError(`${where}: no path from (${jx},${jy}) to (${tx},${ty})`);
    const next = path[0] ?? { x: tx, y: ty };
    const dx = next.x * TILE_SUB + TILE_SUB / 2 - sim.joe.x;
    const dy = next.y * TILE_SUB + TILE_SUB / 2 - sim.joe.y;
    if (path.length === 0 && Math.abs(dx) < WALK_SPEED && Math.abs(dy) < WALK_SPEED) return;
    const toward = (limit: number): Facing | null =>
      Math.abs(dx) >= limit
        ? dx > 0
          ? 'right'
          : 'left'
        : Math.abs(dy) >= limit
          ? dy > 0
            ? 'down'
            : 'up'
          : null;
    // Run while far; the last few sub-pixels at a walk, so running never overshoots forever.
    const runNow = run && toward(near) !== null;
    const dir = toward(runNow ? near : WALK_SPEED);
    if (!dir) continue;
    // Square up in the current tile before turning a corner or opening a door, so the feet box
    // never clips the wall beside the way ahead.
    const cx = jx * TILE_SUB + TILE_SUB / 2 - sim.joe.x;
    const cy = jy * TILE_SUB + TILE_SUB / 2 - sim.joe.y;
    const horizontal = dir === 'left' || dir === 'right';
    if (horizontal ? Math.abs(cy) >= WALK_SPEED : Math.abs(cx) >= WALK_SPEED) {
      press(DIR_BITS[horizontal ? (cy > 0 ? 'down' : 'up') : cx > 0 ? 'right' : 'left']);
      continue;
    }
    const door = sim.world.doorAt(next.x, next.y);
    if (door >= 0 && !sim.doorsOpen[door] && (next.x !== jx || next.y !== jy)) {
      if (Math.abs(cx) >= WALK_SPEED || Math.abs(cy) >= WALK_SPEED) {
        press(DIR_BITS[Math.abs(cx) >= WALK_SPEED ? (cx > 0 ? 'right' : 'left') : cy > 0 ? 'down' : 'up']);
        continue;
      }
      press(DIR_BITS[dir]);
      press(IN_INTERACT);
      if (!sim.doorsOpen[door])
        throw new RouteError(`${where}: the door at (${next.x},${next.y}) will not open at tick ${sim.tick}`);
      continue;
    }
    const x0 = sim.joe.x;
    const y0 = sim.joe.y;
    press(DIR_BITS[dir] | (runNow ? IN_RUN : 0));
    // stairs or a ladder took him to another floor: this leg of the route is walked
    if (Math.abs(sim.joe.x - x0) > TILE_SUB || Math.abs(sim.joe.y - y0) > TILE_SUB) return;
    still = sim.joe.x === x0 && sim.joe.y === y0 && !sim.dialogue ? still + 1 : 0;
    if (still > 30)
      throw new RouteError(`${where}: Joe is stuck at (${jx},${jy}) heading ${dir} at tick ${sim.tick}`);
  }
}
