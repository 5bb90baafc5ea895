import Phaser from 'phaser';
import { onDeviceChange } from '../input/device';

/**
 * Keeps a prompt's text following the device in use (and the player's keys: it is re-made when the
 * scene resumes, e.g. after the settings page) for as long as the scene runs.
 */
export function followDevice(
  scene: Phaser.Scene,
  text: Phaser.GameObjects.BitmapText,
  make: () => string,
): void {
  const update = () => text.setText(make());
  update();
  const off = onDeviceChange(update);
  scene.events.on(Phaser.Scenes.Events.RESUME, update);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
    off();
    scene.events.off(Phaser.Scenes.Events.RESUME, update);
  });
}
