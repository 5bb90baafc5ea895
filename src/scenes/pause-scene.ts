import Phaser from 'phaser';
import { settingsOf } from '../settings/link';
import { hintLine } from '../input/device';
import { followDevice } from '../ui/follow-device';
import { toggleFullscreen } from '../ui/fullscreen';
import { Menu } from '../ui/menu';
import { FOG, FONT, INK, PAPER, VIEW_H, VIEW_W } from '../ui/palette';
import { saveOnQuit } from './campaign-flow';
import type { LevelScene } from './level-scene';

/** Pause: the level's clock stops (no ticks run while this is up). Esc resumes. */
export class PauseScene extends Phaser.Scene {
  constructor() {
    super('pause');
  }

  create(data: { level: LevelScene }): void {
    const { level } = data;
    this.add.rectangle(0, 0, VIEW_W, VIEW_H, INK, 0.7).setOrigin(0);
    this.add
      .bitmapText(VIEW_W / 2, 60, FONT, 'PAUSED', 8)
      .setOrigin(0.5)
      .setScale(2)
      .setTint(PAPER);
    const resume = () => {
      this.scene.stop();
      level.resumePlay();
    };
    // large text: the longest item (15 characters, 180 px) centred, the last row clear of the hint
    const menu = new Menu(
      this,
      VIEW_W / 2 - 40,
      90,
      [
        { label: 'Resume', action: resume },
        { label: 'Restart level', action: () => level.restart() },
        { label: 'Settings', action: () => this.openSettings() },
        { label: 'Full screen (F)', action: () => toggleFullscreen(this.game) },
        { label: 'Quit to title', action: () => this.quit(level) },
      ],
      12,
      { x: VIEW_W / 2 - 97, y: 76, lineHeight: 18 },
    );
    menu.onBack = resume;
    // Start on a pad resumes, as Esc does (the plugin drops this listener at shutdown)
    this.input.gamepad?.on(
      Phaser.Input.Gamepad.Events.BUTTON_DOWN,
      (_p: Phaser.Input.Gamepad.Gamepad, b: Phaser.Input.Gamepad.Button) => b.index === 9 && resume(),
    );
    menu.focus();
    const refocus = () => menu.focus();
    this.events.on(Phaser.Scenes.Events.RESUME, refocus);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () =>
      this.events.off(Phaser.Scenes.Events.RESUME, refocus),
    );
    const keys = this.add
      .bitmapText(VIEW_W / 2, 150 + 24, FONT, '', 8)
      .setOrigin(0.5)
      .setTint(FOG);
    followDevice(this, keys, () =>
      hintLine(this.game, [
        ['pause', 'resume'],
        ['restart', 'restart'],
      ]),
    );
    // the pause binding toggles (Esc, P or whatever the player chose); the restart binding restarts
    const binds = settingsOf(this.game)?.current.bindings;
    const pauseKeys = binds?.pause ?? [Phaser.Input.Keyboard.KeyCodes.ESC, Phaser.Input.Keyboard.KeyCodes.P];
    const restartKeys = binds?.restart ?? [Phaser.Input.Keyboard.KeyCodes.R];
    const onKey = (e: KeyboardEvent) => {
      if (pauseKeys.includes(e.keyCode)) resume();
      else if (restartKeys.includes(e.keyCode)) level.restart();
      else return;
      this.input.keyboard?.off('keydown', onKey);
    };
    this.input.keyboard?.on('keydown', onKey);
  }

  /** Settings over the pause menu; the level stays paused underneath and this menu waits. */
  private openSettings(): void {
    this.scene.pause();
    this.scene.launch('settings', { from: 'pause' });
  }

  private quit(level: LevelScene): void {
    saveOnQuit(level.run, level.session);
    const services = (level.scene.settings.data as { services: unknown }).services;
    this.scene.stop(level.scene.key);
    this.scene.start('title', { services });
  }
}
