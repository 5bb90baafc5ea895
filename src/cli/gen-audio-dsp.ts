/** Small synthesis toolkit for gen-audio: mono float buffers, biquads, a plate-ish reverb, voices. */
export const SR = 44100;

/** Seeded so every run of `npm run audio` writes the same files. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const midiHz = (m: number): number => 440 * 2 ** ((m - 69) / 12);

/** RBJ cookbook biquad. */
export class Biquad {
  private b0 = 0;
  private b1 = 0;
  private b2 = 0;
  private a1 = 0;
  private a2 = 0;
  private x1 = 0;
  private x2 = 0;
  private y1 = 0;
  private y2 = 0;
  constructor(type: 'lp' | 'hp' | 'bp', freq: number, q = 0.707) {
    const w = (2 * Math.PI * Math.min(freq, SR * 0.45)) / SR;
    const cos = Math.cos(w);
    const alpha = Math.sin(w) / (2 * q);
    const a0 = 1 + alpha;
    if (type === 'lp') {
      this.b0 = (1 - cos) / 2 / a0;
      this.b1 = (1 - cos) / a0;
      this.b2 = this.b0;
    } else if (type === 'hp') {
      this.b0 = (1 + cos) / 2 / a0;
      this.b1 = -(1 + cos) / a0;
      this.b2 = this.b0;
    } else {
      this.b0 = alpha / a0;
      this.b1 = 0;
      this.b2 = -alpha / a0;
    }
    this.a1 = (-2 * cos) / a0;
    this.a2 = (1 - alpha) / a0;
  }
  run(x: number): number {
    const y = this.b0 * x + this.b1 * this.x1 + this.b2 * this.x2 - this.a1 * this.y1 - this.a2 * this.y2;
    this.x2 = this.x1;
    this.x1 = x;
    this.y2 = this.y1;
    this.y1 = y;
    return y;
  }
}

export function filter(buf: Float32Array, ...filters: Biquad[]): Float32Array {
  for (let i = 0; i < buf.length; i++) {
    let x = buf[i] ?? 0;
    for (const f of filters) x = f.run(x);
    buf[i] = x;
  }
  return buf;
}

/** Schroeder/Freeverb-style reverb: four damped combs into two allpasses. Returns the wet signal. */
export function reverb(input: Float32Array, room = 0.8, damp = 0.35): Float32Array {
  const out = new Float32Array(input.length);
  for (const len of [1116, 1188, 1277, 1356, 1422, 1491]) {
    const line = new Float32Array(len);
    let idx = 0;
    let store = 0;
    for (let i = 0; i < input.length; i++) {
      const y = line[idx] ?? 0;
      store = y * (1 - damp) + store * damp;
      line[idx] = (input[i] ?? 0) + store * room;
      idx = (idx + 1) % len;
      out[i] = (out[i] ?? 0) + y / 6;
    }
  }
  for (const len of [556, 441, 341]) {
    const line = new Float32Array(len);
    let idx = 0;
    for (let i = 0; i < out.length; i++) {
      const b = line[idx] ?? 0;
      const x = out[i] ?? 0;
      line[idx] = x + b * 0.5;
      out[i] = b - x;
      idx = (idx + 1) % len;
    }
  }
  return out;
}

/** Adds `src` into `dst` at sample `at`, scaled. */
export function mixInto(dst: Float32Array, src: Float32Array, at: number, gain = 1): void {
  for (let i = 0; i < src.length; i++) {
    const j = at + i;
    if (j >= 0 && j < dst.length) dst[j] = (dst[j] ?? 0) + (src[i] ?? 0) * gain;
  }
}

/** Felt piano: inharmonic partials, the upper ones dying first, a soft hammer. */
export function piano(midi: number, dur: number, vel: number): Float32Array {
  const f = midiHz(midi);
  const len = Math.floor((dur + 0.6) * SR);
  const out = new Float32Array(len);
  const partials = 7;
  for (let n = 1; n <= partials; n++) {
    const fn = n * f * Math.sqrt(1 + 0.0003 * n * n);
    if (fn > SR * 0.4) break;
    const amp = vel / n ** 1.4;
    const decay = (2.2 * (midi < 60 ? 1.4 : 1)) / n ** 0.8;
    const w = (2 * Math.PI * fn) / SR;
    for (let i = 0; i < len; i++) {
      const t = i / SR;
      const rel = t < dur ? 1 : Math.exp(-(t - dur) / 0.12);
      const att = Math.min(1, t / 0.004);
      out[i] = (out[i] ?? 0) + Math.sin(w * i) * amp * Math.exp(-t / decay) * rel * att;
    }
  }
  return out;
}

/** A breathy, muted horn: harmonic stack through an envelope-driven lowpass, late vibrato. */
export function horn(midi: number, dur: number, vel: number, rand: () => number): Float32Array {
  const f = midiHz(midi);
  const len = Math.floor((dur + 0.35) * SR);
  const out = new Float32Array(len);
  const phases = new Float64Array(12);
  const breath = new Biquad('bp', f * 2, 1.5);
  for (let i = 0; i < len; i++) {
    const t = i / SR;
    const env =
      Math.min(1, t / 0.09) * (t < dur ? 1 - 0.15 * Math.min(1, t / dur) : Math.exp(-(t - dur) / 0.1));
    const vib = 1 + 0.005 * Math.sin(2 * Math.PI * 4.8 * t) * Math.min(1, Math.max(0, (t - 0.35) / 0.4));
    const cutoff = 500 + 1500 * env * vel;
    let s = 0;
    for (let n = 1; n <= 12; n++) {
      const fn = n * f * vib;
      if (fn > 9000) break;
      const ph = (phases[n - 1] ?? 0) + (2 * Math.PI * fn) / SR;
      phases[n - 1] = ph;
      s += Math.sin(ph) / n / (1 + (fn / cutoff) ** 2);
    }
    out[i] = (s + breath.run(rand() * 2 - 1) * 0.25) * env * vel;
  }
  return out;
}

/** Upright bass pluck. */
export function bass(midi: number, dur: number, vel: number): Float32Array {
  const f = midiHz(midi);
  const len = Math.floor((dur + 0.2) * SR);
  const out = new Float32Array(len);
  for (let i = 0; i < len; i++) {
    const t = i / SR;
    const env = Math.min(1, t / 0.006) * Math.exp(-t / 0.9) * (t < dur ? 1 : Math.exp(-(t - dur) / 0.05));
    const p = 2 * Math.PI * f * t;
    out[i] = (Math.sin(p) + 0.35 * Math.sin(2 * p) + 0.12 * Math.sin(3 * p)) * env * vel;
  }
  return out;
}

/** A burst of filtered noise with an exponential tail: brushes, ticks, splashes, clanks. */
export function noiseHit(
  rand: () => number,
  seconds: number,
  decay: number,
  filters: Biquad[],
  attack = 0.002,
): Float32Array {
  const out = new Float32Array(Math.floor(seconds * SR));
  for (let i = 0; i < out.length; i++) {
    const t = i / SR;
    out[i] = (rand() * 2 - 1) * Math.min(1, t / attack) * Math.exp(-t / decay);
  }
  return filter(out, ...filters);
}

/** Wraps everything after `loopLen` back onto the start, so a loop's tail rings into its own beginning. */
export function wrapLoop(buf: Float32Array, loopLen: number): Float32Array {
  const out = buf.slice(0, loopLen);
  for (let i = loopLen; i < buf.length; i++) {
    const j = (i - loopLen) % loopLen;
    out[j] = (out[j] ?? 0) + (buf[i] ?? 0);
  }
  return out;
}

/** Gentle tanh limiting and a peak at `peak`. */
export function master(buf: Float32Array, peak = 0.89): Float32Array {
  let max = 0;
  for (const x of buf) max = Math.max(max, Math.abs(x));
  const g = max > 0 ? 1.4 / max : 1;
  let max2 = 0;
  for (let i = 0; i < buf.length; i++) {
    buf[i] = Math.tanh((buf[i] ?? 0) * g);
    max2 = Math.max(max2, Math.abs(buf[i] ?? 0));
  }
  for (let i = 0; i < buf.length; i++) buf[i] = ((buf[i] ?? 0) / (max2 || 1)) * peak;
  return buf;
}

/** 16-bit mono PCM WAV. */
export function wav(buf: Float32Array): Buffer {
  const data = Buffer.alloc(buf.length * 2);
  for (let i = 0; i < buf.length; i++) {
    data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, buf[i] ?? 0)) * 32767), i * 2);
  }
  const h = Buffer.alloc(44);
  h.write('RIFF', 0);
  h.writeUInt32LE(36 + data.length, 4);
  h.write('WAVEfmt ', 8);
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20);
  h.writeUInt16LE(1, 22);
  h.writeUInt32LE(SR, 24);
  h.writeUInt32LE(SR * 2, 28);
  h.writeUInt16LE(2, 32);
  h.writeUInt16LE(16, 34);
  h.write('data', 36);
  h.writeUInt32LE(data.length, 40);
  return Buffer.concat([h, data]);
}
