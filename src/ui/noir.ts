import Phaser from 'phaser';
import { settingsOf } from '../settings/link';

/**
 * The film look: a vignette darkening the edges of the screen. Drawn once into a texture and laid over
 * the scene as one quad: a camera filter would render the whole scene a second time every frame.
 */
export function applyNoir(scene: Phaser.Scene, w: number, h: number): Phaser.GameObjects.Image {
  const key = `vignette-${w}x${h}`;
  if (!scene.textures.exists(key)) {
    const canvas = scene.textures.createCanvas(key, w, h);
    const ctx = canvas?.getContext();
    if (ctx) {
      const r = Math.hypot(w, h) / 2;
      const g = ctx.createRadialGradient(w / 2, h / 2, r * 0.35, w / 2, h / 2, r);
      g.addColorStop(0, 'rgba(0,0,0,0)');
      g.addColorStop(0.55, 'rgba(0,0,0,0.35)');
      g.addColorStop(1, 'rgba(0,0,0,0.85)');
      ctx.fillStyle = g;
      ctx.fillRect(0, 0, w, h);
      canvas?.refresh();
    }
  }
  return scene.add.image(0, 0, key).setOrigin(0).setScrollFactor(0).setDepth(940);
}

/** The grain's noise tile, pixels. */
const GRAIN = 64;

/**
 * Film grain: a small noise tile repeated over the screen and shifted by a random offset every frame.
 * Baked once as one image a tile larger than the screen and moved, rather than a TileSprite: the same
 * picture, but a plain image joins the sprites' batch where a TileSprite needs a draw call of its own.
 */
export function addGrain(scene: Phaser.Scene, w: number, h: number): Phaser.GameObjects.Image {
  const key = `grain-${w}x${h}`;
  if (!scene.textures.exists(key)) {
    const tile = document.createElement('canvas');
    tile.width = GRAIN;
    tile.height = GRAIN;
    const tctx = tile.getContext('2d');
    const canvas = scene.textures.createCanvas(key, w + GRAIN, h + GRAIN);
    const ctx = canvas?.getContext();
    if (tctx && ctx) {
      const img = tctx.createImageData(GRAIN, GRAIN);
      for (let i = 0; i < GRAIN * GRAIN; i++) {
        const v = Math.random() * 255;
        img.data.set([v, v, v, Math.random() < 0.5 ? 10 : 0], i * 4);
      }
      tctx.putImageData(img, 0, 0);
      for (let y = 0; y < h + GRAIN; y += GRAIN)
        for (let x = 0; x < w + GRAIN; x += GRAIN) ctx.drawImage(tile, x, y);
      canvas?.refresh();
    }
  }
  const grain = scene.add.image(0, 0, key).setOrigin(0).setScrollFactor(0).setDepth(950);
  // reduced motion: the grain holds still (a screen that flickers all over is motion too)
  const shift = () => {
    if (settingsOf(scene.game)?.current.reducedMotion !== true)
      grain.setPosition(-Math.random() * GRAIN, -Math.random() * GRAIN);
  };
  scene.events.on(Phaser.Scenes.Events.UPDATE, shift);
  // scene events outlive a scene's shutdown: without this every restart would add a listener
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () =>
    scene.events.off(Phaser.Scenes.Events.UPDATE, shift),
  );
  return grain;
}
