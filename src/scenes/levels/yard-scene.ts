import type Phaser from 'phaser';
import { FOG, SHADOW } from '../../ui/palette';
import { panel } from '../../ui/panel';
import { LevelScene } from '../level-scene';

/** Streaks of wet light on the river, each a (row, column, speed) in its rectangle. */
const STREAKS = 40;

/**
 * The yard. Its own drawing: the river beyond the east wall (the map's zone named "water"), dark and
 * moving in the rain. Searchlights and the riot are drawn by the shared view from the simulation.
 */
export class YardScene extends LevelScene {
  /** the river's streaks as stretched pixels: they batch with the sprites, a Graphics would not */
  private streaks: Phaser.GameObjects.Image[] = [];
  private waterRect = { x: 0, y: 0, w: 0, h: 0 };

  constructor() {
    super('yard');
  }

  protected override decorate(): void {
    const zone = this.session.map.level.zones.find((z) => z.name === 'water');
    if (!zone) return;
    this.waterRect = zone.rect;
    const { x, y, w, h } = zone.rect;
    panel(this, x, y, w, h, SHADOW).setDepth(3);
    this.streaks = Array.from({ length: STREAKS }, (_, i) =>
      panel(this, 0, 0, 8 + (i % 4) * 3, 1, FOG, 0.12 + (i % 3) * 0.05).setDepth(3),
    );
  }

  protected override drawExtra(time: number): void {
    const { x, y, w, h } = this.waterRect;
    // out of view, the streaks are not drawn at all (Phaser draws every visible image, seen or not)
    const view = this.cameras.main.worldView;
    const seen = x < view.right && x + w > view.x && y < view.bottom && y + h > view.y;
    if (this.streaks[0]?.visible !== seen) for (const s of this.streaks) s.setVisible(seen);
    if (!seen) return;
    this.streaks.forEach((s, i) => {
      // a fixed scatter of streaks drifting downstream (south), each at its own pace
      const sx = x + ((i * 53) % Math.max(1, w - 12));
      const sy = y + ((((i * 97) % h) + time / (40 + (i % 5) * 12)) % h);
      s.setPosition(sx, sy);
    });
  }
}
