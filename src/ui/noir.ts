import Phaser from 'phaser';
import { settingsOf } from '../settings/link';

/** The grain's noise tile, pixels. */
const GRAIN = 64;
/** Pictures of grain baked: one is picked at random each film frame, which reads as live noise. */
const GRAIN_FRAMES = 6;
/** A film frame, ms: the grain moves as projected film's does, 24 times a second. */
const GRAIN_MS = 1000 / 24;

/**
 * The film look over the whole screen: a vignette darkening its edges and film grain. Both baked into
 * one texture, GRAIN_FRAMES pictures of it each with the grain in another place, and laid over the
 * scene as one quad showing a picture chosen at random 24 times a second (reduced motion: one picture that
 * holds still). One full-screen layer, not a vignette and a grain: where the GPU is software (as on a
 * headless test machine), each layer over the whole screen costs frames. Vignette over grain or grain
 * over vignette come to the same pixels: "over" is associative.
 */
export function addFilmLook(scene: Phaser.Scene, w: number, h: number): Phaser.GameObjects.Image {
  const key = `film-${w}x${h}`;
  if (!scene.textures.exists(key)) bake(scene, key, w, h);
  const look = scene.add.image(0, 0, key, 0).setOrigin(0).setScrollFactor(0).setDepth(950);
  let shown = 0;
  let since = 0;
  // reduced motion: the grain holds still (a screen that flickers all over is motion too)
  const flicker = (_time: number, delta: number) => {
    if (settingsOf(scene.game)?.current.reducedMotion === true) return;
    // a new picture at film's 24 a second, not at every frame the screen shows
    since += delta;
    if (since < GRAIN_MS) return;
    since %= GRAIN_MS;
    // never the same picture twice running: a repeat would read as the grain stopping
    shown = (shown + 1 + Math.floor(Math.random() * (GRAIN_FRAMES - 1))) % GRAIN_FRAMES;
    look.setFrame(shown);
  };
  scene.events.on(Phaser.Scenes.Events.UPDATE, flicker);
  // scene events outlive a scene's shutdown: without this every restart would add a listener
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () =>
    scene.events.off(Phaser.Scenes.Events.UPDATE, flicker),
  );
  return look;
}

/** GRAIN_FRAMES pictures, one under the other, each a frame of the texture (named 0, 1, ...). */
function bake(scene: Phaser.Scene, key: string, w: number, h: number): void {
  const canvas = scene.textures.createCanvas(key, w, h * GRAIN_FRAMES);
  const ctx = canvas?.getContext();
  const tile = document.createElement('canvas');
  tile.width = GRAIN;
  tile.height = GRAIN;
  const tctx = tile.getContext('2d');
  if (!canvas || !ctx || !tctx) return;
  const img = tctx.createImageData(GRAIN, GRAIN);
  for (let i = 0; i < GRAIN * GRAIN; i++) {
    const v = Math.random() * 255;
    img.data.set([v, v, v, Math.random() < 0.5 ? 10 : 0], i * 4);
  }
  tctx.putImageData(img, 0, 0);
  const r = Math.hypot(w, h) / 2;
  for (let f = 0; f < GRAIN_FRAMES; f++) {
    const top = f * h;
    ctx.save();
    ctx.beginPath();
    ctx.rect(0, top, w, h);
    ctx.clip();
    const g = ctx.createRadialGradient(w / 2, top + h / 2, r * 0.35, w / 2, top + h / 2, r);
    g.addColorStop(0, 'rgba(0,0,0,0)');
    g.addColorStop(0.55, 'rgba(0,0,0,0.35)');
    g.addColorStop(1, 'rgba(0,0,0,0.85)');
    ctx.fillStyle = g;
    ctx.fillRect(0, top, w, h);
    // the grain tile from a random offset, repeated over the picture
    const ox = -Math.floor(Math.random() * GRAIN);
    const oy = -Math.floor(Math.random() * GRAIN);
    for (let y = oy; y < h; y += GRAIN) for (let x = ox; x < w; x += GRAIN) ctx.drawImage(tile, x, top + y);
    ctx.restore();
    canvas.add(f, 0, 0, top, w, h);
  }
  canvas.refresh();
}
