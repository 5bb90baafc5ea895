/**
 * title.png, 384 x 216: Westgate at night in the rain, seen across the moat. The upper third is kept calm
 * for the title the game draws over it; the only red is the warning lamp where the bridge stops short.
 */
import { Canvas, dither, mix, sq } from './canvas.ts';
import { g, RED, RED_DARK, RED_LIGHT, w } from './palette.ts';
import { Rng } from './rng.ts';
import * as air from './title-atmosphere.ts';
import { buildings, gatehouse, greatWall, segment, stone, tower } from './title-prison.ts';

const { W, H, WATER } = air;

/** The causeway from the mainland: stone arches on piers, a railing, stopping where the leaf is raised. */
function bridge(c: Canvas, rng: Rng): void {
  const end = 104;
  stone(c, rng, 0, 146, end, WATER - 1, 9, 5, 0.4);
  // arches through the causeway
  for (const cx of [18, 54, 90]) {
    for (let y = 150; y < WATER; y++) {
      for (let x = cx - 13; x <= cx + 13; x++) {
        const crown = WATER - 13 * Math.sqrt(Math.max(0, 1 - sq((x - cx) / 13)));
        if (y >= crown) c.set(x, y, y < crown + 2 ? g(1) : g(0));
      }
    }
  }
  c.hline(0, end, 146, g(6));
  c.hline(0, end, 147, g(4));
  // railing
  c.hline(0, end, 140, g(4));
  for (let x = 2; x <= end; x += 6) c.vline(x, 141, 145, g(3));
  // the gap: the raised leaf stands against the gatehouse, chains running up to the keep
  // the leaf in silhouette against the lit gatehouse, its raised edge catching the beam
  segment(c, 147, 150, 134, 112, 8, g(1));
  segment(c, 140, 150, 127, 112, 1, g(7));
  segment(c, 141, 150, 128, 112, 1, g(4));
  for (let k = 1; k < 6; k++) segment(c, 146 - k * 2, 150 - k * 6, 142 - k * 2, 150 - k * 6, 1, g(3));
  // chains from the keep to the leaf's tip
  segment(c, 129, 113, 148, 99, 1, g(6));
  segment(c, 131, 114, 154, 99, 1, g(5));
  // the warning lamp on its post at the end of the causeway: the one red in the picture
  c.vline(end - 2, 128, 139, g(3));
  c.hline(end - 4, end, 128, g(5));
  for (let y = 118; y < 138; y++) {
    for (let x = end - 12; x < end + 8; x++) {
      const d = Math.sqrt(sq(x - (end - 2)) + sq(y - 126));
      if (d < 9 && dither(x, y, 0.9 - d / 9)) c.blend(x, y, RED, 0.3);
    }
  }
  c.fill(end - 3, 125, 3, 3, RED);
  c.set(end - 2, 125, RED_LIGHT);
  c.set(end - 3, 127, RED_DARK);
}

/** Lamps on brackets along the wall, each throwing a cone of warm grey light down the stone. */
function wallLamps(c: Canvas): { x: number }[] {
  const lamps = [{ x: 214 }, { x: 268 }, { x: 352 }];
  for (const { x } of lamps) {
    for (let y = 118; y < WATER; y++) {
      const spread = (y - 118) * 0.45 + 1;
      for (let xx = Math.floor(x - spread); xx <= x + spread; xx++) {
        const v = (1 - Math.abs(xx - x) / (spread + 1)) * (1 - (y - 118) / 60);
        if (v > 0 && dither(xx, y, v)) c.blend(xx, y, w(6), 0.22);
      }
    }
    c.hline(x - 2, x + 2, 116, g(4));
    c.fill(x - 1, 117, 3, 2, w(8));
    c.set(x, 119, g(13));
  }
  return lamps;
}

/** A faint far shore and a mist lying on the water at the foot of the walls. */
function distance(c: Canvas, rng: Rng): void {
  let top = 152;
  for (let x = 0; x < W; x++) {
    // a low, slowly wandering line of hills on the mainland
    if (x % 6 === 0) top = Math.max(146, Math.min(158, top + rng.range(-1, 1)));
    for (let y = top; y < WATER; y++) c.set(x, y, y === top ? g(3) : mix(g(1), g(2), 0.5));
  }
}

function mist(c: Canvas): void {
  for (let y = 150; y < WATER + 6; y++) {
    const v = 1 - Math.abs(y - (WATER - 2)) / 18;
    for (let x = 0; x < W; x++) if (dither(x + (y >> 1), y, v * 0.5)) c.blend(x, y, g(6), 0.18);
  }
}

export function drawTitle(): Canvas {
  const c = new Canvas(W, H);
  const rng = new Rng(0x1947);
  air.sky(c, rng);
  distance(c, rng);
  buildings(c, rng);
  const beam: air.Beam = { ox: 276, oy: 50, tx: 0, ty: 104, spread: 0.11 };
  air.drawBeam(c, beam, WATER);
  tower(c, rng);
  greatWall(c, rng);
  gatehouse(c, rng);
  bridge(c, rng);
  const lamps = wallLamps(c);
  air.water(c, rng);
  for (const { x } of lamps) air.reflection(c, rng, x, w(6), 0.35);
  air.reflection(c, rng, 154, w(6), 0.25);
  air.reflection(c, rng, 101, RED, 0.35);
  mist(c);
  air.rain(c, rng, beam);
  air.vignette(c);
  return c;
}
