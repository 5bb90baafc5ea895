import {
  Biquad,
  SR,
  bass,
  filter,
  horn,
  master,
  mixInto,
  noiseHit,
  piano,
  reverb,
  rng,
  wrapLoop,
} from './gen-audio-dsp';

/** A note: bar, beat within the bar, MIDI pitch, length in beats. */
type Note = [bar: number, beat: number, midi: number, beats: number];

interface Song {
  bpm: number;
  /** one piano voicing (MIDI, lowest first) per bar; the lowest note is also the bass root */
  chords: number[][];
  /** the bass walks root, fifth, then a half-step approach to the next root */
  melody: Note[];
  /** piano upper echoes: sparse single notes, like water dripping in a cell block */
  drips?: Note[];
  seed: number;
  /** swing ride and brush taps (title) or only a slow brush swirl (cell) */
  drums: 'brushes' | 'swirl';
}

// C minor, 66 bpm, 12 bars: i9 - VImaj7 - iv9 - ii7b5 - V7b9, the noir cadence, said twice.
const CM9 = [48, 63, 67, 70, 74];
const ABMAJ7 = [44, 60, 63, 67, 72];
const FM9 = [41, 56, 60, 63, 67];
const DM7B5 = [50, 56, 60, 65];
const G7B9 = [43, 59, 65, 68];
export const TITLE: Song = {
  bpm: 66,
  seed: 1947,
  drums: 'brushes',
  chords: [CM9, CM9, ABMAJ7, ABMAJ7, FM9, FM9, DM7B5, G7B9, CM9, ABMAJ7, DM7B5, G7B9],
  melody: [
    [0, 1, 67, 1],
    [0, 2, 75, 1.5],
    [0, 3.5, 74, 0.5],
    [1, 0, 72, 3],
    [2, 1, 72, 0.5],
    [2, 1.5, 70, 0.5],
    [2, 2, 68, 1],
    [2, 3, 67, 1],
    [3, 0, 63, 3.5],
    [4, 1, 65, 1],
    [4, 2, 68, 1],
    [4, 3, 72, 1],
    [5, 0, 79, 2],
    [5, 2, 75, 2],
    [6, 0, 74, 1.5],
    [6, 1.5, 72, 0.5],
    [6, 2, 68, 2],
    [7, 0, 71, 2],
    [7, 2, 68, 1],
    [7, 3, 67, 1],
    [8, 0, 67, 1],
    [8, 1, 70, 1],
    [8, 2, 74, 1],
    [8, 3, 75, 1],
    [9, 0, 79, 2.5],
    [9, 2.5, 77, 0.5],
    [9, 3, 75, 1],
    [10, 0, 74, 2],
    [10, 2, 72, 1],
    [10, 3, 68, 1],
    [11, 0, 67, 2],
    [11, 2, 71, 2],
  ],
};

// D minor, 58 bpm: a phrygian Eb rubbing on the D pedal, sparse piano drips, the horn enters late.
const DM = [38, 57, 60, 65, 69];
const EB_D = [38, 58, 63, 67, 70];
const GM9 = [43, 58, 62, 65, 69];
const A7B9 = [45, 61, 67, 70];
const BBMAJ7 = [46, 62, 65, 69];
const EM7B5 = [40, 58, 62, 67];
export const CELL: Song = {
  bpm: 58,
  seed: 17,
  drums: 'swirl',
  chords: [DM, EB_D, DM, EB_D, GM9, A7B9, DM, DM, BBMAJ7, GM9, EM7B5, A7B9],
  drips: [
    [0, 2.5, 81, 1],
    [1, 1.5, 82, 1],
    [2, 2.5, 81, 1],
    [2, 3.5, 77, 1],
    [3, 1.5, 79, 2],
    [6, 2.5, 86, 1],
    [7, 1, 84, 1],
    [7, 2, 81, 2],
  ],
  melody: [
    [4, 0, 70, 1.5],
    [4, 1.5, 69, 0.5],
    [4, 2, 67, 2],
    [5, 0, 73, 2],
    [5, 2, 70, 1],
    [5, 3, 69, 1],
    [6, 0, 62, 3.5],
    [8, 1, 65, 1],
    [8, 2, 69, 1],
    [8, 3, 72, 1],
    [9, 0, 70, 3],
    [10, 0, 67, 1],
    [10, 1, 70, 1],
    [10, 2, 69, 2],
    [11, 0, 67, 1.5],
    [11, 1.5, 64, 0.5],
    [11, 2, 61, 2],
  ],
};

// E minor, 76 bpm, 8 bars: the break. A pedal that will not resolve, the ride pushing, the horn
// climbing a half step at a time — the yard before it turns, the tower stairs.
const EM9 = [40, 55, 59, 62, 66];
const CMAJ7_E = [36, 55, 59, 64, 67];
const AM9 = [45, 60, 64, 67, 71];
const B7B9 = [47, 63, 66, 69, 72];
export const BREAK: Song = {
  bpm: 76,
  seed: 1949,
  drums: 'brushes',
  chords: [EM9, EM9, CMAJ7_E, CMAJ7_E, AM9, B7B9, EM9, B7B9],
  drips: [
    [0, 3.5, 83, 0.5],
    [2, 3.5, 83, 0.5],
    [4, 3.5, 84, 0.5],
    [6, 3.5, 86, 0.5],
  ],
  melody: [
    [1, 0, 71, 1],
    [1, 1, 72, 1],
    [1, 2, 71, 2],
    [3, 0, 72, 1],
    [3, 1, 74, 1],
    [3, 2, 72, 2],
    [5, 0, 75, 1.5],
    [5, 1.5, 74, 0.5],
    [5, 2, 72, 1],
    [5, 3, 71, 1],
    [7, 0, 75, 2],
    [7, 2, 78, 2],
  ],
};

/** Folds a pitch into the upright bass's range, A1 to A2. */
function low(m: number): number {
  let x = m;
  while (x > 45) x -= 12;
  while (x < 33) x += 12;
  return x;
}

/** Renders a song as a seamless loop (its reverb tail wraps onto its start). */
export function renderSong(song: Song): Float32Array {
  const beat = 60 / song.bpm;
  const bars = song.chords.length;
  const loopLen = Math.floor(bars * 4 * beat * SR);
  const len = loopLen + 5 * SR;
  const dry = new Float32Array(len);
  const send = new Float32Array(len);
  const rand = rng(song.seed);
  const at = (bar: number, b: number) => Math.floor((bar * 4 + b) * beat * SR);
  const add = (src: Float32Array, pos: number, gain: number, wet: number) => {
    mixInto(dry, src, pos, gain);
    mixInto(send, src, pos, gain * wet);
  };
  song.chords.forEach((chord, bar) => {
    const next = song.chords[(bar + 1) % bars] ?? chord;
    const root = chord[0] ?? 36;
    const nextRoot = next[0] ?? root;
    add(bass(low(root), 1.9 * beat, 0.9), at(bar, 0), 0.5, 0.1);
    add(bass(low(root + 7), 0.9 * beat, 0.7), at(bar, 2), 0.5, 0.1);
    // a half-step approach into the next bar's root
    add(bass(low(nextRoot) + (bar % 2 === 0 ? -1 : 1), 0.9 * beat, 0.6), at(bar, 3), 0.5, 0.1);
    // the chord rolled gently on one, and a soft answer on the and of two
    chord.slice(1).forEach((m, i) => {
      add(piano(m, 3.4 * beat, 0.22 - i * 0.02), at(bar, 0) + Math.floor(i * 0.028 * SR), 0.7, 0.45);
      if (bar % 2 === 1 && i < 3) add(piano(m, 1.2 * beat, 0.12), at(bar, 2.5), 0.7, 0.45);
    });
  });
  for (const [bar, b, m, d] of song.drips ?? []) add(piano(m, d * beat, 0.16), at(bar, b), 0.7, 0.7);
  const hornRand = rng(song.seed + 1);
  for (const [bar, b, m, d] of song.melody) {
    const swing = b % 1 === 0.5 ? beat / 6 : 0;
    add(horn(m, d * beat * 0.95, 0.85, hornRand), at(bar, b) + Math.floor(swing * SR), 0.34, 0.55);
  }
  drums(song, beat, bars, rand, add, at);
  const wet = reverb(send, 0.84, 0.4);
  for (let i = 0; i < len; i++) dry[i] = (dry[i] ?? 0) + (wet[i] ?? 0) * 0.9;
  const loop = wrapLoop(dry, loopLen);
  return master(filter(loop, new Biquad('lp', 7000), new Biquad('hp', 40)));
}

function drums(
  song: Song,
  beat: number,
  bars: number,
  rand: () => number,
  add: (src: Float32Array, pos: number, gain: number, wet: number) => void,
  at: (bar: number, b: number) => number,
): void {
  for (let bar = 0; bar < bars; bar++) {
    for (let b = 0; b < 4; b++) {
      // the brush swirl: a long swell of soft, bandpassed noise on every beat
      const swirl = noiseHit(rand, beat * 1.05, beat * 0.6, [new Biquad('bp', 3200, 0.6)], beat * 0.45);
      add(swirl, at(bar, b), song.drums === 'swirl' ? 0.07 : 0.05, 0.3);
      if (song.drums !== 'brushes') continue;
      // ride ticks in swing eighths, and the brush slap on two and four
      add(noiseHit(rand, 0.25, 0.07, [new Biquad('hp', 6500)]), at(bar, b), 0.05, 0.2);
      if (b === 1 || b === 3) {
        add(noiseHit(rand, 0.3, 0.06, [new Biquad('bp', 2200, 0.8)]), at(bar, b), 0.22, 0.3);
        add(noiseHit(rand, 0.15, 0.04, [new Biquad('hp', 6500)]), at(bar, b + 2 / 3), 0.035, 0.2);
      }
    }
  }
}
