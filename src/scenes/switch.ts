import type Phaser from 'phaser';
import type { LevelStart } from './level-scene';
import { sceneKeyFor } from './levels/registry';
import type { Services } from './services';

/**
 * What the error scene shows: a title, one line per problem, and what to do about them. With
 * `services` (the official maps loaded, so the game can go on), Esc or Enter leaves for the title.
 */
export interface ErrorData {
  title?: string;
  lines: string[];
  hint?: string;
  services?: Services;
}

/** Stops every running, paused or sleeping scene except `keep`. */
export function stopAllBut(game: Phaser.Game, keep: string): void {
  for (const scene of game.scene.getScenes(false)) {
    const key = scene.sys.settings.key;
    if (key === keep) continue;
    if (scene.sys.isActive() || scene.sys.isPaused() || scene.sys.isSleeping()) game.scene.stop(key);
  }
}

/** Plays a level from wherever the game is (title, another level, the error screen). */
export function playLevel(game: Phaser.Game, data: LevelStart): void {
  const key = sceneKeyFor(data.levelId);
  stopAllBut(game, key);
  // a level scene playing already (the same level again) starts over with the new data
  if (game.scene.isActive(key) || game.scene.isPaused(key)) game.scene.stop(key);
  game.scene.start(key, data);
}

/** Shows the error screen over nothing else. */
export function showError(game: Phaser.Game, data: ErrorData): void {
  stopAllBut(game, 'error');
  game.scene.start('error', data);
}
