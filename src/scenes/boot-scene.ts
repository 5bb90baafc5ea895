import Phaser from 'phaser';
import { formatProblem, loadMap, type LoadedMap } from '../maps';
import { FOG, FONT, INK, PAPER, SLATE, VIEW_H, VIEW_W } from '../ui/palette';
import { assetUrl, readBundledFile } from './files';
import { LEVELS, levelById } from '../speedrun/levels';
import type { Services } from './services';
import { probeMaps } from '../ui/probe';

/** Loads the art with a real progress bar, then reads and validates every map before the title. */
export class BootScene extends Phaser.Scene {
  constructor() {
    super('boot');
  }

  preload(): void {
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
    void this.loadMaps();
  }

  private async loadMaps(): Promise<void> {
    const maps = new Map<string, LoadedMap>();
    const problems: string[] = [];
    for (const entry of LEVELS) {
      const result = await loadMap(entry.file, readBundledFile);
      if (result.ok) maps.set(entry.id, result.map);
      else problems.push(...result.problems.map(formatProblem));
    }
    if (problems.length > 0) return this.fail(problems);
    const param = new URLSearchParams(window.location.search).get('level');
    if (param !== null && !levelById(param)) {
      return this.fail([`?level=${param}: no such level; levels are ${LEVELS.map((l) => l.id).join(', ')}`]);
    }
    const services: Services = { maps, startLevel: param };
    probeMaps(services);
    if (param) this.scene.start('level', { services, levelId: param, start: null });
    else this.scene.start('title', { services });
  }

  private fail(lines: string[]): void {
    this.scene.start('error', { lines });
  }
}
