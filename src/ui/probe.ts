import type Phaser from 'phaser';
import type { LevelScene } from '../scenes/level-scene';

/**
 * A read-only window onto the running game for end-to-end tests and curious players:
 * `window.westgate.level()` tells the tick, Joe's position and the state hash. It changes nothing.
 */
export function installProbe(game: Phaser.Game): void {
  const active = (): string[] => game.scene.getScenes(true).map((s) => s.scene.key);
  const levelScene = (): LevelScene | null => {
    const s = game.scene.getScene('level') as LevelScene | null;
    return s && s.scene.isActive() ? s : null;
  };
  Object.assign(window, {
    westgate: {
      scenes: active,
      level: () => {
        const session = levelScene()?.session;
        if (!session) return null;
        const sim = session.sim;
        return {
          id: sim.level.id,
          tick: sim.tick,
          outcome: sim.outcome,
          joe: { x: sim.joe.x / 16, y: sim.joe.y / 16, facing: sim.joe.facing },
          suspicion: sim.state.suspicion,
          flags: [...sim.state.flags],
          hash: sim.hash(),
        };
      },
      replay: () => levelScene()?.session?.replay() ?? null,
    },
  });
}
