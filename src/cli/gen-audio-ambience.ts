/**
 * The ambience loops besides the rain: the searchlights' carbon-arc hum and the riot's crowd. Both are
 * seamless loops (wrapLoop folds each tail onto its start) played by the audio service at a level the
 * simulation's state decides (src/audio/ambience.ts).
 */
import { Biquad, SR, filter, master, mixInto, noiseHit, reverb, rng, wrapLoop } from './gen-audio-dsp';

const TAU = 2 * Math.PI;

/**
 * Runs `fn` (a filter, a reverb) over the loop as if it went round forever: over two copies end to end,
 * keeping the second, so what the filter carries at the seam is the loop's own end.
 */
function circular(loop: Float32Array, fn: (b: Float32Array) => Float32Array): Float32Array {
  const twice = new Float32Array(loop.length * 2);
  twice.set(loop);
  twice.set(loop, loop.length);
  return fn(twice).slice(loop.length);
}

/** White noise shaped by `filters`, seamless over `n` samples. */
function loopNoise(r: () => number, n: number, ...filters: Biquad[]): Float32Array {
  const noise = new Float32Array(n);
  for (let i = 0; i < n; i++) noise[i] = r() * 2 - 1;
  return circular(noise, (b) => filter(b, ...filters));
}

/**
 * A searchlight: 60 Hz mains through the lamp's ballast (a strong 120 Hz and odd buzz above it, so a
 * small speaker still carries it) and the carbon arc's hiss, crackling now and then. Every partial makes
 * whole cycles in `seconds`, so the loop has no seam.
 */
export function hum(seconds: number): Float32Array {
  const r = rng(60);
  const n = Math.floor(seconds * SR);
  const out = new Float32Array(n);
  const partials: [number, number][] = [
    [60, 0.5],
    [120, 1],
    [180, 0.35],
    [240, 0.3],
    [360, 0.16],
    [480, 0.1],
    [600, 0.05],
  ];
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    // the ballast breathes: a slow swell whose period divides the loop
    const swell = 0.85 + 0.15 * Math.sin((TAU * 2 * t) / seconds);
    let s = 0;
    for (const [f, a] of partials) s += Math.sin(TAU * f * t) * a;
    out[i] = s * 0.18 * swell;
  }
  // the arc: band-limited hiss, and a crackle every so often
  mixInto(out, loopNoise(r, n, new Biquad('hp', 2500), new Biquad('lp', 7000)), 0, 0.04);
  const crackle = new Float32Array(n + Math.floor(0.1 * SR));
  for (let k = 0; k < seconds * 3; k++) {
    const tick = noiseHit(r, 0.03, 0.004, [new Biquad('bp', 3000 + r() * 3000, 3)]);
    mixInto(crackle, tick, Math.floor(r() * n), 0.15 + r() * 0.25);
  }
  mixInto(out, wrapLoop(crackle, n), 0, 1);
  return master(out, 0.7);
}

/** One man's voice in the crowd: a buzzing glottal source through two vowel formants, syllable by syllable. */
function voice(r: () => number, len: number, shout: boolean): Float32Array {
  const out = new Float32Array(len);
  const f0 = shout ? 180 + r() * 90 : 95 + r() * 70;
  const vowels: [number, number][] = [
    [730, 1090],
    [570, 840],
    [300, 870],
    [530, 1840],
    [660, 1720],
    [440, 1020],
  ];
  let phase = 0;
  let i = 0;
  while (i < len) {
    const syl = Math.floor((shout ? 0.25 + r() * 0.5 : 0.12 + r() * 0.22) * SR);
    const gap = Math.floor(r() * (shout ? 0.6 : 0.15) * SR);
    const [f1, f2] = vowels[Math.floor(r() * vowels.length)] ?? [600, 1200];
    const seg = new Float32Array(syl);
    const glide = shout ? 1.25 : 1 + (r() - 0.5) * 0.2;
    for (let k = 0; k < syl; k++) {
      const u = k / syl;
      phase += (f0 * (1 + (glide - 1) * u) * (1 + (r() - 0.5) * 0.02)) / SR;
      phase -= Math.floor(phase);
      // a sawtooth with breath in it, enveloped like a syllable
      seg[k] = (2 * phase - 1 + (r() - 0.5) * 0.4) * Math.sin(Math.PI * u);
    }
    const a = filter(seg.slice(), new Biquad('bp', f1, 5));
    const b = filter(seg, new Biquad('bp', f2, 7));
    for (let k = 0; k < syl && i + k < len; k++) out[i + k] = (a[k] ?? 0) + (b[k] ?? 0) * 0.6;
    i += syl + gap;
  }
  return out;
}

/**
 * The riot: forty men at once, a dozen of them shouting, over the rumble of boots, in a walled yard.
 * Voices are placed past the loop's end too and folded back, so the babble never starts or stops.
 */
export function crowd(seconds: number): Float32Array {
  const r = rng(1947 * 3);
  const n = Math.floor(seconds * SR);
  const buf = new Float32Array(n + Math.floor(6 * SR));
  for (let v = 0; v < 40; v++) {
    const shout = v < 12;
    const len = Math.floor((shout ? 1 + r() * 1.5 : 2 + r() * 3) * SR);
    const at = Math.floor(r() * n);
    const gain = shout ? 0.5 + r() * 0.5 : 0.3 + r() * 0.4;
    const s = voice(r, len, shout);
    // fade each voice in and out so none clicks where it begins
    const edge = Math.floor(0.05 * SR);
    for (let k = 0; k < edge && k < s.length; k++) {
      s[k] = (s[k] ?? 0) * (k / edge);
      const e = s.length - 1 - k;
      s[e] = (s[e] ?? 0) * (k / edge);
    }
    mixInto(buf, s, at, gain);
  }
  const loop = wrapLoop(buf, n);
  // boots and bodies: low, lumpy noise, swelling twice a loop
  const rumble = loopNoise(r, n, new Biquad('lp', 160), new Biquad('hp', 40));
  for (let i = 0; i < n; i++)
    loop[i] = (loop[i] ?? 0) + (rumble[i] ?? 0) * 2.2 * (0.7 + 0.3 * Math.sin((TAU * 2 * i) / n));
  // the yard's walls
  const walled = circular(loop, (b) => {
    const wet = reverb(b, 0.75, 0.45);
    for (let i = 0; i < b.length; i++) b[i] = (b[i] ?? 0) + (wet[i] ?? 0) * 0.5;
    return filter(b, new Biquad('hp', 60), new Biquad('lp', 3800));
  });
  return master(walled, 0.75);
}
