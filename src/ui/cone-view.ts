import Phaser from 'phaser';
import type { GuardData } from '../maps/level-data';
import type { GuardState } from '../sim/guard';
import { effectiveConeAngle, FACING_VEC } from '../sim/sight';
import type { TileWorld } from '../sim/world';
import { DANGER, LAMP, PAPER, WHITE } from './palette';
import { rayLength } from './rays';

/** The accessibility settings the cones follow. */
export interface ConeStyle {
  highContrastCones: boolean;
  colourBlindSafe: boolean;
}

const RAYS = 20;

/** One guard's cone as last cast: where he stood and faced, on which grid, and each ray's end. */
interface Cast {
  x: number;
  y: number;
  facing: string;
  world: TileWorld | null;
  version: number;
  /** x, y of each ray's end, pixels */
  ends: Float32Array;
}

/**
 * Each guard's cone remembered until he moves or turns or a door changes the grid: when one guard
 * walks, the others' cones are drawn again without casting their 21 rays again.
 */
export class ConeCasts {
  private readonly casts: Cast[] = [];

  /** The ray ends of guard i's cone, cast again only if something it depends on changed. */
  ends(i: number, world: TileWorld, guard: GuardState, data: GuardData): Float32Array {
    let c = this.casts[i];
    if (!c) {
      c = { x: NaN, y: 0, facing: '', world: null, version: -1, ends: new Float32Array(2 * (RAYS + 1)) };
      this.casts[i] = c;
    }
    if (
      c.x !== guard.x ||
      c.y !== guard.y ||
      c.facing !== guard.facing ||
      c.world !== world ||
      c.version !== world.version
    ) {
      castRays(world, guard, data, c.ends);
      c.x = guard.x;
      c.y = guard.y;
      c.facing = guard.facing;
      c.world = world;
      c.version = world.version;
    }
    return c.ends;
  }
}

/** Casts the cone's rays from the guard's eye until each meets a wall or its range, into `ends`. */
function castRays(world: TileWorld, guard: GuardState, d: GuardData, ends: Float32Array): void {
  const ox = guard.x / 16;
  const oy = guard.y / 16;
  const f = FACING_VEC[guard.facing];
  const base = Math.atan2(f.y, f.x);
  // the cone the simulation really uses (whole 10-degree steps, at most 180), not the map's number
  const half = ((effectiveConeAngle(d.visionAngle) / 2) * Math.PI) / 180;
  const range = d.visionRange * 16;
  for (let r = 0; r <= RAYS; r++) {
    const a = base - half + (2 * half * r) / RAYS;
    const dx = Math.cos(a);
    const dy = Math.sin(a);
    const len = rayLength(world, ox, oy, dx, dy, 0, range);
    ends[2 * r] = ox + dx * len;
    ends[2 * r + 1] = oy + dy * len;
  }
}

/** One reused set of polygon points (the eye and a point per ray): no garbage per frame. */
const POINTS = Array.from({ length: RAYS + 2 }, () => new Phaser.Math.Vector2());

/**
 * Draws each guard's vision cone clipped by walls, so what decides detection is on screen.
 * Presentation only: the simulation's own integer test decides; this casts rays to show it.
 */
export function drawCones(
  g: Phaser.GameObjects.Graphics,
  world: TileWorld,
  guards: GuardState[],
  data: GuardData[],
  style?: ConeStyle,
  /** which guards are on duty (absent: all) */
  present?: readonly boolean[],
  casts: ConeCasts = new ConeCasts(),
): void {
  g.clear();
  guards.forEach((guard, i) => {
    const d = data[i];
    if (!d || present?.[i] === false) return;
    const ox = guard.x / 16;
    const oy = guard.y / 16;
    const colour = guard.alert === 'alerted' ? DANGER : guard.alert === 'suspicious' ? LAMP : PAPER;
    const alpha = guard.alert === 'unaware' ? 0.1 : 0.2;
    const points = POINTS;
    points[0]?.set(ox, oy);
    const ends = casts.ends(i, world, guard, d);
    for (let r = 0; r <= RAYS; r++) points[r + 1]?.set(ends[2 * r] ?? ox, ends[2 * r + 1] ?? oy);
    // high contrast: a denser fill and a bright, solid edge that reads on any floor
    const strong = style?.highContrastCones === true;
    g.fillStyle(colour, strong ? alpha * 2.2 : alpha);
    // one polygon (earcut in Phaser): measured a little cheaper than a fan of 20 triangles, which
    // costs a command and a batch call each
    g.fillPoints(points, true);
    g.lineStyle(strong ? 2 : 1, strong ? WHITE : colour, strong ? 0.9 : alpha * 2);
    g.strokePoints(points, true);
    // colour-blind safe: an alerted cone is also ruled with spokes, a shape not only a colour
    if (style?.colourBlindSafe && guard.alert === 'alerted') {
      g.lineStyle(1, WHITE, 0.6);
      for (let k = 1; k < points.length; k += 3) {
        const p = points[k];
        if (p) g.lineBetween(ox, oy, p.x, p.y);
      }
    }
  });
}

/**
 * What the cones show, as numbers: each guard's place, facing, alert and duty, the doors (which
 * block sight) and the style. Cones are redrawn only when it changes: a guard standing his post
 * casts the same cone frame after frame.
 */
export class ConeChange {
  private last: (number | string)[] = [];
  private next: (number | string)[] = [];

  changed(
    guards: readonly GuardState[],
    standing: readonly boolean[],
    doorsOpen: readonly boolean[],
    style?: ConeStyle,
  ): boolean {
    const n = this.next;
    n.length = 0;
    for (let i = 0; i < guards.length; i++) {
      const g = guards[i];
      if (!g) continue;
      n.push(g.x, g.y, g.facing, g.alert, standing[i] === false ? 0 : 1);
    }
    for (const open of doorsOpen) n.push(open ? 1 : 0);
    n.push(style?.highContrastCones ? 1 : 0, style?.colourBlindSafe ? 1 : 0);
    const same = n.length === this.last.length && n.every((v, i) => v === this.last[i]);
    this.next = this.last;
    this.last = n;
    return !same;
  }
}
