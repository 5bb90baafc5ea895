import Phaser from 'phaser';
import type { ZoneData } from '../maps/level-data';
import type { GameState } from '../state/game-state';
import { isRestricted } from '../sim/familiar';
import { DANGER } from './palette';

/** Baked textures so far: each level start bakes its own (a reloaded map may move its zones). */
let baked = 0;

/**
 * Out-of-bounds ground is marked on the floor itself — faint red hatching and a dashed edge — so a
 * player knows where he must not be before a guard tells him (everything that decides is on screen).
 * Each zone is drawn once and baked into a texture of its own size: a Graphics object rebuilds all
 * its lines every frame.
 */
export class RestrictedZones {
  private readonly zones: ZoneData[];
  private readonly images: Phaser.GameObjects.Image[];
  private readonly out: boolean[];

  constructor(scene: Phaser.Scene, zones: readonly ZoneData[]) {
    this.zones = zones.filter((z) => z.kind === 'restricted');
    this.images = this.zones.map((z) => bake(scene, z));
    this.out = this.zones.map(() => true);
  }

  /** The names of the zones marked out of bounds now (a faded one is left out), for the probe. */
  marked(): string[] {
    return this.zones.filter((_, i) => this.out[i]).map((z) => z.name);
  }

  /** A zone Joe holds the pass for fades to a trace: he may walk there now. */
  update(state: GameState): void {
    this.zones.forEach((z, i) => {
      const out = isRestricted(z, state);
      if (out === this.out[i]) return;
      this.out[i] = out;
      this.images[i]?.setAlpha(out ? 1 : ALLOWED_ALPHA);
    });
  }
}

/** How much of a zone's marking stays once Joe may be there (its edge still shows where it is). */
export const ALLOWED_ALPHA = 0.25;

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
