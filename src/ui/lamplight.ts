import Phaser from 'phaser';
import type { LampData } from '../maps/level-data';
import { settingsOf } from '../settings/link';

/** What the floor keeps away from any lamp: dark, not black, so the way stays readable. */
const AMBIENT = 'rgb(100,100,106)';
/** AMBIENT's red and green: how dark a shade's centre is (blue, 106, differs by 2%). */
const AMBIENT_GREY = 100;
/** Warm lamplight, scaled by each lamp's intensity. */
const WARM: [number, number, number] = [255, 226, 180];
/** The light map is baked at a quarter of the map's resolution: soft pools, a small texture. */
const SCALE = 4;

let baked = 0;

/**
 * Lamplight: the map's lamps baked once into a light map laid over the floor with a multiply blend —
 * dim everywhere, warm pools under the lamps — one quad a frame whatever the number of lamps. People,
 * doors and marks are drawn above it, so what decides the game reads the same in the dark. A map with
 * no lamps is lit evenly. Flickering lamps dip now and then (steady with reduced motion). Returns the
 * light map's image (null with no lamps): a scene with its floor baked multiplies it into the floor.
 */
export function addLamplight(
  scene: Phaser.Scene,
  lamps: readonly LampData[],
  width: number,
  height: number,
): Phaser.GameObjects.Image | null {
  if (lamps.length === 0) return null;
  const key = `lightmap-${++baked}`;
  const w = Math.ceil(width / SCALE);
  const h = Math.ceil(height / SCALE);
  const canvas = scene.textures.createCanvas(key, w, h);
  const ctx = canvas?.getContext();
  if (!canvas || !ctx) return null;
  ctx.fillStyle = AMBIENT;
  ctx.fillRect(0, 0, w, h);
  ctx.globalCompositeOperation = 'lighter';
  for (const lamp of lamps) pool(ctx, lamp, 1);
  canvas.refresh();
  const image = scene.add.image(0, 0, key).setOrigin(0).setScale(SCALE).setDepth(2);
  image.setBlendMode(Phaser.BlendModes.MULTIPLY);
  image.once(Phaser.GameObjects.Events.DESTROY, () => scene.textures.remove(key));
  const flickering = lamps.filter((l) => l.flicker).map((l) => shade(scene, l));
  if (flickering.length === 0) return image;
  // a failing bulb: cosmetic, so it may use Math.random
  const flicker = () => {
    const calm = settingsOf(scene.game)?.current.reducedMotion === true;
    for (const s of flickering) s.setAlpha(calm ? 0 : Math.random() < 0.06 ? 0.8 : Math.random() * 0.12);
  };
  scene.events.on(Phaser.Scenes.Events.UPDATE, flicker);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () =>
    scene.events.off(Phaser.Scenes.Events.UPDATE, flicker),
  );
  return image;
}

/** A lamp's pool of light, added onto the light map (at light-map scale). */
function pool(ctx: CanvasRenderingContext2D, lamp: LampData, k: number): void {
  const x = lamp.x / SCALE;
  const y = lamp.y / SCALE;
  const r = (lamp.radius * 16) / SCALE;
  const a = (lamp.intensity / 100) * k;
  const [cr, cg, cb] = WARM;
  const g = ctx.createRadialGradient(x, y, 0, x, y, r);
  g.addColorStop(0, `rgba(${cr},${cg},${cb},${a})`);
  g.addColorStop(0.45, `rgba(${cr},${cg},${cb},${a * 0.6})`);
  g.addColorStop(1, `rgba(${cr},${cg},${cb},0)`);
  ctx.fillStyle = g;
  ctx.fillRect(x - r, y - r, r * 2, r * 2);
}

/**
 * A dark disc over a flickering lamp's pool: its alpha takes the light away for a moment. Black
 * laid over at alpha a * (1 - f) darkens as multiplying by a light map of f at alpha a does (f grey,
 * AMBIENT at the centre, white at the rim), and keeps the sprites' blend: a multiply layer, shown
 * every frame, broke the batch into three draw calls.
 */
function shade(scene: Phaser.Scene, lamp: LampData): Phaser.GameObjects.Image {
  const key = `lampshade-${++baked}`;
  const size = Math.ceil((lamp.radius * 32) / SCALE);
  const canvas = scene.textures.createCanvas(key, size, size);
  const ctx = canvas?.getContext();
  if (ctx) {
    const g = ctx.createRadialGradient(size / 2, size / 2, 0, size / 2, size / 2, size / 2);
    g.addColorStop(0, `rgba(0,0,0,${1 - AMBIENT_GREY / 255})`);
    g.addColorStop(1, 'rgba(0,0,0,0)');
    ctx.fillStyle = g;
    ctx.fillRect(0, 0, size, size);
    canvas?.refresh();
  }
  const image = scene.add.image(lamp.x, lamp.y, key).setScale(SCALE).setDepth(2).setAlpha(0);
  image.once(Phaser.GameObjects.Events.DESTROY, () => scene.textures.remove(key));
  return image;
}
