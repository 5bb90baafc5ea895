import Phaser from 'phaser';
import { showErrorOverlay } from '../ui/error-overlay';
import { INK } from '../ui/palette';

/**
 * A bad map or a missing file is a message on screen, never a blank canvas. The same lines go to the
 * console as warnings: the page itself is working as designed.
 */
export class ErrorScene extends Phaser.Scene {
  constructor() {
    super('error');
  }

  create(data: { title?: string; lines: string[] }): void {
    this.cameras.main.setBackgroundColor(INK);
    for (const l of data.lines) console.warn(`[westgate] ${l}`);
    showErrorOverlay(data.title ?? 'Westgate cannot start: a map has problems', data.lines);
  }
}
