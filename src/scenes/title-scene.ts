import Phaser from 'phaser';
import { Menu } from '../ui/menu';
import { applyNoir, addGrain } from '../ui/noir';
import { FOG, FONT, PAPER, VIEW_H, VIEW_W } from '../ui/palette';
import { Rain } from '../ui/rain';
import { LEVELS } from '../speedrun/levels';
import type { Services } from './services';

/** The title card: the prison in the rain, the name, and the way in. */
export class TitleScene extends Phaser.Scene {
  private rain?: Rain;

  constructor() {
    super('title');
  }

  create(data: { services: Services }): void {
    const { services } = data;
    this.add.image(0, 0, 'title').setOrigin(0);
    this.rain = new Rain(this, VIEW_W, VIEW_H, 70, 10);
    const title = this.add
      .bitmapText(VIEW_W / 2, 30, FONT, 'WESTGATE', 8)
      .setOrigin(0.5)
      .setScale(4)
      .setTint(PAPER);
    title.setLetterSpacing(2);
    this.add
      .bitmapText(VIEW_W / 2, 56, FONT, 'A PRISON BREAK  ·  1947', 8)
      .setOrigin(0.5)
      .setTint(FOG);
    const menu = new Menu(this, 24, 150, [
      { label: 'New game', action: () => this.startLevel(services, LEVELS[0]?.id ?? 'cell') },
      ...LEVELS.map((l) => ({
        label: `Level: ${services.maps.get(l.id)?.level.title ?? l.id}`,
        action: () => this.startLevel(services, l.id),
      })),
    ]);
    menu.focus();
    this.add
      .bitmapText(VIEW_W - 8, VIEW_H - 12, FONT, 'Arrows/WASD move · E talk · Esc pause', 8)
      .setOrigin(1, 0)
      .setTint(FOG)
      .setAlpha(0.8);
    applyNoir(this, this.cameras.main);
    addGrain(this, VIEW_W, VIEW_H);
    this.cameras.main.fadeIn(600);
  }

  override update(_time: number, delta: number): void {
    this.rain?.update(delta);
  }

  private startLevel(services: Services, levelId: string): void {
    this.cameras.main.fadeOut(250);
    this.cameras.main.once(Phaser.Cameras.Scene2D.Events.FADE_OUT_COMPLETE, () => {
      this.scene.start('level', { services, levelId, start: null });
    });
  }
}
