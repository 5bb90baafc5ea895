import Phaser from 'phaser';
import { formatTime } from '../speedrun/time';
import { Menu } from '../ui/menu';
import { DANGER, FOG, FONT, INK, PAPER, VIEW_H, VIEW_W } from '../ui/palette';
import type { LevelScene } from './level-scene';
import type { Services } from './services';

export interface CardData {
  kind: 'complete' | 'solitary';
  levelId: string;
  title: string;
  ticks: number;
  suspicion: number;
  hash: string;
  to: string;
  services: Services;
}

/** The card between attempts: a level done (time, heat, run hash) or Joe back in solitary. */
export class CardScene extends Phaser.Scene {
  constructor() {
    super('card');
  }

  create(data: CardData): void {
    const level = this.scene.get('level') as LevelScene;
    this.add.rectangle(0, 0, VIEW_W, VIEW_H, INK, 0.88).setOrigin(0);
    const solitary = data.kind === 'solitary';
    const head = solitary ? 'SOLITARY' : data.title.toUpperCase();
    this.add
      .bitmapText(VIEW_W / 2, 40, FONT, head, 8)
      .setOrigin(0.5)
      .setScale(2)
      .setTint(solitary ? DANGER : PAPER);
    const lines = solitary
      ? ['Munsey has had enough of you.', 'Thirty days in the hole. Try it again.']
      : [
          `Time ${formatTime(data.ticks)}`,
          `Heat ${data.suspicion} / 100`,
          data.to === 'machine-shop' ? 'The work detail marches to the machine shop.' : '',
          'The machine shop is the next chapter: not built yet.',
          `run ${data.hash}`,
        ];
    this.add
      .bitmapText(VIEW_W / 2, 66, FONT, lines.filter((l) => l !== '').join('\n'), 8)
      .setOrigin(0.5, 0)
      .setCenterAlign()
      .setTint(FOG);
    new Menu(this, VIEW_W / 2 - 44, 140, [
      { label: solitary ? 'Try again' : 'Play it again', action: () => level.restart() },
      { label: 'Quit to title', action: () => this.quit(data.services) },
    ]).focus();
    this.input.keyboard?.once('keydown-R', () => level.restart());
  }

  private quit(services: Services): void {
    this.scene.stop('hud');
    this.scene.stop('level');
    this.scene.start('title', { services });
  }
}
