import Phaser from 'phaser';
import { FOG, INK, PAPER, SLATE, VIEW_H, VIEW_W, FONT } from '../ui/palette';
import { assetUrl, readBundledFile } from './files';
import { LEVELS, levelById } from '../speedrun/levels';
import type { Services } from './services';
import { probeMaps } from '../ui/probe';
import { installMapDrop, type DroppedFile } from '../ui/map-drop';
import { loadDroppedMap, loadMapParam, type CustomLoad } from './custom-map';
import { bundledMaps } from './map-store';
import { loadOfficialMaps, MapReloader } from './map-reload';
import { playLevel, showError } from './switch';

const DROP_HINT = 'Fix the map in Tiled, save it, and drop it on the page again.';

/**
 * Loads the art with a real progress bar, then reads and validates every map before the title; or plays
 * a custom map (?map=PATH, or a .tmj dropped on the page). A hot reload after a failed start comes back
 * here, with the art already loaded.
 */
export class BootScene extends Phaser.Scene {
  private reloader: MapReloader | null = null;
  private services: Services | null = null;

  constructor() {
    super('boot');
  }

  preload(): void {
    if (this.textures.exists('tiles')) return;
    this.cameras.main.setBackgroundColor(INK);
    const w = 200;
    const x = (VIEW_W - w) / 2;
    const y = VIEW_H / 2;
    const frame = this.add.rectangle(x - 2, y - 2, w + 4, 8, SLATE).setOrigin(0);
    const bar = this.add.rectangle(x, y, 0, 4, PAPER).setOrigin(0);
    frame.setStrokeStyle(1, FOG);
    this.load.on('progress', (p: number) => (bar.width = Math.round(w * p)));
    this.load.on('loaderror', (file: Phaser.Loader.File) => this.fail([`could not load ${file.src}`]));
    this.load.spritesheet('tiles', assetUrl('assets/tiles.png'), { frameWidth: 16, frameHeight: 16 });
    this.load.spritesheet('actors', assetUrl('assets/actors.png'), { frameWidth: 16, frameHeight: 16 });
    this.load.spritesheet('fx', assetUrl('assets/fx.png'), { frameWidth: 16, frameHeight: 16 });
    this.load.image('title', assetUrl('assets/title.png'));
    this.load.bitmapFont(FONT, assetUrl('assets/font.png'), assetUrl('assets/font.xml'));
  }

  create(): void {
    this.reloader ??= new MapReloader(this.game);
    void this.loadMaps(this.reloader);
  }

  private async loadMaps(reloader: MapReloader): Promise<void> {
    const official = await loadOfficialMaps();
    if (!official.ok) {
      reloader.bootFailed();
      return this.fail(official.lines);
    }
    const params = new URLSearchParams(window.location.search);
    const asked = params.get('level');
    const param = asked !== null && levelById(asked) ? asked : null;
    const services: Services = { maps: official.maps, startLevel: param };
    reloader.attach(services);
    probeMaps(services);
    // the page keeps one drop handler; it plays into whichever services the last start made
    if (!this.services) installMapDrop((file) => void this.playDropped(file));
    this.services = services;
    const mapParam = params.get('map');
    if (mapParam !== null) {
      const custom = await loadMapParam(mapParam, readBundledFile, bundledMaps.paths());
      if (!custom.ok) reloader.bootFailed();
      return this.playCustom(custom);
    }
    if (asked !== null && !param) {
      showError(this.game, {
        title: 'No such level',
        lines: [
          `The address asks for level "${asked}", and Westgate has no level by that name.`,
          `Its levels: ${LEVELS.map((l) => l.id).join(', ')} (e.g. ?level=${LEVELS[0]?.id ?? 'cell'}).`,
        ],
        hint: 'Check the address.',
        services,
      });
    } else if (param) playLevel(this.game, { services, levelId: param, start: null });
    else this.scene.start('title', { services });
  }

  private async playDropped(file: DroppedFile): Promise<void> {
    this.playCustom(await loadDroppedMap(file.name, file.size, file.text, readBundledFile), DROP_HINT);
  }

  /** A custom map that loaded is played as a new run of its own; one that did not shows its problems. */
  private playCustom(custom: CustomLoad, hint?: string): void {
    const services = this.services;
    if (!custom.ok || !services) {
      const lines = custom.ok ? ['the game has not started yet'] : custom.lines;
      showError(this.game, {
        title: custom.ok ? 'Westgate' : custom.title,
        lines,
        ...(hint ? { hint } : {}),
        ...(services ? { services } : {}),
      });
      return;
    }
    services.maps.set(custom.map.level.id, custom.map);
    playLevel(this.game, { services, levelId: custom.map.level.id, start: null });
  }

  private fail(lines: string[]): void {
    this.scene.start('error', { lines });
  }
}
