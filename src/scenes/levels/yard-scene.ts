import type Phaser from 'phaser';
import { FOG, SHADOW } from '../../ui/palette';
import { LevelScene } from '../level-scene';

/** Streaks of wet light on the river, each a (row, column, speed) in its rectangle. */
const STREAKS = 40;

/**
 * The yard. Its own drawing: the river beyond the east wall (the map's zone named "water"), dark and
 * moving in the rain. Searchlights and the riot are drawn by the shared view from the simulation.
 */
export class YardScene extends LevelScene {
  private water: Phaser.GameObjects.Graphics | null = null;
  private waterRect = { x: 0, y: 0, w: 0, h: 0 };

  constructor() {
    super('yard');
  }

  protected override decorate(): void {
    const zone = this.session.map.level.zones.find((z) => z.name === 'water');
    if (!zone) return;
    this.waterRect = zone.rect;
    this.water = this.add.graphics().setDepth(3);
  }

  protected override drawExtra(time: number): void {
    const g = this.water;
    if (!g) return;
    const { x, y, w, h } = this.waterRect;
    g.clear();
    g.fillStyle(SHADOW, 1);
    g.fillRect(x, y, w, h);
    for (let i = 0; i < STREAKS; i++) {
      // a fixed scatter of streaks drifting downstream (south), each at its own pace
      const sx = x + ((i * 53) % Math.max(1, w - 12));
      const sy = y + ((((i * 97) % h) + time / (40 + (i % 5) * 12)) % h);
      g.fillStyle(FOG, 0.12 + (i % 3) * 0.05);
      g.fillRect(sx, sy, 8 + (i % 4) * 3, 1);
    }
  }
}
