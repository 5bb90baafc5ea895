import Phaser from 'phaser';
import type { ZoneData } from '../maps/level-data';
import { DANGER } from './palette';

/**
 * Out-of-bounds ground is marked on the floor itself — faint red hatching and a dashed edge — so a
 * player knows where he must not be before a guard tells him (everything that decides is on screen).
 */
export function drawRestrictedZones(
  scene: Phaser.Scene,
  zones: readonly ZoneData[],
): Phaser.GameObjects.Image | null {
  const restricted = zones.filter((z) => z.kind === 'restricted');
  if (restricted.length === 0) return null;
  const left = Math.min(...restricted.map((z) => z.rect.x));
  const top = Math.min(...restricted.map((z) => z.rect.y));
  const right = Math.max(...restricted.map((z) => z.rect.x + z.rect.w));
  const bottom = Math.max(...restricted.map((z) => z.rect.y + z.rect.h));
  // Drawn once and baked into a texture: a Graphics object rebuilds all its lines every frame.
  const g = scene.make.graphics({}, false);
  for (const z of restricted) {
    const { w, h } = z.rect;
    const x = z.rect.x - left;
    const y = z.rect.y - top;
    g.lineStyle(1, DANGER, 0.14);
    // diagonal hatching every 8 px, clipped to the rectangle by construction
    for (let d = 8; d < w + h; d += 8) {
      const x0 = x + Math.max(0, d - h);
      const y0 = y + Math.min(d, h);
      const x1 = x + Math.min(d, w);
      const y1 = y + Math.max(0, d - w);
      g.lineBetween(x0, y0, x1, y1);
    }
    g.lineStyle(1, DANGER, 0.45);
    for (let i = 0; i < w; i += 6) {
      g.lineBetween(x + i, y, x + Math.min(i + 3, w), y);
      g.lineBetween(x + i, y + h - 1, x + Math.min(i + 3, w), y + h - 1);
    }
    for (let i = 0; i < h; i += 6) {
      g.lineBetween(x, y + i, x, y + Math.min(i + 3, h));
      g.lineBetween(x + w - 1, y + i, x + w - 1, y + Math.min(i + 3, h));
    }
  }
  const key = `zones-${++baked}`;
  g.generateTexture(key, right - left, bottom - top);
  g.destroy();
  const image = scene.add.image(left, top, key).setOrigin(0).setDepth(3);
  image.once(Phaser.GameObjects.Events.DESTROY, () => scene.textures.remove(key));
  return image;
}

/** Baked textures so far: each level start bakes its own (a reloaded map may move its zones). */
let baked = 0;
