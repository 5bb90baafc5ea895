import type Phaser from 'phaser';
import { FOG, FONT, INK, PAPER, SLATE, VIEW_H, VIEW_W } from './palette';

/** Characters revealed per second by the typewriter; cosmetic, the simulation never waits for it. */
const CHARS_PER_SECOND = 60;

/** The dialogue box: speaker, typewritten line, and how to go on. */
export class DialogueBox {
  private readonly bg: Phaser.GameObjects.Rectangle;
  private readonly speaker: Phaser.GameObjects.BitmapText;
  private readonly body: Phaser.GameObjects.BitmapText;
  private readonly hint: Phaser.GameObjects.BitmapText;
  private key = '';
  private text = '';
  private shown = 0;

  constructor(scene: Phaser.Scene) {
    const h = 50;
    this.bg = scene.add
      .rectangle(8, VIEW_H - h - 6, VIEW_W - 16, h, INK, 0.92)
      .setOrigin(0)
      .setStrokeStyle(1, SLATE);
    this.speaker = scene.add.bitmapText(16, VIEW_H - h - 2, FONT, '', 8).setTint(FOG);
    this.body = scene.add
      .bitmapText(16, VIEW_H - h + 10, FONT, '', 8)
      .setTint(PAPER)
      .setMaxWidth(VIEW_W - 32);
    this.hint = scene.add
      .bitmapText(VIEW_W - 14, VIEW_H - 16, FONT, 'E next · X skip', 8)
      .setOrigin(1, 0)
      .setTint(FOG);
    this.hide();
  }

  show(key: string, speaker: string, text: string): void {
    if (key !== this.key) {
      this.key = key;
      this.text = text;
      this.shown = 0;
      this.speaker.setText(speaker.toUpperCase());
    }
    for (const o of [this.bg, this.speaker, this.body, this.hint]) o.setVisible(true);
  }

  hide(): void {
    this.key = '';
    for (const o of [this.bg, this.speaker, this.body, this.hint]) o.setVisible(false);
  }

  update(deltaMs: number): void {
    if (!this.key) return;
    this.shown = Math.min(this.text.length, this.shown + (deltaMs / 1000) * CHARS_PER_SECOND);
    this.body.setText(this.text.slice(0, Math.ceil(this.shown)));
  }
}
