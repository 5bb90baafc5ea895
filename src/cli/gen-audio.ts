/**
 * Generates all of Westgate's audio from code, so every sound is original and reproducible:
 * the title, cell-block and break music, the rain, searchlight-hum and crowd loops and the effects sprite. Writes assets/audio/*.webm
 * (Opus) and *.mp3 (the fallback howler picks where Opus is not played) plus effects.json, the
 * sprite map. Needs ffmpeg at generation time only: `npx tsx src/cli/gen-audio.ts`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AMBIENCE_LOOPS, LOOP_PAD_S } from '../audio/loops';
import { SR, wav } from './gen-audio-dsp';
import { BREAK, CELL, TITLE, renderSong } from './gen-audio-music';
import { crowd, hum } from './gen-audio-ambience';
import { effects, rain } from './gen-audio-sfx';

const OUT = path.resolve('assets/audio');
/** silence between sprite entries, so a slightly late stop never bleeds into the next sound */
const GAP_S = 0.15;

function encode(name: string, pcm: Float32Array, kbps: { opus: number; mp3: number }, tmp: string): void {
  const src = path.join(tmp, `${name}.wav`);
  writeFileSync(src, wav(pcm));
  // bitexact: no encoder version or random segment id in the container, so the same input is the same file
  const base = [
    '-y',
    '-loglevel',
    'error',
    '-i',
    src,
    '-ac',
    '1',
    '-map_metadata',
    '-1',
    '-fflags',
    '+bitexact',
    '-flags:a',
    '+bitexact',
  ];
  execFileSync('ffmpeg', [
    ...base,
    '-c:a',
    'libopus',
    '-b:a',
    `${kbps.opus}k`,
    path.join(OUT, `${name}.webm`),
  ]);
  execFileSync('ffmpeg', [
    ...base,
    '-c:a',
    'libmp3lame',
    '-b:a',
    `${kbps.mp3}k`,
    path.join(OUT, `${name}.mp3`),
  ]);
}

/** The loop with LOOP_PAD_S of its end before it and of its start after it (see src/audio/loops.ts). */
function padLoop(loop: Float32Array): Float32Array {
  const pad = Math.floor(LOOP_PAD_S * SR);
  const out = new Float32Array(loop.length + 2 * pad);
  out.set(loop.subarray(loop.length - pad), 0);
  out.set(loop, pad);
  out.set(loop.subarray(0, pad), pad + loop.length);
  return out;
}

function main(): void {
  mkdirSync(OUT, { recursive: true });
  const tmp = mkdtempSync(path.join(tmpdir(), 'westgate-audio-'));
  try {
    encode('music-title', renderSong(TITLE), { opus: 40, mp3: 48 }, tmp);
    encode('music-cell', renderSong(CELL), { opus: 40, mp3: 48 }, tmp);
    encode('music-break', renderSong(BREAK), { opus: 40, mp3: 48 }, tmp);
    encode('rain', padLoop(rain(AMBIENCE_LOOPS.rain)), { opus: 32, mp3: 40 }, tmp);
    encode('hum', padLoop(hum(AMBIENCE_LOOPS.hum)), { opus: 24, mp3: 32 }, tmp);
    encode('crowd', padLoop(crowd(AMBIENCE_LOOPS.crowd)), { opus: 32, mp3: 40 }, tmp);
    const list = effects();
    const total = list.reduce((n, [, b]) => n + b.length + Math.floor(GAP_S * SR), 0);
    const sprite = new Float32Array(total);
    const map: Record<string, [number, number]> = {};
    let at = 0;
    for (const [name, buf] of list) {
      sprite.set(buf, at);
      map[name] = [Math.round((at / SR) * 1000), Math.round((buf.length / SR) * 1000)];
      at += buf.length + Math.floor(GAP_S * SR);
    }
    encode('effects', sprite, { opus: 48, mp3: 64 }, tmp);
    // one entry a line, as prettier keeps it
    const lines = Object.entries(map).map(([k, [a, b]]) => `  ${JSON.stringify(k)}: [${a}, ${b}]`);
    writeFileSync(path.join(OUT, 'effects.json'), `{\n${lines.join(',\n')}\n}\n`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  let bytes = 0;
  for (const f of readdirSync(OUT)) {
    const size = statSync(path.join(OUT, f)).size;
    bytes += size;
    console.log(`${f.padEnd(20)} ${(size / 1024).toFixed(1).padStart(7)} KB`);
  }
  console.log(`total ${(bytes / 1024 / 1024).toFixed(2)} MB`);
}

main();
