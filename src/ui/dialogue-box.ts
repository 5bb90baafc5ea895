import { hintLine } from '../input/device';
import type Phaser from 'phaser';
import type { Settings } from '../settings/schema';
import { settingsOf } from '../settings/link';
import { FOG, FONT, INK, PAPER, SLATE, VIEW_H, VIEW_W } from './palette';

/** Characters revealed per second by the typewriter; cosmetic, the simulation never waits for it. */
const CHARS_PER_SECOND: Record<Settings['dialogueSpeed'], number> = {
  slow: 30,
  normal: 60,
  fast: 120,
  instant: Number.POSITIVE_INFINITY,
};

/** The box's height, px of the view: a large body takes two 16 px lines more. */
const boxHeight = (large: boolean): number => (large ? 84 : 50);

/** Where the dialogue box's top edge is in the view (px): the world above it is in the clear. */
export function dialogueBoxTop(large: boolean): number {
  return VIEW_H - boxHeight(large) - 6;
}

/** The dialogue box: speaker, typewritten line, and how to go on. Large text doubles the body's size. */
export class DialogueBox {
  private readonly bg: Phaser.GameObjects.Rectangle;
  private readonly speaker: Phaser.GameObjects.BitmapText;
  private readonly body: Phaser.GameObjects.BitmapText;
  private readonly hint: Phaser.GameObjects.BitmapText;
  private key = '';
  private text = '';
  private shown = 0;
  private large = false;
  /** out of sight while the level is paused (the pause menu is read over it), the line kept */
  private veiled = false;

  constructor(private readonly scene: Phaser.Scene) {
    this.bg = scene.add
      .rectangle(8, 0, VIEW_W - 16, 0, INK, 0.92)
      .setOrigin(0)
      .setStrokeStyle(1, SLATE);
    this.speaker = scene.add.bitmapText(16, 0, FONT, '', 8).setTint(FOG);
    this.body = scene.add.bitmapText(16, 0, FONT, '', 8).setTint(PAPER);
    this.hint = scene.add
      .bitmapText(VIEW_W - 14, VIEW_H - 16, FONT, '', 8)
      .setOrigin(1, 0)
      .setTint(FOG);
    this.layout(false);
    this.hide();
  }

  private get prefs(): Settings | undefined {
    return settingsOf(this.scene.game)?.current;
  }

  /** Sizes the box for normal or large text. */
  private layout(large: boolean): void {
    this.large = large;
    const h = boxHeight(large);
    this.bg.setPosition(8, dialogueBoxTop(large)).setSize(VIEW_W - 16, h);
    this.speaker.setPosition(16, VIEW_H - h - 2);
    this.body
      .setPosition(16, VIEW_H - h + 10)
      .setFontSize(large ? 16 : 8)
      .setMaxWidth(VIEW_W - 32);
  }

  /** Shows a line; `last` tells the hint to say the next press closes the dialogue. */
  show(key: string, speaker: string, text: string, last = false): void {
    this.hint.setText(
      hintLine(this.scene.game, [
        ['interact', last ? 'close' : 'next'],
        ['skip', 'skip'],
      ]),
    );
    if (key !== this.key) {
      const large = this.prefs?.textSize === 'large';
      if (large !== this.large) this.layout(large);
      this.key = key;
      this.text = text;
      this.shown = 0;
      this.speaker.setText(speaker.toUpperCase());
    }
    for (const o of [this.bg, this.speaker, this.body, this.hint]) o.setVisible(!this.veiled);
  }

  /** Hides the box without ending its line (under the pause menu); `false` shows it again. */
  veil(v: boolean): void {
    if (v === this.veiled) return;
    this.veiled = v;
    if (this.key) for (const o of [this.bg, this.speaker, this.body, this.hint]) o.setVisible(!v);
  }

  hide(): void {
    this.key = '';
    for (const o of [this.bg, this.speaker, this.body, this.hint]) o.setVisible(false);
  }

  /** The line is still being typed out. */
  get typing(): boolean {
    return this.key !== '' && this.shown < this.text.length;
  }

  /** Finishes typing the line at once: a press during the typewriter shows the line, not the next. */
  revealAll(): void {
    this.shown = this.text.length;
    this.body.setText(this.text);
  }

  update(deltaMs: number): void {
    if (!this.key) return;
    const speed = CHARS_PER_SECOND[this.prefs?.dialogueSpeed ?? 'normal'];
    this.shown = Math.min(this.text.length, this.shown + (deltaMs / 1000) * speed);
    this.body.setText(this.text.slice(0, Math.ceil(this.shown)));
  }
}
