import Phaser from 'phaser';

/**
 * A man's memory plays in sepia: a colour-matrix filter on the level's camera while a flashback
 * dialogue runs, taken off when it ends. Filters exist only in WebGL; on Canvas the words still play.
 */
export class FlashbackTone {
  private filter: Phaser.Filters.ColorMatrix | null = null;

  constructor(private readonly camera: Phaser.Cameras.Scene2D.Camera) {}

  set(on: boolean): void {
    if (on === (this.filter !== null)) return;
    if (!on && this.filter) {
      this.camera.filters.internal.remove(this.filter);
      this.filter = null;
      return;
    }
    if (this.camera.scene.game.renderer.type !== Phaser.WEBGL) return;
    this.filter = this.camera.filters.internal.addColorMatrix();
    this.filter.colorMatrix.sepia();
  }
}
