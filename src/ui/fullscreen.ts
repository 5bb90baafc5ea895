import type Phaser from 'phaser';
import { settingsOf } from '../settings/link';

const F = 70;

/** Full screen on and off: the pause menu's item, and F anywhere unless the player bound F to a command. */
export function toggleFullscreen(game: Phaser.Game): void {
  game.scale.toggleFullscreen();
}

export function installFullscreenKey(game: Phaser.Game): void {
  window.addEventListener('keydown', (e) => {
    if (e.keyCode !== F || e.repeat || e.ctrlKey || e.metaKey || e.altKey) return;
    const bindings = settingsOf(game)?.current.bindings;
    if (bindings && Object.values(bindings).some((keys) => keys.includes(F))) return;
    toggleFullscreen(game);
  });
}
