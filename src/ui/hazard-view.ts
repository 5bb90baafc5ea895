import Phaser from 'phaser';
import type { Facing } from '../maps/level-data';
import type { Hazards } from '../sim/hazards';
import type { LevelSim } from '../sim/level-sim';
import { SUB } from '../sim/units';
import { ACTOR_ROW, actorFrame } from './actor-sprites';
import { DANGER, FOG, LAMP, WHITE } from './palette';
import { SHAPES_DEPTH, standAt } from './depth';
import { rayLength } from './rays';

const RAYS = 16;
/** One reused set of polygon points per frame: no garbage while the beams sweep. */
const POINTS = Array.from({ length: RAYS + 2 }, () => new Phaser.Math.Vector2());

/**
 * Draws the yard's dangers from the simulation: searchlight beams (bright, wet light that turns the
 * danger red while it holds Joe where he must not be) and the riot's crowd. Holds no rules.
 */
export class HazardView {
  private readonly beams: Phaser.GameObjects.Graphics;
  private readonly men: Phaser.GameObjects.Sprite[] = [];

  constructor(
    scene: Phaser.Scene,
    private readonly hazards: Hazards,
    sim: LevelSim,
  ) {
    this.beams = scene.add
      .graphics()
      .setDepth(SHAPES_DEPTH + 0.02)
      .setBlendMode(Phaser.BlendModes.ADD);
    const total = hazards.crowds.x.length;
    for (let i = 0; i < total; i++) {
      const row = ACTOR_ROW.inmateA + (i % 3);
      this.men.push(
        scene.add
          .sprite(0, 0, 'actors', actorFrame(row, 'down', 0))
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
    const g = this.beams;
    g.clear();
    const lights = sim.level.searchlights ?? [];
    const exposed = sim.zone?.kind === 'restricted' || sim.state.hasFlag('riot');
    lights.forEach((light, i) => {
      const bearing = this.hazards.lights.bearing[i] ?? light.from;
      const lit = this.hazards.lights.lit[i] === true;
      const base = (bearing * Math.PI) / 180;
      const half = (light.width * Math.PI) / 360;
      const range = light.range * 16;
      POINTS[0]?.set(light.x, light.y);
      for (let r = 0; r <= RAYS; r++) {
        const a = base - half + (2 * half * r) / RAYS;
        const dx = Math.cos(a);
        const dy = Math.sin(a);
        const len = rayLength(sim.world, light.x, light.y, dx, dy, 8, range);
        POINTS[r + 1]?.set(light.x + dx * len, light.y + dy * len);
      }
      const colour = lit && exposed ? DANGER : WHITE;
      g.fillStyle(colour, lit ? 0.24 : 0.13);
      g.fillPoints(POINTS, true);
      // its two edges ruled (the pool marks its end): a stroke round the whole beam cost more to draw
      // every frame than the beam itself
      g.lineStyle(1, lit && exposed ? DANGER : LAMP, 0.35);
      const left = POINTS[1];
      const right = POINTS[RAYS + 1];
      if (left) g.lineBetween(light.x, light.y, left.x, left.y);
      if (right) g.lineBetween(light.x, light.y, right.x, right.y);
      // the pool where the beam's middle ray lands, and the lamp itself (few sides: a few pixels wide)
      const far = POINTS[RAYS / 2 + 1];
      g.fillStyle(WHITE, 0.1);
      if (far) g.fillEllipse(far.x, far.y, 40, 22, 16);
      g.fillStyle(WHITE, 0.8);
      g.fillEllipse(light.x, light.y, 5, 5, 8);
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
      s.setFrame(
        actorFrame(s.getData('row') as number, facing, moving ? Math.floor((time + i * 97) / 160) : 0),
      );
    }
  }
}
