import type Phaser from 'phaser';

const PIXEL = 'px';

/**
 * A flat rectangle as a tinted, stretched one-pixel image. Shapes are drawn by their own renderer and
 * break the sprite batch; an image batches with the text and sprites around it.
 */
export function panel(
  scene: Phaser.Scene,
  x: number,
  y: number,
  w: number,
  h: number,
  colour: number,
  alpha = 1,
): Phaser.GameObjects.Image {
  if (!scene.textures.exists(PIXEL)) {
    const canvas = scene.textures.createCanvas(PIXEL, 1, 1);
    const ctx = canvas?.getContext();
    if (ctx) {
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, 1, 1);
      canvas?.refresh();
    }
  }
  return scene.add.image(x, y, PIXEL).setOrigin(0).setDisplaySize(w, h).setTint(colour).setAlpha(alpha);
}
