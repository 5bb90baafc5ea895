import Phaser from 'phaser';
import { hintLine } from '../input/device';
import { followDevice } from '../ui/follow-device';
import { Menu } from '../ui/menu';
import { applyNoir, addGrain } from '../ui/noir';
import { FOG, LAMP, FONT, PAPER, VIEW_H, VIEW_W } from '../ui/palette';
import { Rain } from '../ui/rain';
import { LEVELS } from '../speedrun/levels';
import { settingsOf } from '../settings/link';
import { readSave, type CampaignSave } from '../speedrun/save';
import { browserStore } from '../ui/browser-store';
import { campaignSegments } from './campaign-flow';
import { resumedRun } from './run-context';
import type { Services } from './services';
import { playLevel } from './switch';

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
    const saved = readSave(browserStore);
    const resume = saved?.ok && services.maps.has(saved.save.levelId) ? saved.save : null;
    const continueItem = resume
      ? [
          {
            label: `Continue: ${services.maps.get(resume.levelId)?.level.title ?? resume.levelId}`,
            action: () => this.continueRun(services, resume),
          },
        ]
      : [];
    const menu = new Menu(this, 24, resume ? 139 : 150, [
      ...continueItem,
      { label: 'New game', action: () => this.startLevel(services, LEVELS[0]?.id ?? 'cell', true) },
      ...LEVELS.map((l) => ({
        label: `Level: ${services.maps.get(l.id)?.level.title ?? l.id}`,
        action: () => this.startLevel(services, l.id),
      })),
      { label: 'Settings', action: () => this.openSettings() },
    ]);
    menu.focus();
    // back from settings: the menu takes keys again
    const refocus = () => menu.focus();
    this.events.on(Phaser.Scenes.Events.RESUME, refocus);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () =>
      this.events.off(Phaser.Scenes.Events.RESUME, refocus),
    );
    const notice =
      settingsOf(this.game)?.takeNotice() ??
      (saved && !saved.ok
        ? `The saved game cannot be read (${saved.problem}). It stays as it is until a new game saves over it.`
        : undefined);
    if (notice) {
      // not DANGER: red only ever means danger in play; this is news, and it fades
      const text = this.add
        .bitmapText(VIEW_W / 2, 74, FONT, notice, 8)
        .setMaxWidth(VIEW_W - 48)
        .setCenterAlign()
        .setOrigin(0.5, 0)
        .setTint(LAMP);
      this.tweens.add({ targets: text, alpha: 0, delay: 8000, duration: 1000 });
    }
    const keys = this.add
      .bitmapText(VIEW_W - 8, VIEW_H - 12, FONT, '', 8)
      .setOrigin(1, 0)
      .setTint(FOG)
      .setAlpha(0.8);
    followDevice(this, keys, () =>
      hintLine(this.game, [
        ['move', 'move'],
        ['run', 'run'],
        ['interact', 'talk'],
        ['skip', 'skip'],
        ['restart', 'restart'],
      ]),
    );
    applyNoir(this, VIEW_W, VIEW_H);
    addGrain(this, VIEW_W, VIEW_H);
    this.cameras.main.fadeIn(600);
  }

  override update(_time: number, delta: number): void {
    this.rain?.update(delta);
  }

  private openSettings(): void {
    this.scene.pause();
    this.scene.launch('settings', { from: 'title' });
  }

  /** Continue: the campaign run from the level it was saved at, clock and replay as they were. */
  private continueRun(services: Services, save: CampaignSave): void {
    const run = resumedRun(save, campaignSegments(services));
    this.cameras.main.fadeOut(250);
    this.cameras.main.once(Phaser.Cameras.Scene2D.Events.FADE_OUT_COMPLETE, () => {
      playLevel(this.game, { services, levelId: save.levelId, start: save.start, run, campaign: true });
    });
  }

  /** New game runs the full campaign; a level from the list is played (and timed) alone. */
  private startLevel(services: Services, levelId: string, campaign = false): void {
    this.cameras.main.fadeOut(250);
    this.cameras.main.once(Phaser.Cameras.Scene2D.Events.FADE_OUT_COMPLETE, () => {
      playLevel(this.game, { services, levelId, start: null, campaign });
    });
  }
}
