import Phaser from 'phaser';
import type { ZoneData } from '../maps/level-data';
import { DANGER } from './palette';

/** Baked textures so far: each level start bakes its own (a reloaded map may move its zones). */
let baked = 0;

/**
 * Out-of-bounds ground is marked on the floor itself — faint red hatching and a dashed edge — so a
 * player knows where he must not be before a guard tells him (everything that decides is on screen).
 * Each zone is drawn once and baked into a texture of its own size: a Graphics object rebuilds all
 * its lines every frame.
 */
export function drawRestrictedZones(
  scene: Phaser.Scene,
  zones: readonly ZoneData[],
): Phaser.GameObjects.Image[] {
  return zones.filter((z) => z.kind === 'restricted').map((z) => bake(scene, z));
}

function bake(scene: Phaser.Scene, z: ZoneData): Phaser.GameObjects.Image {
  const { w, h } = z.rect;
  const g = scene.make.graphics({}, false);
  g.lineStyle(1, DANGER, 0.14);
  // diagonal hatching every 8 px, clipped to the rectangle by construction
  for (let d = 8; d < w + h; d += 8) {
    g.lineBetween(Math.max(0, d - h), Math.min(d, h), Math.min(d, w), Math.max(0, d - w));
  }
  g.lineStyle(1, DANGER, 0.45);
  for (let i = 0; i < w; i += 6) {
    g.lineBetween(i, 0, Math.min(i + 3, w), 0);
    g.lineBetween(i, h - 1, Math.min(i + 3, w), h - 1);
  }
  for (let i = 0; i < h; i += 6) {
    g.lineBetween(0, i, 0, Math.min(i + 3, h));
    g.lineBetween(w - 1, i, w - 1, Math.min(i + 3, h));
  }
  const key = `zone-${++baked}`;
  g.generateTexture(key, w, h);
  g.destroy();
  const image = scene.add.image(z.rect.x, z.rect.y, key).setOrigin(0).setDepth(3);
  image.once(Phaser.GameObjects.Events.DESTROY, () => scene.textures.remove(key));
  return image;
}
