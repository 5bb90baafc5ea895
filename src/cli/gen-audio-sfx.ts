import {
  Biquad,
  SR,
  filter,
  master,
  midiHz,
  mixInto,
  noiseHit,
  piano,
  reverb,
  rng,
  wrapLoop,
} from './gen-audio-dsp';

const rand = rng(7);

/** A footstep: a soft low thump plus a surface-coloured scuff. */
function step(surface: 'stone' | 'metal' | 'wood' | 'wet' | 'mud'): Float32Array {
  const out = new Float32Array(Math.floor(0.3 * SR));
  const thump = noiseHit(rand, 0.12, 0.025, [new Biquad('lp', 260)]);
  mixInto(out, thump, 0, 2.2);
  if (surface === 'stone') mixInto(out, noiseHit(rand, 0.1, 0.018, [new Biquad('bp', 1800, 1.2)]), 0, 0.6);
  if (surface === 'wood') mixInto(out, noiseHit(rand, 0.15, 0.03, [new Biquad('bp', 700, 3)]), 0, 0.9);
  if (surface === 'metal') {
    // a hollow grating ring: a few inharmonic partials
    for (const [f, a] of [
      [420, 0.25],
      [1130, 0.15],
      [2270, 0.08],
    ] as const) {
      for (let i = 0; i < out.length; i++)
        out[i] = (out[i] ?? 0) + Math.sin((2 * Math.PI * f * i) / SR) * a * Math.exp(-i / SR / 0.07);
    }
  }
  if (surface === 'wet')
    mixInto(out, noiseHit(rand, 0.25, 0.06, [new Biquad('bp', 3200, 0.8)], 0.02), 0, 0.7);
  if (surface === 'mud') mixInto(out, noiseHit(rand, 0.25, 0.07, [new Biquad('lp', 600)], 0.03), 0, 1.2);
  return master(out, 0.7);
}

/** A cell door: the bolt's clack, then the iron's ring and a low scrape. */
function door(open: boolean): Float32Array {
  const out = new Float32Array(Math.floor(0.9 * SR));
  mixInto(out, noiseHit(rand, 0.08, 0.012, [new Biquad('bp', 2500, 2)]), 0, 1);
  const scrape = noiseHit(rand, 0.6, 0.25, [new Biquad('bp', open ? 520 : 380, 4)], 0.1);
  mixInto(out, scrape, Math.floor(0.05 * SR), 0.8);
  const bang = open ? 0.55 : 0.45;
  for (const [f, a] of [
    [110, 0.5],
    [293, 0.3],
    [741, 0.12],
  ] as const) {
    const s = Math.floor(bang * SR);
    for (let i = s; i < out.length; i++)
      out[i] =
        (out[i] ?? 0) + Math.sin((2 * Math.PI * f * (i - s)) / SR) * a * Math.exp(-(i - s) / SR / 0.12);
  }
  return master(addRoom(out, 0.3), 0.8);
}

function locked(): Float32Array {
  const out = new Float32Array(Math.floor(0.5 * SR));
  for (let k = 0; k < 3; k++)
    mixInto(
      out,
      noiseHit(rand, 0.07, 0.01, [new Biquad('bp', 2000 + k * 300, 3)]),
      Math.floor(k * 0.11 * SR),
      1,
    );
  return master(out, 0.7);
}

/** The tannoy: a two-tone chime through a tinny band-limited horn speaker, with mains hum. */
function tannoy(): Float32Array {
  const out = new Float32Array(Math.floor(1.6 * SR));
  mixInto(out, piano(76, 0.5, 0.6), 0, 1);
  mixInto(out, piano(72, 0.8, 0.6), Math.floor(0.45 * SR), 1);
  for (let i = 0; i < out.length; i++) {
    const t = i / SR;
    out[i] =
      (out[i] ?? 0) +
      (Math.sin(2 * Math.PI * 50 * t) * 0.05 + (rand() - 0.5) * 0.03) *
        Math.min(1, t / 0.05) *
        Math.min(1, (1.6 - t) / 0.2);
  }
  filter(out, new Biquad('hp', 450), new Biquad('lp', 3200), new Biquad('bp', 1200, 0.5));
  for (let i = 0; i < out.length; i++) out[i] = Math.tanh((out[i] ?? 0) * 4);
  return master(addRoom(out, 0.5), 0.7);
}

/** The alert sting: a low hit under a stabbed, dissonant brass cluster. */
function sting(): Float32Array {
  const out = new Float32Array(Math.floor(1.4 * SR));
  for (const m of [50, 56, 61, 63]) {
    const f = midiHz(m);
    for (let i = 0; i < out.length; i++) {
      const t = i / SR;
      const env = Math.min(1, t / 0.01) * Math.exp(-t / 0.45);
      let s = 0;
      for (let n = 1; n <= 8; n++) s += Math.sin(2 * Math.PI * n * f * t) / n;
      out[i] = (out[i] ?? 0) + s * env * 0.25;
    }
  }
  mixInto(out, noiseHit(rand, 0.5, 0.12, [new Biquad('lp', 180)]), 0, 3);
  mixInto(out, noiseHit(rand, 1.2, 0.4, [new Biquad('hp', 5000)]), 0, 0.25);
  return master(addRoom(out, 0.4), 0.85);
}

/** The bridge lever's ratchet: a pawl clacking over an iron tooth, under the chain's groan. */
function leverGrind(): Float32Array {
  const out = new Float32Array(Math.floor(0.4 * SR));
  mixInto(out, noiseHit(rand, 0.06, 0.01, [new Biquad('bp', 1400, 3)]), 0, 1.1);
  mixInto(out, noiseHit(rand, 0.35, 0.15, [new Biquad('bp', 240, 5)], 0.03), Math.floor(0.02 * SR), 1.4);
  for (let i = 0; i < out.length; i++)
    out[i] = (out[i] ?? 0) + Math.sin((2 * Math.PI * 180 * i) / SR) * 0.12 * Math.exp(-i / SR / 0.1);
  return master(addRoom(out, 0.35), 0.7);
}

/** The tower's alarm bell: a struck bell, three times, far off in the rain. */
function towerAlarm(): Float32Array {
  const out = new Float32Array(Math.floor(2.2 * SR));
  for (let k = 0; k < 3; k++) {
    const s = Math.floor(k * 0.45 * SR);
    for (const [f, a, d] of [
      [523, 0.4, 0.6],
      [1187, 0.2, 0.35],
      [1672, 0.12, 0.25],
    ] as const) {
      for (let i = s; i < out.length; i++)
        out[i] = (out[i] ?? 0) + Math.sin((2 * Math.PI * f * (i - s)) / SR) * a * Math.exp(-(i - s) / SR / d);
    }
  }
  filter(out, new Biquad('lp', 2600));
  return master(addRoom(out, 0.6), 0.75);
}

/** The bridge lands: a heavy timber boom and the chains going slack. */
function bridgeDown(): Float32Array {
  const out = new Float32Array(Math.floor(1.4 * SR));
  mixInto(out, noiseHit(rand, 0.7, 0.25, [new Biquad('lp', 140)]), 0, 3.5);
  mixInto(out, noiseHit(rand, 0.3, 0.08, [new Biquad('bp', 600, 2)]), 0, 0.8);
  for (let k = 0; k < 5; k++)
    mixInto(
      out,
      noiseHit(rand, 0.05, 0.01, [new Biquad('bp', 2200 + k * 180, 4)]),
      Math.floor((0.15 + k * 0.09) * SR),
      0.5,
    );
  return master(addRoom(out, 0.5), 0.85);
}

/**
 * The shift whistle: a three-chime steam whistle (a minor triad, like a mill's) that scoops up to
 * pitch as the steam comes, holds, and sags as it is shut off; breathy, far across a hard room.
 */
function whistle(): Float32Array {
  const len = 1.9;
  const out = new Float32Array(Math.floor(len * SR));
  const hold = 1.35;
  for (const [f, a] of [
    [370, 0.5],
    [440, 0.4],
    [554, 0.3],
  ] as const) {
    let phase = 0;
    for (let i = 0; i < out.length; i++) {
      const t = i / SR;
      const scoop = 0.86 + 0.14 * Math.min(1, t / 0.18);
      const sag = t > hold ? 1 - 0.08 * ((t - hold) / (len - hold)) : 1;
      phase += (f * scoop * sag) / SR;
      const env = Math.min(1, t / 0.06) * (t > hold ? Math.max(0, 1 - (t - hold) / (len - hold)) : 1);
      // a closed pipe: odd harmonics
      const p = 2 * Math.PI * phase;
      out[i] = (out[i] ?? 0) + (Math.sin(p) + Math.sin(3 * p) * 0.3 + Math.sin(5 * p) * 0.12) * a * env;
    }
  }
  const steam = noiseHit(rand, len, 10, [new Biquad('bp', 900, 1.5)], 0.05);
  for (let i = 0; i < out.length; i++) {
    const t = i / SR;
    const env = t > hold ? Math.max(0, 1 - (t - hold) / (len - hold)) : 1;
    out[i] = (out[i] ?? 0) + (steam[i] ?? 0) * 0.5 * env;
  }
  return master(addRoom(out, 0.6), 0.8);
}

/** A rifle from the wall: the crack, the boom under it, and the yard's walls giving it back twice. */
function rifle(): Float32Array {
  const out = new Float32Array(Math.floor(1.2 * SR));
  const crack = noiseHit(rand, 0.06, 0.006, [new Biquad('hp', 1200), new Biquad('lp', 6000)]);
  const boom = noiseHit(rand, 0.5, 0.09, [new Biquad('lp', 220), new Biquad('hp', 50)], 0.001);
  for (const [at, gain] of [
    [0, 1],
    [0.19, 0.35],
    [0.43, 0.18],
  ] as const) {
    mixInto(out, crack, Math.floor(at * SR), gain * (at === 0 ? 1.2 : 0.5));
    mixInto(out, boom, Math.floor(at * SR), gain * 2.5);
  }
  return master(addRoom(out, 0.45), 0.85);
}

function tick(freq: number, len: number): Float32Array {
  return master(noiseHit(rand, len, len / 4, [new Biquad('bp', freq, 2)]), 0.5);
}

function addRoom(buf: Float32Array, mix: number): Float32Array {
  const padded = new Float32Array(buf.length + Math.floor(0.6 * SR));
  padded.set(buf);
  const wet = reverb(padded, 0.7, 0.5);
  for (let i = 0; i < padded.length; i++) padded[i] = (padded[i] ?? 0) + (wet[i] ?? 0) * mix;
  return padded;
}

/** Every effect, in sprite order. */
export function effects(): [string, Float32Array][] {
  return [
    ['step-stone', step('stone')],
    ['step-metal', step('metal')],
    ['step-wood', step('wood')],
    ['step-wet', step('wet')],
    ['step-mud', step('mud')],
    ['door-open', door(true)],
    ['door-shut', door(false)],
    ['locked', locked()],
    ['tannoy', tannoy()],
    ['sting', sting()],
    ['blip', tick(2600, 0.03)],
    ['ui-move', tick(1500, 0.04)],
    ['ui-select', tick(900, 0.08)],
    ['lever-grind', leverGrind()],
    ['tower-alarm', towerAlarm()],
    ['bridge-down', bridgeDown()],
    ['whistle', whistle()],
    ['rifle', rifle()],
  ];
}

/** Rain: a bed of filtered noise with scattered drops, looped seamlessly. */
export function rain(seconds: number): Float32Array {
  const r = rng(1947);
  const len = Math.floor((seconds + 1) * SR);
  const bed = new Float32Array(len);
  for (let i = 0; i < len; i++) bed[i] = r() * 2 - 1;
  filter(bed, new Biquad('hp', 400), new Biquad('lp', 5000));
  for (let i = 0; i < len; i++) bed[i] = (bed[i] ?? 0) * (0.8 + 0.2 * Math.sin((2 * Math.PI * i) / SR / 3.7));
  for (let k = 0; k < seconds * 30; k++) {
    const drop = noiseHit(r, 0.05, 0.008 + r() * 0.01, [new Biquad('bp', 1500 + r() * 4000, 4)]);
    mixInto(bed, drop, Math.floor(r() * (len - drop.length)), 0.5 + r());
  }
  return master(wrapLoop(bed, Math.floor(seconds * SR)), 0.6);
}
