import type Phaser from 'phaser';
import { settingsOf } from '../settings/link';
import { FOG, FONT, INK, PAPER, VIEW_H, VIEW_W } from './palette';
import { panel } from './panel';
import { largeText, TEXT_PX } from './text-size';

/** How long the title stands before it fades, and the fade, ms of real time while the level runs. */
const HOLD_MS = 3000;
const FADE_MS = 800;

/**
 * A level's opening title, as a film's title card: the level's name and when it happens ("THE YARD",
 * "The next morning, 09:40"), on a dark band in the lower third, clear of the captions under the HUD
 * bar. It never holds the game: keys go to the level from the first frame, and it fades on its own
 * (at once with reduced motion). A dialogue takes its place, the pause menu hides it, a restart ends it.
 */
export class LevelTitle {
  private readonly band: Phaser.GameObjects.Image;
  private readonly name: Phaser.GameObjects.BitmapText;
  private readonly when: Phaser.GameObjects.BitmapText;
  private left = HOLD_MS + FADE_MS;
  private paused = false;

  constructor(
    private readonly scene: Phaser.Scene,
    title: string,
    when: string,
  ) {
    const large = largeText(scene.game);
    const px = large ? TEXT_PX.large : TEXT_PX.normal;
    const pad = large ? 5 : 4;
    // made first, drawn first: under the texts (sized once they are)
    this.band = panel(scene, 0, 0, VIEW_W, 1, INK, 0.78);
    // a long title (a custom map's) wraps: the lines below follow its height
    this.name = scene.add
      .bitmapText(VIEW_W / 2, 0, FONT, title.toUpperCase(), px, 1)
      .setOrigin(0.5, 0)
      .setMaxWidth(VIEW_W - 16)
      .setTint(PAPER);
    this.when = scene.add
      .bitmapText(VIEW_W / 2, 0, FONT, when, px, 1)
      .setOrigin(0.5, 0)
      .setMaxWidth(VIEW_W - 16)
      .setTint(FOG);
    const gap = large ? 0 : 1;
    const h = pad + this.name.height + gap + this.when.height + pad;
    const top = Math.round(VIEW_H * 0.68 - h / 2);
    this.name.setY(top + pad);
    this.when.setY(top + pad + this.name.height + gap);
    this.band.setPosition(0, top).setDisplaySize(VIEW_W, h);
  }

  update(delta: number): void {
    if (this.left <= 0 || this.paused) return;
    this.left -= delta;
    const calm = settingsOf(this.scene.game)?.current.reducedMotion === true;
    if (calm && this.left < FADE_MS) this.left = 0;
    this.setAlpha(this.left <= 0 ? 0 : Math.min(1, this.left / FADE_MS));
  }

  /** Under the pause menu (or a card) it is out of sight, and its time stands still. */
  setPaused(paused: boolean): void {
    this.paused = paused;
    if (this.left > 0) this.setAlpha(paused ? 0 : Math.min(1, this.left / FADE_MS));
  }

  /** Gone at once: a dialogue takes the screen, or the attempt starts again. */
  end(): void {
    this.left = 0;
    this.setAlpha(0);
  }

  private setAlpha(a: number): void {
    for (const o of [this.band, this.name, this.when])
      o.setAlpha(o === this.band ? 0.78 * a : a).setVisible(a > 0);
  }
}
