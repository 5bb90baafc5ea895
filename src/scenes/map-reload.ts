import type Phaser from 'phaser';
import { loadMap } from '../maps';
import type { LoadedMap, MapProblem } from '../maps';
import { LEVELS } from '../speedrun/levels';
import { asCustom, imageProblems, isCustomLevel, problemLine } from './custom-map';
import { readBundledFile } from './files';
import type { LevelStart } from './level-scene';
import { activeLevel } from './levels/registry';
import { bundledMaps } from './map-store';
import type { Services } from './services';
import { playLevel, showError, stopAllBut } from './switch';

export type OfficialMaps = { ok: true; maps: Map<string, LoadedMap> } | { ok: false; lines: string[] };

/** Reads and checks every campaign map; all of their problems, or the maps by level id. */
export async function loadOfficialMaps(): Promise<OfficialMaps> {
  const maps = new Map<string, LoadedMap>();
  const lines: string[] = [];
  for (const entry of LEVELS) {
    const result = await loadMap(entry.file, readBundledFile);
    if (result.ok) maps.set(entry.id, result.map);
    else lines.push(...result.problems.map(problemLine));
  }
  return lines.length > 0 ? { ok: false, lines } : { ok: true, maps };
}

/** What a hot reload puts back on screen: the whole start (boot failed) or one level. */
type Target = { kind: 'boot' } | { kind: 'level'; data: LevelStart; file: string; custom: boolean };

const HINT = 'Fix it and save: the level starts again, with the same game state, as soon as the map loads.';

/**
 * Hot reload in `npm run dev`: when a map file is saved, the level being played is loaded again and
 * restarted from the same start state (the game state it began with, the same run); a map that no
 * longer loads shows the error screen until a later save fixes it. In a production build no file
 * ever changes, and this does nothing.
 */
export class MapReloader {
  private services: Services | null = null;
  private waiting: Target | null = null;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly game: Phaser.Game) {
    bundledMaps.subscribe(() => {
      // one reload at a time, in save order
      this.queue = this.queue
        .then(() => this.reload())
        .catch((error: unknown) =>
          showError(this.game, { title: 'Hot reload failed', lines: [String(error)] }),
        );
    });
  }

  /** The game started: hot reloads now restart levels. */
  attach(services: Services): void {
    this.services = services;
    this.waiting = null;
  }

  /** The start failed on a map: the next save starts the game again. */
  bootFailed(): void {
    this.waiting = { kind: 'boot' };
  }

  private target(): Target | null {
    if (this.waiting) return this.waiting;
    const level = activeLevel(this.game);
    if (!level?.session) return null;
    const { level: data } = level.session.map;
    return { kind: 'level', data: level.startData, file: data.file, custom: isCustomLevel(data.id) };
  }

  private async reload(): Promise<void> {
    const target = this.target();
    if (target?.kind === 'boot') {
      this.waiting = null;
      stopAllBut(this.game, 'boot');
      this.game.scene.start('boot');
      return;
    }
    const official = await loadOfficialMaps();
    const services = this.services;
    if (!services) return;
    if (!target) {
      if (official.ok) for (const [id, map] of official.maps) services.maps.set(id, map);
      else {
        this.waiting = { kind: 'boot' };
        showError(this.game, { title: 'A campaign map has problems', lines: official.lines, hint: HINT });
      }
      return;
    }
    // the other campaign maps stay current for the title's menu; their problems show when played
    if (official.ok)
      for (const [id, map] of official.maps) if (id !== target.data.levelId) services.maps.set(id, map);
    if (!bundledMaps.has(target.file)) return; // a dropped map: nothing to reload it from
    await this.reloadLevel(target, services);
  }

  private async reloadLevel(target: Extract<Target, { kind: 'level' }>, services: Services): Promise<void> {
    const result = await loadMap(target.file, readBundledFile);
    const problems: MapProblem[] = !result.ok
      ? result.problems
      : target.custom
        ? imageProblems(result.map)
        : [];
    if (!result.ok || problems.length > 0) {
      this.waiting = target;
      const lines = problems.map(problemLine);
      showError(this.game, { title: `The map ${target.file} has problems`, lines, hint: HINT });
      return;
    }
    const map = target.custom ? asCustom(result.map) : result.map;
    const levelId = target.custom ? map.level.id : target.data.levelId;
    const unchanged = services.maps.get(target.data.levelId)?.hash === map.hash;
    if (unchanged && !this.waiting) return; // the save was of some other map
    this.waiting = null;
    services.maps.set(levelId, map);
    playLevel(this.game, { ...target.data, levelId });
  }
}
