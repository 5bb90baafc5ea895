import Phaser from 'phaser';
import { hideErrorOverlay, showErrorOverlay } from '../ui/error-overlay';
import { INK } from '../ui/palette';
import type { ErrorData } from './switch';

/**
 * A bad map or a missing file is a message on screen, never a blank canvas. The same lines go to the
 * console as warnings: the page itself is working as designed. When the map is fixed (a hot reload),
 * the scene is stopped and the message goes with it.
 */
export class ErrorScene extends Phaser.Scene {
  constructor() {
    super('error');
  }

  create(data: ErrorData): void {
    this.cameras.main.setBackgroundColor(INK);
    for (const l of data.lines) console.warn(`[westgate] ${l}`);
    showErrorOverlay(data.title ?? 'Westgate cannot start: a map has problems', data.lines, data.hint);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => hideErrorOverlay());
  }
}
