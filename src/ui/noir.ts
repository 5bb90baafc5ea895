import Phaser from 'phaser';

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

/** Film grain: a small noise texture tiled over the screen and shifted every frame. */
export function addGrain(scene: Phaser.Scene, w: number, h: number): Phaser.GameObjects.TileSprite {
  const key = 'grain';
  if (!scene.textures.exists(key)) {
    const size = 64;
    const canvas = scene.textures.createCanvas(key, size, size);
    const ctx = canvas?.getContext();
    if (ctx) {
      const img = ctx.createImageData(size, size);
      for (let i = 0; i < size * size; i++) {
        const v = Math.random() * 255;
        img.data.set([v, v, v, Math.random() < 0.5 ? 10 : 0], i * 4);
      }
      ctx.putImageData(img, 0, 0);
      canvas?.refresh();
    }
  }
  const grain = scene.add.tileSprite(0, 0, w, h, key).setOrigin(0).setScrollFactor(0).setDepth(950);
  // plain alpha blending keeps the grain in the same batch as the rain and the vignette
  const shift = () => grain.setTilePosition(Math.random() * 64, Math.random() * 64);
  scene.events.on(Phaser.Scenes.Events.UPDATE, shift);
  // scene events outlive a scene's shutdown: without this every restart would add a listener
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () =>
    scene.events.off(Phaser.Scenes.Events.UPDATE, shift),
  );
  return grain;
}
