import Phaser from 'phaser';
import { BootScene } from './scenes/boot-scene';
import { CardScene } from './scenes/card-scene';
import { ErrorScene } from './scenes/error-scene';
import { HudScene } from './scenes/hud-scene';
import { LevelScene } from './scenes/level-scene';
import { PauseScene } from './scenes/pause-scene';
import { TitleScene } from './scenes/title-scene';
import { installProbe } from './ui/probe';
import { showErrorOverlay } from './ui/error-overlay';
import { INK, VIEW_H, VIEW_W } from './ui/palette';

// Whatever goes wrong, the player sees words, not a blank canvas.
window.addEventListener('error', (e) => showErrorOverlay('Westgate stopped', [String(e.message)]));
window.addEventListener('unhandledrejection', (e) =>
  showErrorOverlay('Westgate stopped', [String(e.reason)]),
);

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
  scene: [BootScene, TitleScene, LevelScene, HudScene, PauseScene, CardScene, ErrorScene],
});

installProbe(game);
