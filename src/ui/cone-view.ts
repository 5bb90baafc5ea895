import type Phaser from 'phaser';
import type { GuardData } from '../maps/level-data';
import type { GuardState } from '../sim/guard';
import { effectiveConeAngle, FACING_VEC } from '../sim/sight';
import type { TileWorld } from '../sim/world';
import { DANGER, LAMP, PAPER, WHITE } from './palette';
import { dropCollinear } from './flat-geometry';
import { FanMesh, LineMesh, type FlatLook } from './flat-mesh';
import { rayLength } from './rays';

/** The accessibility settings the cones follow. */
export interface ConeStyle {
  highContrastCones: boolean;
  colourBlindSafe: boolean;
}

const RAYS = 20;

/** One guard's cone as last cast: where he stood and faced, on which grid, and each ray's end. */
interface Cast {
  /** his eye, to the whole pixel (where pixel art draws his sprite) */
  x: number;
  y: number;
  facing: string;
  world: TileWorld | null;
  version: number;
  /** x, y of each ray's end, pixels */
  rays: Float32Array;
  /** the ends the outline needs: of a row of ends along one wall, only the first and last */
  ends: Float32Array;
  /** how many of `ends` are set */
  count: number;
  /** how many times it has been cast: a drawing of the same cast need not be drawn again */
  casts: number;
}

/**
 * Each guard's cone remembered until he moves or turns or a door changes the grid: when one guard
 * walks, the others' cones are drawn again without casting their 21 rays again.
 */
export class ConeCasts {
  private readonly casts: Cast[] = [];

  /** Guard i's cone, cast again only if something it depends on changed. */
  cone(i: number, world: TileWorld, guard: GuardState, data: GuardData): Readonly<Cast> {
    let c = this.casts[i];
    if (!c) {
      const [rays, ends] = [new Float32Array(2 * (RAYS + 1)), new Float32Array(2 * (RAYS + 1))];
      c = { x: NaN, y: 0, facing: '', world: null, version: -1, rays, ends, count: 0, casts: 0 };
      this.casts[i] = c;
    }
    if (
      c.x !== Math.round(guard.x / 16) ||
      c.y !== Math.round(guard.y / 16) ||
      c.facing !== guard.facing ||
      c.world !== world ||
      c.version !== world.version
    ) {
      castRays(world, Math.round(guard.x / 16), Math.round(guard.y / 16), guard, data, c.rays);
      c.count = dropCollinear(c.rays, c.ends);
      c.casts++;
      c.x = Math.round(guard.x / 16);
      c.y = Math.round(guard.y / 16);
      c.facing = guard.facing;
      c.world = world;
      c.version = world.version;
    }
    return c;
  }
}

/** Casts the cone's rays from the guard's eye until each meets a wall or its range, into `ends`. */
function castRays(
  world: TileWorld,
  ox: number,
  oy: number,
  guard: GuardState,
  d: GuardData,
  ends: Float32Array,
): void {
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

/** One guard's cone on screen: the lit fill, its edge, and the colour-blind spokes. */
interface ConeShapes {
  fill: FanMesh;
  edge: LineMesh;
  spokes: LineMesh;
  /** halfway along the middle ray: a point surely inside the cone */
  inside: { x: number; y: number };
  /** what the meshes show now: which cast, in what colours (one guard walking redraws only his) */
  drawn: string;
}

/** One guard's cone as drawn, for the page probe. */
export interface ConeLook {
  eye: { x: number; y: number };
  /** halfway along the middle ray, level pixels: a point inside the cone */
  inside: { x: number; y: number };
  ends: number;
  fill: FlatLook;
  edge: FlatLook;
  /** the colour-blind-safe spokes of an alerted cone */
  spokes: FlatLook;
}

/** Every third ray, eye to end, rules an alerted cone for the colour-blind-safe setting. */
const SPOKE_EVERY = 3;
const SPOKES = Math.ceil((RAYS + 1) / SPOKE_EVERY);

/**
 * Draws each guard's vision cone clipped by walls, so what decides detection is on screen.
 * Presentation only: the simulation's own integer test decides; this casts rays to show it.
 * Meshes, not a Graphics: see flat-mesh.ts.
 */
export class ConeView {
  private readonly shapes: ConeShapes[] = [];

  constructor(scene: Phaser.Scene, guards: number, depth: number) {
    for (let i = 0; i < guards; i++) {
      // made in drawing order (fill, edge, spokes): at one depth the display list keeps it
      const shape = {
        fill: new FanMesh(scene, RAYS + 1),
        edge: new LineMesh(scene, RAYS + 2),
        spokes: new LineMesh(scene, SPOKES),
        inside: { x: 0, y: 0 },
        drawn: '',
      };
      for (const m of [shape.fill.mesh, shape.edge.mesh, shape.spokes.mesh]) m.setDepth(depth);
      this.shapes.push(shape);
    }
  }

  /** Each guard's cone as drawn: the fill's eye and far points, the fill and the edge. */
  describe(): ConeLook[] {
    return this.shapes.map((s) => ({
      eye: s.fill.eye(),
      inside: { ...s.inside },
      ends: s.fill.ends,
      fill: s.fill.look(),
      edge: s.edge.look(),
      spokes: s.spokes.look(),
    }));
  }

  draw(
    world: TileWorld,
    guards: readonly GuardState[],
    data: readonly GuardData[],
    style: ConeStyle | undefined,
    /** whose cone to show (absent: all); the others are hidden, and not cast */
    wanted: readonly boolean[] | undefined,
    casts: ConeCasts,
  ): void {
    this.shapes.forEach((shape, i) => {
      const guard = guards[i];
      const d = data[i];
      const shown = guard !== undefined && d !== undefined && wanted?.[i] !== false;
      shape.fill.mesh.setVisible(shown);
      shape.edge.mesh.setVisible(shown);
      shape.spokes.mesh.setVisible(shown && style?.colourBlindSafe === true && guard.alert === 'alerted');
      if (!shown) return;
      const cone = casts.cone(i, world, guard, d);
      const drawn = `${cone.casts} ${guard.alert} ${style?.highContrastCones} ${shape.spokes.mesh.visible}`;
      if (drawn === shape.drawn) return;
      shape.drawn = drawn;
      drawCone(shape, guard, cone, style);
    });
  }
}

function drawCone(shape: ConeShapes, guard: GuardState, cone: Readonly<Cast>, style?: ConeStyle): void {
  const { rays, ends, count } = cone;
  // the eye where the guard's sprite is drawn (pixel art: whole pixels); a guard walking half a
  // pixel a tick casts his cone every other tick
  const ox = cone.x;
  const oy = cone.y;
  const colour = guard.alert === 'alerted' ? DANGER : guard.alert === 'suspicious' ? LAMP : PAPER;
  const alpha = guard.alert === 'unaware' ? 0.1 : 0.2;
  // high contrast: a denser fill and a bright, solid edge that reads on any floor
  const strong = style?.highContrastCones === true;
  shape.fill.set(ox, oy, ends, count);
  shape.inside.x = (ox + (rays[RAYS] ?? ox)) / 2;
  shape.inside.y = (oy + (rays[RAYS + 1] ?? oy)) / 2;
  shape.fill.colour(colour, strong ? alpha * 2.2 : alpha);
  // the edge all round: eye, each ray's end in turn, back to the eye
  const width = strong ? 2 : 1;
  const edge = shape.edge.begin();
  let px = ox;
  let py = oy;
  for (let r = 0; r < count; r++) {
    const x = ends[2 * r] ?? ox;
    const y = ends[2 * r + 1] ?? oy;
    edge.line(px, py, x, y, width);
    px = x;
    py = y;
  }
  edge.line(px, py, ox, oy, width);
  edge.end();
  shape.edge.colour(strong ? WHITE : colour, strong ? 0.9 : alpha * 2);
  // colour-blind safe: an alerted cone is also ruled with spokes, a shape not only a colour
  if (shape.spokes.mesh.visible) {
    const spokes = shape.spokes.begin();
    for (let r = 0; r <= RAYS; r += SPOKE_EVERY)
      spokes.line(ox, oy, rays[2 * r] ?? ox, rays[2 * r + 1] ?? oy, 1);
    spokes.end();
    shape.spokes.colour(WHITE, 0.6);
  }
}

/**
 * What the cones show, as numbers: each guard's place, facing, alert and whether shown, the doors (which
 * block sight) and the style. Cones are redrawn only when it changes: a guard standing his post
 * casts the same cone frame after frame.
 */
export class ConeChange {
  private last: (number | string)[] = [];
  private next: (number | string)[] = [];

  changed(
    guards: readonly GuardState[],
    shown: readonly boolean[],
    doorsOpen: readonly boolean[],
    style?: ConeStyle,
  ): boolean {
    const n = this.next;
    n.length = 0;
    for (let i = 0; i < guards.length; i++) {
      const g = guards[i];
      if (!g) continue;
      // a hidden cone is the same whatever its guard does: his walking out of view redraws nothing
      if (shown[i] === false) n.push(0, 0, '', '', 0);
      else n.push(Math.round(g.x / 16), Math.round(g.y / 16), g.facing, g.alert, 1);
    }
    for (const open of doorsOpen) n.push(open ? 1 : 0);
    n.push(style?.highContrastCones ? 1 : 0, style?.colourBlindSafe ? 1 : 0);
    const same = n.length === this.last.length && n.every((v, i) => v === this.last[i]);
    this.next = this.last;
    this.last = n;
    return !same;
  }
}
