import Phaser from 'phaser';

/**
 * The film look on a camera: a vignette and a flicker of grain. Filters exist only in
 * WebGL; on the Canvas renderer the scene still reads, just without them.
 */
export function applyNoir(scene: Phaser.Scene, camera: Phaser.Cameras.Scene2D.Camera): void {
  if (scene.game.renderer.type !== Phaser.WEBGL) return;
  camera.filters.external.addVignette(0.5, 0.5, 0.85, 0.35);
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
        img.data.set([v, v, v, Math.random() < 0.5 ? 14 : 0], i * 4);
      }
      ctx.putImageData(img, 0, 0);
      canvas?.refresh();
    }
  }
  const grain = scene.add.tileSprite(0, 0, w, h, key).setOrigin(0).setScrollFactor(0).setDepth(950);
  grain.setBlendMode(Phaser.BlendModes.SCREEN);
  const shift = () => grain.setTilePosition(Math.random() * 64, Math.random() * 64);
  scene.events.on(Phaser.Scenes.Events.UPDATE, shift);
  // scene events outlive a scene's shutdown: without this every restart would add a listener
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () =>
    scene.events.off(Phaser.Scenes.Events.UPDATE, shift),
  );
  return grain;
}
