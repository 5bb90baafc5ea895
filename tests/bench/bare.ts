/**
 * The reference for the frame-cost benchmark: bare Phaser drawing the level's map (same tileset, same
 * resolution and scaling as the game) and as many moving sprites as the level scene, with no
 * simulation, HUD or effects. Built only by tests/bench/browser.ts, into a temporary folder.
 */
import Phaser from 'phaser';
import actorsUrl from '../../assets/actors.png?url';
import tilesUrl from '../../assets/tiles.png?url';
import { INK, VIEW_H, VIEW_W } from '../../src/ui/palette';
import type { BareScene } from './bare-scene';

declare const __BARE_SCENE__: BareScene;
const data = __BARE_SCENE__;

class Bare extends Phaser.Scene {
  private sprites: Phaser.GameObjects.Sprite[] = [];

  constructor() {
    super('bare');
  }

  preload(): void {
    this.load.spritesheet('tiles', tilesUrl, { frameWidth: 16, frameHeight: 16 });
    this.load.spritesheet('actors', actorsUrl, { frameWidth: 16, frameHeight: 16 });
  }

  create(): void {
    this.cache.tilemap.add('map', { format: Phaser.Tilemaps.Formats.TILED_JSON, data: data.map });
    const tilemap = this.make.tilemap({ key: 'map' });
    const tilesets = tilemap.tilesets
      .map((ts) => tilemap.addTilesetImage(ts.name, 'tiles'))
      .filter((t): t is Phaser.Tilemaps.Tileset => t !== null);
    tilemap.layers.forEach((layer, i) => tilemap.createLayer(layer.name, tilesets)?.setDepth(i));
    this.sprites = data.sprites.map((s) => this.add.sprite(s.x, s.y, s.sheet, s.frame).setDepth(10));
    const first = this.sprites[0];
    this.cameras.main.setBounds(0, 0, tilemap.widthInPixels, tilemap.heightInPixels);
    if (first) this.cameras.main.startFollow(first, true, 0.2, 0.2);
  }

  override update(time: number): void {
    // every sprite walks a little and steps through its walk cycle, as actors do in the game
    this.sprites.forEach((s, i) => {
      const base = data.sprites[i];
      if (!base) return;
      s.setPosition(base.x + Math.round(8 * Math.sin(time / 400 + i)), base.y);
      if (base.sheet === 'actors') s.setFrame(base.frame + (Math.floor(time / 180) & 1));
    });
  }
}

const game = new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  width: VIEW_W,
  height: VIEW_H,
  backgroundColor: INK,
  pixelArt: true,
  banner: false,
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
  fps: { smoothStep: false },
  scene: [Bare],
});
Object.assign(window, { bare: { ready: () => game.scene.isActive('bare') } });
