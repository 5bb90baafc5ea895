import Phaser from 'phaser';
import type { LampData } from '../maps/level-data';
import { settingsOf } from '../settings/link';

/** What the floor keeps away from any lamp: dark, not black, so the way stays readable. */
const AMBIENT = 0x76767c;
const WARM = 0xffe6bf;

/**
 * Lamplight: the map's lamps as Phaser lights over the tile layers, pools of warm light in a dim
 * prison. People and marks stay unlit, so what decides the game reads the same in the dark. WebGL only;
 * a map with no lamps is lit evenly as before.
 */
export function addLamplight(
  scene: Phaser.Scene,
  lamps: readonly LampData[],
  layers: readonly (Phaser.Tilemaps.TilemapLayer | Phaser.Tilemaps.TilemapGPULayer)[],
): void {
  if (lamps.length === 0 || scene.game.renderer.type !== Phaser.WEBGL) return;
  scene.lights.enable().setAmbientColor(AMBIENT);
  for (const layer of layers) layer.setLighting(true);
  const lights = lamps.map((l) => ({
    lamp: l,
    light: scene.lights.addLight(l.x, l.y, l.radius * 16, WARM, (l.intensity / 100) * 2.6),
  }));
  const flickering = lights.filter((l) => l.lamp.flicker);
  if (flickering.length === 0) return;
  // a failing bulb: cosmetic, so it may use Math.random; reduced motion keeps it steady
  const flicker = () => {
    const calm = settingsOf(scene.game)?.current.reducedMotion === true;
    for (const { lamp, light } of flickering) {
      const base = (lamp.intensity / 100) * 2.6;
      light.intensity = calm ? base : base * (Math.random() < 0.06 ? 0.35 : 0.9 + Math.random() * 0.1);
    }
  };
  scene.events.on(Phaser.Scenes.Events.UPDATE, flicker);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () =>
    scene.events.off(Phaser.Scenes.Events.UPDATE, flicker),
  );
}
