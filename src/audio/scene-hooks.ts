import Phaser from 'phaser';
import { LEVEL_SCENE_KEYS } from '../scenes/levels/registry';
import type { LevelScene } from '../scenes/level-scene';
import type { SimEvent } from '../sim/sim-events';
import { outdoorsAt } from '../sim/places';
import { SUB } from '../sim/units';
import { FLAG_RIOT } from '../state/informer';
import { crowdLevel, ease, humLevel, rainLevel } from './ambience';
import type { AudioService } from './audio-service';
import { OncePerTick, actionFor, musicForLevel } from './cues';
import type { AmbienceLoop } from './loops';

/** How fast each bed follows the simulation, ms: a beam's hum at once, a crowd swelling, rain slowly. */
const EASE_MS: Record<AmbienceLoop, { up: number; down: number }> = {
  hum: { up: 80, down: 200 },
  crowd: { up: 1200, down: 700 },
  rain: { up: 400, down: 400 },
};

/**
 * The beds follow the simulation this often, ms (not every frame): the eases above are slower than
 * this, and reading the map, the beams and the crowd for them every frame cost as much as a sprite's
 * drawing.
 */
const AMBIENCE_EVERY_MS = 50;

/** The beds, in a fixed order: no array made per frame. */
const BEDS = Object.keys(EASE_MS) as AmbienceLoop[];

/**
 * Connects the audio service to the running game from outside the scenes: music follows which scene
 * starts, the level's bus drives effects, the simulation's state each frame sets the ambience, pause
 * and a hidden tab hold everything. No scene needs to know audio exists.
 */
export function attachAudio(game: Phaser.Game, audio: AudioService): void {
  game.events.on(Phaser.Core.Events.HIDDEN, () => audio.setHidden(true));
  game.events.on(Phaser.Core.Events.VISIBLE, () => audio.setHidden(false));
  // the whole game stopped (a replay's verdict over it): the sound stops with it
  game.events.on(Phaser.Core.Events.PAUSE, () => audio.setFrozen(true));
  game.events.on(Phaser.Core.Events.RESUME, () => audio.setFrozen(false));
  game.events.once(Phaser.Core.Events.READY, () => {
    const title = game.scene.getScene('title');
    title?.events.on(Phaser.Scenes.Events.CREATE, () => {
      audio.setPaused(false);
      audio.duck(false);
      audio.setMusic('title');
      audio.setAmbience('rain', 0.8);
      audio.setAmbience('hum', 0);
      audio.setAmbience('crowd', 0);
    });
    for (const key of LEVEL_SCENE_KEYS) {
      const level = game.scene.getScene(key) as LevelScene | null;
      if (level) hookLevel(level, audio);
    }
  });
}

function hookLevel(level: LevelScene, audio: AudioService): void {
  const once = new OncePerTick();
  const onSim = (e: SimEvent) => {
    const act = actionFor(e, Math.random());
    if (act?.kind === 'play' && once.allow(level.session.sim.tick, act.cue.effect)) audio.play(act.cue);
    else if (act?.kind === 'duck') audio.duck(act.on);
  };
  const onRestart = () => {
    audio.duck(false);
    audio.dropHeldEffects();
  };
  const beds: Record<AmbienceLoop, number> = { rain: 0, hum: 0, crowd: 0 };
  const targets: Record<AmbienceLoop, number> = { rain: 0, hum: 0, crowd: 0 };
  const silence = () => {
    for (const k of BEDS) {
      beds[k] = 0;
      audio.setAmbience(k, 0);
    }
  };
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
    audio.dropHeldEffects();
    audio.duck(false);
    audio.setPaused(false);
    silence();
  });
  let since = AMBIENCE_EVERY_MS;
  level.events.on(Phaser.Scenes.Events.UPDATE, (_time: number, delta: number) => {
    if (!level.session) return;
    since += delta;
    if (since < AMBIENCE_EVERY_MS) return;
    ambienceTargets(level, targets);
    for (const k of BEDS) {
      const target = targets[k];
      const tau = target > beds[k] ? EASE_MS[k].up : EASE_MS[k].down;
      beds[k] = ease(beds[k], target, since, tau);
      audio.setAmbience(k, beds[k]);
    }
    since = 0;
  });
}

/** What each bed should be now, read off the level's simulation (the rules are in ambience.ts), into `out`. */
function ambienceTargets(level: LevelScene, out: Record<AmbienceLoop, number>): void {
  const { sim, map } = level.session;
  const data = sim.level;
  const outdoors = outdoorsAt(data, sim.joe.x, sim.joe.y);
  const px = sim.joe.x / SUB;
  const py = sim.joe.y / SUB;
  const hazards = sim.hazards;
  out.rain = rainLevel(map.level.rain, outdoors);
  out.hum = hazards ? humLevel(data.searchlights ?? [], hazards.lights, px, py, outdoors) : 0;
  out.crowd = crowdLevel(
    data,
    hazards?.crowds ?? null,
    { riot: sim.state.hasFlag(FLAG_RIOT), playing: sim.outcome === 'playing' },
    sim.tick,
    px,
    py,
  );
}
