/** Floor tiles: every one repeats seamlessly in both directions. */
import { mix, type Canvas } from './canvas.ts';
import { drawBlocks, type Block } from './stones.ts';
import { g, w, wet } from './palette.ts';
import { tileNoise, type Rng } from './rng.ts';

// One irregular flagstone layout shared by the stone floors, so the dark variant lines up with the lit one.
const FLAGS: Block[] = [
  { x: 0, y: 0, w: 10, h: 6 },
  { x: 10, y: 0, w: 6, h: 6 },
  { x: 3, y: 6, w: 7, h: 10 },
  { x: 10, y: 6, w: 9, h: 10 },
];

export function floorVoid(c: Canvas): void {
  c.fill(0, 0, 16, 16, g(0));
}

export function floorStone(c: Canvas, rng: Rng): void {
  drawBlocks(
    c,
    FLAGS,
    {
      base: [g(4), g(4), mix(g(4), g(5), 0.5)],
      hi: mix(g(5), g(6), 0.4),
      lo: mix(g(4), g(3), 0.6),
      mortar: mix(g(2), g(3), 0.5),
      speck: 0.03,
    },
    rng,
  );
}

export function floorStoneDark(c: Canvas, rng: Rng): void {
  drawBlocks(
    c,
    FLAGS,
    { base: [g(2), g(3), g(3)], hi: mix(g(3), g(4), 0.6), lo: g(2), mortar: g(1), speck: 0.03 },
    rng,
  );
}

/** Worn checker: 8 px squares, scuffed paler along the walked middle. */
export function floorCorridor(c: Canvas, rng: Rng): void {
  for (let y = 0; y < 16; y++) {
    for (let x = 0; x < 16; x++) {
      const light = ((x >> 3) + (y >> 3)) % 2 === 0;
      const seam = x % 8 === 7 || y % 8 === 7;
      let col = light ? g(5) : g(4);
      if (seam) col = g(2);
      else if (x % 8 === 0 || y % 8 === 0) col = light ? g(6) : mix(g(4), g(5), 0.5);
      const r = rng.next();
      if (!seam && r < 0.03) col = mix(col, g(7), 0.5);
      else if (!seam && r < 0.06) col = mix(col, g(2), 0.4);
      c.set(x, y, col);
    }
  }
}

/** Outdoor flagstones in the rain: darker, puddled, with glints of sheen. */
export function floorWet(c: Canvas, rng: Rng): void {
  const layout: Block[] = [
    { x: 0, y: 0, w: 7, h: 8 },
    { x: 7, y: 0, w: 9, h: 8 },
    { x: 4, y: 8, w: 9, h: 8 },
    { x: 13, y: 8, w: 7, h: 8 },
  ];
  drawBlocks(c, layout, { base: [g(3), g(4), g(4)], hi: g(6), lo: g(3), mortar: wet(0), speck: 0.05 }, rng);
  // a shallow puddle over a joint, catching a pale streak of sky
  for (let y = 0; y < 16; y++) {
    for (let x = 0; x < 16; x++) {
      const dx = (x - 10.5) / 3.6;
      const dy = (y - 8) / 2;
      const d = dx * dx + dy * dy;
      if (d < 1) c.set(x, y, d > 0.55 ? mix(wet(1), g(3), 0.5) : wet(1));
    }
  }
  c.hline(9, 11, 7, mix(wet(3), g(5), 0.5));
  c.set(11, 9, wet(2));
  // wet glints on the stone
  for (let i = 0; i < 6; i++) c.set(rng.int(16), rng.int(16), g(7));
  c.set(2, 3, g(8));
  c.set(5, 12, g(8));
}

/** Boards running across, 4 px each, butt joints staggered. */
export function floorWood(c: Canvas, rng: Rng): void {
  const joints = [5, 13, 1, 9];
  for (let plank = 0; plank < 4; plank++) {
    const tone = rng.pick([w(3), w(3), w(2), w(4)]);
    const joint = joints[plank] ?? 0;
    for (let dy = 0; dy < 4; dy++) {
      const y = plank * 4 + dy;
      for (let x = 0; x < 16; x++) {
        let col = tone;
        if (dy === 3) col = w(1);
        else if (x === joint) col = w(1);
        else if (dy === 0) col = mix(tone, w(5), 0.45);
        else if (rng.chance(0.18)) col = mix(tone, w(1), 0.45);
        c.set(x, y, col);
      }
    }
    // a long grain line per board
    const gy = plank * 4 + 1 + rng.int(2);
    const gx = rng.int(16);
    for (let k = 0; k < 5; k++) c.wrap(gx + k, gy, mix(tone, w(1), 0.3));
  }
}

/** Steel catwalk grate: slats over a dark drop, cross-bearers every 8 px with bolt glints. */
export function floorMetal(c: Canvas): void {
  for (let y = 0; y < 16; y++) {
    for (let x = 0; x < 16; x++) {
      const k = y % 3;
      let col = k === 0 ? g(8) : k === 1 ? g(5) : g(1);
      if (x % 8 === 3) col = k === 2 ? g(3) : g(6);
      if (x % 8 === 4 && k === 2) col = g(0);
      c.set(x, y, col);
    }
  }
  c.set(3, 0, g(11));
  c.set(11, 9, g(11));
}

/** Small pale clinic tiles, 4 px with grout; a hairline crack or two. */
export function floorTile(c: Canvas, rng: Rng): void {
  for (let ty = 0; ty < 4; ty++) {
    for (let tx = 0; tx < 4; tx++) {
      const face = rng.chance(0.25) ? g(6) : mix(g(6), g(7), 0.5);
      for (let dy = 0; dy < 4; dy++) {
        for (let dx = 0; dx < 4; dx++) {
          let col = face;
          if (dx === 3 || dy === 3) col = g(4);
          else if (dx === 0 && dy === 0) col = g(8);
          else if (dx === 2 && dy === 2) col = mix(face, g(4), 0.4);
          c.set(tx * 4 + dx, ty * 4 + dy, col);
        }
      }
    }
  }
  c.set(5, 9, g(5));
  c.set(6, 10, g(5));
  c.set(13, 1, g(5));
}

/** Yard mud and gravel: trodden warm-grey dirt, darker wet hollows, a scatter of small lit stones. */
export function floorMud(c: Canvas, rng: Rng): void {
  const n = tileNoise(rng, 16, 2);
  const tones = [mix(w(1), wet(1), 0.5), w(1), mix(w(1), g(3), 0.5), mix(w(2), g(3), 0.5)];
  for (let y = 0; y < 16; y++) {
    for (let x = 0; x < 16; x++) {
      const v = n(x, y) * 0.8 + rng.next() * 0.35;
      c.set(x, y, tones[Math.min(tones.length - 1, Math.floor(v * tones.length))] ?? w(1));
    }
  }
  for (let i = 0; i < 9; i++) {
    const x = rng.int(16);
    const y = rng.int(16);
    c.wrap(x, y, rng.chance(0.3) ? g(7) : g(5));
    c.wrap(x, y + 1, mix(w(0), wet(0), 0.5));
  }
}
