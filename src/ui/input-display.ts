import type Phaser from 'phaser';
import {
  IN_DOWN,
  IN_INTERACT,
  IN_LEFT,
  IN_RIGHT,
  IN_RUN,
  IN_SKIP,
  IN_UP,
  type InputFrame,
} from '../sim/input';
import { FOG, FONT, INK, PAPER, SLATE } from './palette';

/** Each input shown as a small key cap: lit while held (or pressed this tick). */
const CAPS: [number, string, number, number][] = [
  [IN_UP, '↑', 12, 0],
  [IN_LEFT, '←', 0, 12],
  [IN_DOWN, '↓', 12, 12],
  [IN_RIGHT, '→', 24, 12],
  [IN_RUN, 'RUN', 40, 12],
  [IN_INTERACT, 'E', 62, 12],
  [IN_SKIP, 'X', 74, 12],
];

/** The input display for videos: what the simulation received this tick, drawn bottom left. */
export class InputDisplay {
  private readonly caps: {
    bit: number;
    box: Phaser.GameObjects.Rectangle;
    label: Phaser.GameObjects.BitmapText;
  }[];

  constructor(scene: Phaser.Scene, x: number, y: number) {
    this.caps = CAPS.map(([bit, text, dx, dy]) => {
      const w = text.length * 6 + 4;
      const box = scene.add
        .rectangle(x + dx, y + dy, w, 11, INK, 0.8)
        .setOrigin(0)
        .setStrokeStyle(1, SLATE);
      const label = scene.add.bitmapText(x + dx + 2, y + dy + 1, FONT, text, 8).setTint(FOG);
      return { bit, box, label };
    });
  }

  show(frame: InputFrame): void {
    for (const c of this.caps) {
      const on = (frame & c.bit) !== 0;
      c.box.setFillStyle(on ? PAPER : INK, on ? 1 : 0.8);
      c.label.setTint(on ? INK : FOG);
    }
  }

  setVisible(v: boolean): void {
    for (const c of this.caps) {
      c.box.setVisible(v);
      c.label.setVisible(v);
    }
  }
}
