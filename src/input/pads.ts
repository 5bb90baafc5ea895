import Phaser from 'phaser';

/** Whether a pad has said hello (the browser announces one at its first button press). */
let present = false;

/**
 * A paused scene does not read its pads, so its buttons keep the state they had when it paused: a
 * button held as it resumes (A that chose Resume, B that closed the settings) would read as a new
 * press. On resume every button counts as held; one really held then presses nothing until let go.
 */
function quiet(scene: Phaser.Scene): void {
  for (const pad of scene.input?.gamepad?.gamepads ?? [])
    for (const b of pad?.buttons ?? []) b.pressed = true;
}

/**
 * Every running scene's gamepad plugin asks the browser for its pads every frame
 * (navigator.getGamepads): a cost on each frame of a game played on the keyboard. Polling waits
 * until a pad connects. A plugin must be enabled when its scene starts or it never listens, so it
 * is switched off only after each scene's create and back on at its shutdown. Every scene's buttons
 * are quieted as it resumes (see `quiet`).
 */
export function pollPadsWhenPresent(game: Phaser.Game): void {
  const scenes = () => game.scene.getScenes(false);
  const set = (scene: Phaser.Scene, on: boolean) => {
    const pads = scene.input?.gamepad;
    if (pads) pads.enabled = on;
  };
  const seen = () => Array.from(navigator.getGamepads?.() ?? []).some((p) => p?.connected === true);
  window.addEventListener('gamepadconnected', () => {
    present = true;
    for (const s of scenes()) if (s.sys.isActive() || s.sys.isPaused()) set(s, true);
  });
  window.addEventListener('gamepaddisconnected', () => {
    present = seen();
  });
  game.events.once(Phaser.Core.Events.READY, () => {
    for (const s of scenes()) {
      s.events.on(Phaser.Scenes.Events.CREATE, () => set(s, present));
      s.events.on(Phaser.Scenes.Events.SHUTDOWN, () => set(s, true));
      s.events.on(Phaser.Scenes.Events.RESUME, () => quiet(s));
    }
  });
}
