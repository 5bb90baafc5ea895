import Phaser from 'phaser';
import { DEFAULT_HINT, hideErrorOverlay, showErrorOverlay } from '../ui/error-overlay';
import { INK } from '../ui/palette';
import { stopAllBut, type ErrorData } from './switch';

/** What the screen adds when the game can go on past it. */
const TO_TITLE_HINT = 'Press Esc or Enter (or a pad button) for the title screen.';

/**
 * A bad map or a missing file is a message on screen, never a blank canvas. The same lines go to the
 * console as warnings: the page itself is working as designed. When the map is fixed (a hot reload),
 * the scene is stopped and the message goes with it. When the official maps loaded (a bad ?level=,
 * a dropped map that failed), Esc or Enter leads on to the title screen.
 */
export class ErrorScene extends Phaser.Scene {
  constructor() {
    super('error');
  }

  create(data: ErrorData): void {
    this.cameras.main.setBackgroundColor(INK);
    for (const l of data.lines) console.warn(`[westgate] ${l}`);
    const services = data.services;
    const hint = services ? `${data.hint ?? DEFAULT_HINT} ${TO_TITLE_HINT}` : data.hint;
    showErrorOverlay(data.title ?? 'Westgate cannot start: a map has problems', data.lines, hint);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => hideErrorOverlay());
    if (!services) return;
    let gone = false;
    const leave = (): void => {
      // Esc and Enter in one frame would start the title twice
      if (gone) return;
      gone = true;
      stopAllBut(this.game, 'title');
      this.scene.start('title', { services });
    };
    this.input.keyboard?.once('keydown-ESC', leave);
    this.input.keyboard?.once('keydown-ENTER', leave);
    this.input.gamepad?.once(Phaser.Input.Gamepad.Events.BUTTON_DOWN, leave);
  }
}
