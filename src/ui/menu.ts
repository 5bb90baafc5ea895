import Phaser from 'phaser';
import { FOG, FONT, PAPER, WHITE } from './palette';

export interface MenuItem {
  label: string;
  action: () => void;
}

/** A vertical keyboard menu: Up/Down or W/S to choose, Enter/Space/E to take. */
export class Menu {
  private index = 0;
  private readonly texts: Phaser.GameObjects.BitmapText[];
  private readonly marker: Phaser.GameObjects.BitmapText;
  private active = false;

  constructor(
    private readonly scene: Phaser.Scene,
    x: number,
    y: number,
    private readonly items: MenuItem[],
    lineHeight = 12,
  ) {
    this.texts = items.map((it, i) =>
      scene.add
        .bitmapText(x + 10, y + i * lineHeight, FONT, it.label, 8)
        .setScrollFactor(0)
        .setDepth(1000),
    );
    this.marker = scene.add.bitmapText(x, y, FONT, '>', 8).setTint(WHITE).setScrollFactor(0).setDepth(1000);
    const kb = scene.input.keyboard;
    const move = (d: number) => {
      if (!this.active) return;
      this.index = (this.index + d + items.length) % items.length;
      this.draw();
    };
    kb?.on('keydown-UP', () => move(-1));
    kb?.on('keydown-W', () => move(-1));
    kb?.on('keydown-DOWN', () => move(1));
    kb?.on('keydown-S', () => move(1));
    const take = () => {
      if (!this.active) return;
      this.active = false;
      this.items[this.index]?.action();
    };
    kb?.on('keydown-ENTER', take);
    kb?.on('keydown-SPACE', take);
    kb?.on('keydown-E', take);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => kb?.removeAllListeners());
    this.draw();
  }

  focus(): void {
    this.active = true;
  }

  private draw(): void {
    this.texts.forEach((t, i) => t.setTint(i === this.index ? PAPER : FOG));
    const t = this.texts[this.index];
    if (t) this.marker.setY(t.y);
  }
}
