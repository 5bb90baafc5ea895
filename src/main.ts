import Phaser from 'phaser';
import { BootScene } from './scenes/boot-scene';
import { CardScene } from './scenes/card-scene';
import { EndingScene } from './scenes/ending-scene';
import { ErrorScene } from './scenes/error-scene';
import { LEVEL_SCENES } from './scenes/levels';
import { PauseScene } from './scenes/pause-scene';
import { TitleScene } from './scenes/title-scene';
import { SettingsScene } from './scenes/settings-scene';
import { attachAudio } from './audio/scene-hooks';
import { AudioService } from './audio/audio-service';
import { createBrowserSettings } from './settings/browser';
import { linkSettings } from './settings/link';
import { noteDevice } from './input/device';
import { installFullscreenKey } from './ui/fullscreen';
import { pollPadsWhenPresent } from './input/pads';
import { installProbe, verifyHere } from './ui/probe';
import { trackHeldKeys } from './input/held';
import { installReplayDrop } from './ui/replay-drop';
import { showErrorOverlay } from './ui/error-overlay';
import { INK, VIEW_H, VIEW_W } from './ui/palette';

// Whatever goes wrong, the player sees words, not a blank canvas.
window.addEventListener('error', (e) => showErrorOverlay('Westgate stopped', [String(e.message)]));
window.addEventListener('unhandledrejection', (e) =>
  showErrorOverlay('Westgate stopped', [String(e.reason)]),
);

// One settings store and one audio service for the page, made here and handed to what needs them.
const settings = createBrowserSettings();
const audio = new AudioService(settings);

const game = new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  width: VIEW_W,
  height: VIEW_H,
  backgroundColor: INK,
  pixelArt: true,
  banner: false,
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
  // The simulation has its own fixed step; Phaser's loop only draws and feeds it.
  fps: { smoothStep: false },
  // standard-mapping gamepads feed the same input bits as the keyboard, and drive the menus
  input: { gamepad: true },
  // Howler plays every sound (src/audio): Phaser's own sound manager would open a second
  // AudioContext and poll it every frame for nothing
  audio: { noAudio: true },
  scene: [
    BootScene,
    TitleScene,
    ...LEVEL_SCENES,
    PauseScene,
    CardScene,
    EndingScene,
    ErrorScene,
    new SettingsScene({ settings, audio }),
  ],
});

// Views built by scenes that are not handed settings (rain, cones, keyboard) find them by their game.
linkSettings(game, settings);
attachAudio(game, audio);
audio.load();
// read-only, for the browser tests: what loaded, and what plays
Object.assign(window, {
  westgateAudio: {
    states: () => audio.states(),
    unlocked: () => audio.isUnlocked,
    music: () => audio.nowPlaying(),
    ambience: () => audio.ambience(),
    effects: () => audio.recentEffects(),
    ringing: () => audio.ringing(),
  },
});

installProbe(game);
installFullscreenKey(game);
pollPadsWhenPresent(game);
window.addEventListener('keydown', () => noteDevice('keyboard'));
trackHeldKeys();
installReplayDrop(verifyHere, game);
