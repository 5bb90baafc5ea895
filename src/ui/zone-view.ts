import type Phaser from 'phaser';
import type { ZoneData } from '../maps/level-data';
import { DANGER } from './palette';

/**
 * Out-of-bounds ground is marked on the floor itself — faint red hatching and a dashed edge — so a
 * player knows where he must not be before a guard tells him (everything that decides is on screen).
 */
export function drawRestrictedZones(
  scene: Phaser.Scene,
  zones: readonly ZoneData[],
): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics().setDepth(3);
  for (const z of zones) {
    if (z.kind !== 'restricted') continue;
    const { x, y, w, h } = z.rect;
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
  return g;
}
