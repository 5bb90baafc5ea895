import Phaser from 'phaser';
import { LEVEL_SCENE_KEYS } from '../scenes/levels/registry';
import type { LevelScene } from '../scenes/level-scene';
import type { SimEvent } from '../sim/sim-events';
import { TILE_SUB } from '../sim/units';
import type { AudioService } from './audio-service';
import { actionFor, musicForLevel } from './cues';

/** Rain under a roof: heard on the windows, quieter. */
const RAIN_INDOORS = 0.35;

/**
 * Connects the audio service to the running game from outside the scenes: music follows which scene
 * starts, the level's bus drives effects, pause and a hidden tab hold everything. No scene needs to
 * know audio exists.
 */
export function attachAudio(game: Phaser.Game, audio: AudioService): void {
  game.events.on(Phaser.Core.Events.HIDDEN, () => audio.setHidden(true));
  game.events.on(Phaser.Core.Events.VISIBLE, () => audio.setHidden(false));
  game.events.once(Phaser.Core.Events.READY, () => {
    const title = game.scene.getScene('title');
    title?.events.on(Phaser.Scenes.Events.CREATE, () => {
      audio.setPaused(false);
      audio.duck(false);
      audio.setMusic('title');
      audio.setRain(0.8);
    });
    for (const key of LEVEL_SCENE_KEYS) {
      const level = game.scene.getScene(key) as LevelScene | null;
      if (level) hookLevel(level, audio);
    }
  });
}

function hookLevel(level: LevelScene, audio: AudioService): void {
  const onSim = (e: SimEvent) => {
    const act = actionFor(e, Math.random());
    if (act?.kind === 'play') audio.play(act.cue);
    else if (act?.kind === 'duck') audio.duck(act.on);
  };
  const onRestart = () => audio.duck(false);
  level.events.on(Phaser.Scenes.Events.CREATE, () => {
    // the bus loses its listeners at every shutdown, so subscribe again on every create
    level.bus.on('sim', onSim);
    level.bus.on('restart', onRestart);
    audio.setPaused(false);
    audio.duck(false);
    audio.setMusic(musicForLevel(level.session.map.level.music));
  });
  level.events.on(Phaser.Scenes.Events.PAUSE, () => audio.setPaused(true));
  level.events.on(Phaser.Scenes.Events.RESUME, () => audio.setPaused(false));
  level.events.on(Phaser.Scenes.Events.SHUTDOWN, () => {
    audio.duck(false);
    audio.setPaused(false);
  });
  level.events.on(Phaser.Scenes.Events.UPDATE, () => {
    if (!level.session) return;
    audio.setRain(rainLevel(level));
  });
}

/** Re-derives the level scene's weather: rain falls where Joe stands on wet stone or mud. */
function rainLevel(level: LevelScene): number {
  const sim = level.session.sim;
  if (!level.session.map.level.rain) return 0;
  const { level: data, joe } = sim;
  const i = Math.floor(joe.y / TILE_SUB) * data.width + Math.floor(joe.x / TILE_SUB);
  const surface = data.surfaces[data.surfaceAt[i] ?? 0];
  return surface === 'wet' || surface === 'mud' ? 1 : RAIN_INDOORS;
}
