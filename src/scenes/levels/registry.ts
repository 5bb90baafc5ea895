import type Phaser from 'phaser';
import type { LevelScene } from '../level-scene';

/** Key of the scene that plays maps with no scene of their own (custom maps, new levels in the making). */
export const ANY_LEVEL = 'level';

/** One thin scene per campaign level, keyed by level id, then the generic one. */
export const LEVEL_SCENE_KEYS = ['cell', 'machine-shop', 'yard', 'guard-tower', ANY_LEVEL] as const;

/** The scene that plays a level: its own, or the generic one. */
export function sceneKeyFor(levelId: string): string {
  return (LEVEL_SCENE_KEYS as readonly string[]).includes(levelId) ? levelId : ANY_LEVEL;
}

/** The level scene running now (active or paused), if any. */
export function activeLevel(game: Phaser.Game): LevelScene | null {
  for (const key of LEVEL_SCENE_KEYS) {
    const s = game.scene.getScene(key) as LevelScene | null;
    if (s && (s.sys.isActive() || s.sys.isPaused())) return s;
  }
  return null;
}
