import type Phaser from 'phaser';
import type { Facing } from '../maps/level-data';
import type { Hazards } from '../sim/hazards';
import type { LevelSim } from '../sim/level-sim';
import { SUB } from '../sim/units';
import { ACTOR_ROW, actorFrame, showFrame } from './actor-sprites';
import { DANGER, FOG, LAMP, WHITE } from './palette';
import { SHAPES_DEPTH, standAt } from './depth';
import { dropCollinear } from './flat-geometry';
import { ellipseTexture, FanMesh, LineMesh } from './flat-mesh';
import { rayLength } from './rays';

const RAYS = 16;
/** Each ray's end, x and y, reused every frame: no garbage while the beams sweep. */
const ENDS = new Float32Array(2 * (RAYS + 1));
/** The ends the beam's outline needs (of a row along one wall, the first and last): reused. */
const KEPT = new Float32Array(2 * (RAYS + 1));

/** One searchlight on screen: its beam, the beam's two edges, the pool where it lands, the lamp. */
interface BeamShapes {
  fill: FanMesh;
  edges: LineMesh;
  pool: Phaser.GameObjects.Image;
  lamp: Phaser.GameObjects.Image;
}

/**
 * Draws the yard's dangers from the simulation: searchlight beams (bright, wet light that turns the
 * danger red while it holds Joe where he must not be) and the riot's crowd. Holds no rules.
 */
export class HazardView {
  private readonly beams: BeamShapes[];
  private readonly men: Phaser.GameObjects.Image[] = [];

  constructor(
    scene: Phaser.Scene,
    private readonly hazards: Hazards,
    sim: LevelSim,
  ) {
    // Normal blend, not added light: an additive layer split the yard's one batch into three. Over
    // the yard's dark ground (about 0.18 grey) a light of colour c blended at alpha a' looks as bright
    // as added light at a when a' = a c / (c - 0.18): about 1.2 a for the pale lights, 2 a for the
    // danger red (its green and blue are near the ground's; it comes out a purer red).
    this.beams = (sim.level.searchlights ?? []).map(() => {
      const shapes = {
        fill: new FanMesh(scene, RAYS + 1),
        edges: new LineMesh(scene, 2),
        pool: scene.add.image(0, 0, ellipseTexture(scene, 40, 22)).setAlpha(0.12),
        lamp: scene.add.image(0, 0, ellipseTexture(scene, 5, 5)).setAlpha(0.95),
      };
      for (const o of [shapes.fill.mesh, shapes.edges.mesh, shapes.pool, shapes.lamp])
        o.setDepth(SHAPES_DEPTH + 0.02);
      return shapes;
    });
    const total = hazards.crowds.x.length;
    for (let i = 0; i < total; i++) {
      const row = ACTOR_ROW.inmateA + (i % 3);
      this.men.push(
        scene.add
          .image(0, 0, 'actors', actorFrame(row, 'down', 0))
          .setOrigin(0.5, 13 / 16)
          .setData('row', row)
          // a shade darker than the named men, so R17 and Gallagher stay findable in the mob
          .setTint(FOG)
          .setVisible(false),
      );
    }
    this.draw(sim, 0);
  }

  draw(sim: LevelSim, time: number): void {
    this.drawBeams(sim);
    this.drawCrowd(time);
  }

  private drawBeams(sim: LevelSim): void {
    const lights = sim.level.searchlights ?? [];
    const exposed = sim.zone?.kind === 'restricted' || sim.state.hasFlag('riot');
    lights.forEach((light, i) => {
      const shapes = this.beams[i];
      if (!shapes) return;
      const bearing = this.hazards.lights.bearing[i] ?? light.from;
      const lit = this.hazards.lights.lit[i] === true;
      const base = (bearing * Math.PI) / 180;
      const half = (light.width * Math.PI) / 360;
      const range = light.range * 16;
      for (let r = 0; r <= RAYS; r++) {
        const a = base - half + (2 * half * r) / RAYS;
        const dx = Math.cos(a);
        const dy = Math.sin(a);
        const len = rayLength(sim.world, light.x, light.y, dx, dy, 8, range);
        ENDS[2 * r] = light.x + dx * len;
        ENDS[2 * r + 1] = light.y + dy * len;
      }
      const danger = lit && exposed;
      shapes.fill.set(light.x, light.y, KEPT, dropCollinear(ENDS, KEPT));
      shapes.fill.colour(danger ? DANGER : WHITE, danger ? 0.48 : lit ? 0.29 : 0.16);
      // its two edges ruled (the pool marks its end): a stroke round the whole beam cost more to draw
      // every frame than the beam itself
      shapes.edges
        .begin()
        .line(light.x, light.y, ENDS[0] ?? light.x, ENDS[1] ?? light.y, 1)
        .line(light.x, light.y, ENDS[2 * RAYS] ?? light.x, ENDS[2 * RAYS + 1] ?? light.y, 1)
        .end();
      shapes.edges.colour(danger ? DANGER : LAMP, danger ? 0.7 : 0.42);
      // the pool where the beam's middle ray lands, and the lamp itself
      shapes.pool.setPosition(ENDS[RAYS] ?? light.x, ENDS[RAYS + 1] ?? light.y);
      shapes.lamp.setPosition(light.x, light.y);
    });
  }

  private drawCrowd(time: number): void {
    const c = this.hazards.crowds;
    let ci = 0;
    for (let i = 0; i < this.men.length; i++) {
      while (ci + 1 < c.start.length && i >= (c.start[ci + 1] ?? Infinity)) ci++;
      const s = this.men[i];
      if (!s) continue;
      const on = c.active[ci] === true;
      s.setVisible(on);
      if (!on) continue;
      const x = (c.x[i] ?? 0) / SUB;
      const y = (c.y[i] ?? 0) / SUB;
      const dx = (c.tx[i] ?? 0) - (c.x[i] ?? 0);
      const dy = (c.ty[i] ?? 0) - (c.y[i] ?? 0);
      const facing: Facing =
        Math.abs(dx) > Math.abs(dy) ? (dx > 0 ? 'right' : 'left') : dy > 0 ? 'down' : 'up';
      const moving = dx !== 0 || dy !== 0;
      s.setPosition(x, y);
      standAt(s, y);
      showFrame(
        s,
        actorFrame(s.getData('row') as number, facing, moving ? Math.floor((time + i * 97) / 160) : 0),
      );
    }
  }
}
