import type Phaser from 'phaser';
import { settingsOf } from '../settings/link';

/** Reduced motion: one drop in this many falls, slower, and nothing splashes. */
const CALM_EVERY = 3;
const CALM_SPEED = 0.55;
/** How fast the streaks fall, pixels per second (a slant: down and a little to the left). */
const FALL_X = -60;
const FALL_Y = 260;
const DROP_FRAME = 2;
const SPLASH_FRAME = 3;
/**
 * The baked tile is the screen's width and this many screens tall (with as many more streaks): a
 * streak comes back round only every couple of seconds, too seldom to see a pattern.
 */
const TALL = 2;

/**
 * Rain over the screen: streaks falling at a slant, with splashes where they land. Screen-space, so it
 * costs the same in every room. Every streak falls at the same speed, so the whole sheet of them is
 * baked once into a tile (laid twice each way in one texture) and moved: one quad a frame instead
 * of one image a drop. Cosmetic only: it may use Math.random.
 */
export class Rain {
  private readonly sheet: Phaser.GameObjects.Image;
  private readonly splashes: Phaser.GameObjects.Image[] = [];
  private readonly keys: { all: string; calm: string };
  private ox = 0;
  private oy = 0;
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
    this.keys = bakeDrops(scene, w, h, count);
    this.ox = Math.random() * w;
    this.oy = Math.random() * h * TALL;
    this.sheet = scene.add.image(0, 0, this.keys.all).setOrigin(0).setScrollFactor(0).setDepth(depth);
    for (let i = 0; i < 12; i++) {
      this.splashes.push(
        scene.add.image(-20, -20, 'fx', SPLASH_FRAME).setScrollFactor(0).setDepth(depth).setAlpha(0),
      );
    }
    this.place();
  }

  update(deltaMs: number): void {
    const calm = settingsOf(this.scene.game)?.current.reducedMotion === true;
    if (calm !== this.calm) {
      this.calm = calm;
      this.sheet.setTexture(calm ? this.keys.calm : this.keys.all);
      this.show();
    }
    const dt = (Math.min(deltaMs, 50) / 1000) * (calm ? CALM_SPEED : 1);
    this.ox = wrap(this.ox + FALL_X * dt, this.w);
    this.oy = wrap(this.oy + FALL_Y * dt, this.h * TALL);
    this.place();
    if (calm) return;
    this.splashAt -= deltaMs;
    for (const s of this.splashes) if (s.alpha > 0) s.setAlpha(Math.max(0, s.alpha - dt * 3));
    if (this.splashAt <= 0) {
      this.splashAt = 40;
      const s = this.splashes.find((x) => x.alpha === 0);
      if (s) s.setPosition(Math.random() * this.w, Math.random() * this.h).setAlpha(0.6);
    }
  }

  setVisible(v: boolean): void {
    if (v === this.visible) return;
    this.visible = v;
    this.show();
  }

  private show(): void {
    this.sheet.setVisible(this.visible);
    for (const s of this.splashes) s.setVisible(this.visible && !this.calm);
  }

  /** The sheet spans two tiles each way, so with its offset inside one tile it always covers the screen. */
  private place(): void {
    this.sheet.setPosition(this.ox - this.w, this.oy - this.h * TALL);
  }
}

function wrap(v: number, n: number): number {
  return ((v % n) + n) % n;
}

/**
 * Bakes streaks at random places and strengths into a tile of w x (h * TALL) (wrapped at its edges, so
 * tiles meet without a seam), laid twice each way in one texture; and the reduced-motion sheet, one
 * streak in three. `count` is the streaks on one screen.
 */
function bakeDrops(scene: Phaser.Scene, w: number, h: number, count: number): { all: string; calm: string } {
  const keys = { all: `rain-${w}x${h}-${count}`, calm: `rain-${w}x${h}-${count}-calm` };
  if (scene.textures.exists(keys.all) && scene.textures.exists(keys.calm)) return keys;
  const th = h * TALL;
  const drops = Array.from({ length: count * TALL }, () => ({
    x: Math.round(Math.random() * w),
    y: Math.round(Math.random() * th),
    alpha: 0.25 + Math.random() * 0.35,
  }));
  const frame = scene.textures.getFrame('fx', DROP_FRAME);
  const bake = (key: string, keep: (i: number) => boolean) => {
    if (scene.textures.exists(key)) scene.textures.remove(key);
    const canvas = scene.textures.createCanvas(key, w * 2, h + th);
    const ctx = canvas?.getContext();
    if (!canvas || !ctx || !frame) return;
    const image = frame.source.image as CanvasImageSource;
    const { cutX: fx, cutY: fy, cutWidth: fw, cutHeight: fh } = frame;
    drops.forEach((d, i) => {
      if (!keep(i)) return;
      ctx.globalAlpha = d.alpha;
      for (let ty = -1; ty <= 2; ty++)
        for (let tx = -1; tx <= 2; tx++)
          ctx.drawImage(image, fx, fy, fw, fh, d.x + tx * w - fw / 2, d.y + ty * th - fh / 2, fw, fh);
    });
    canvas.refresh();
  };
  bake(keys.all, () => true);
  bake(keys.calm, (i) => i % CALM_EVERY === 0);
  return keys;
}
