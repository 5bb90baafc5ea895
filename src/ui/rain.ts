import type Phaser from 'phaser';
import { settingsOf } from '../settings/link';

/** Reduced motion: one drop in this many falls, slower, and nothing splashes. */
const CALM_EVERY = 3;
const CALM_SPEED = 0.55;

/**
 * Rain over the screen: a fixed pool of streaks falling at a slant, with splashes where they land.
 * Screen-space, so it costs the same in every room. Cosmetic only: it may use Math.random.
 */
export class Rain {
  private readonly drops: Phaser.GameObjects.Image[] = [];
  private readonly splashes: Phaser.GameObjects.Image[] = [];
  private splashAt = 0;
  private calm = false;
  private visible = true;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly w: number,
    private readonly h: number,
    count = 90,
    depth = 900,
  ) {
    for (let i = 0; i < count; i++) {
      const d = scene.add
        .image(Math.random() * w, Math.random() * h, 'fx', 2)
        .setScrollFactor(0)
        .setDepth(depth);
      d.setAlpha(0.25 + Math.random() * 0.35);
      this.drops.push(d);
    }
    for (let i = 0; i < 12; i++) {
      this.splashes.push(scene.add.image(-20, -20, 'fx', 3).setScrollFactor(0).setDepth(depth).setAlpha(0));
    }
  }

  update(deltaMs: number): void {
    const calm = settingsOf(this.scene.game)?.current.reducedMotion === true;
    if (calm !== this.calm) {
      this.calm = calm;
      this.setVisible(this.visible);
    }
    const dt = (Math.min(deltaMs, 50) / 1000) * (calm ? CALM_SPEED : 1);
    for (const d of this.drops) {
      d.y += 260 * dt;
      d.x -= 60 * dt;
      if (d.y > this.h + 8 || d.x < -8) {
        d.y = -8 - Math.random() * 20;
        d.x = Math.random() * (this.w + 40);
      }
    }
    if (calm) return;
    this.splashAt -= deltaMs;
    for (const s of this.splashes) s.setAlpha(Math.max(0, s.alpha - dt * 3));
    if (this.splashAt <= 0) {
      this.splashAt = 40;
      const s = this.splashes.find((x) => x.alpha === 0);
      if (s) s.setPosition(Math.random() * this.w, Math.random() * this.h).setAlpha(0.6);
    }
  }

  setVisible(v: boolean): void {
    this.visible = v;
    this.drops.forEach((d, i) => d.setVisible(v && (!this.calm || i % CALM_EVERY === 0)));
    for (const s of this.splashes) s.setVisible(v && !this.calm);
  }
}
