/**
 * Generates all of Westgate's audio from code, so every sound is original and reproducible:
 * the title and cell-block music, the rain loop and the effects sprite. Writes assets/audio/*.webm
 * (Opus) and *.mp3 (the fallback howler picks where Opus is not played) plus effects.json, the
 * sprite map. Needs ffmpeg at generation time only: `npx tsx src/cli/gen-audio.ts`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SR, wav } from './gen-audio-dsp';
import { BREAK, CELL, TITLE, renderSong } from './gen-audio-music';
import { effects, rain } from './gen-audio-sfx';

const OUT = path.resolve('assets/audio');
/** silence between sprite entries, so a slightly late stop never bleeds into the next sound */
const GAP_S = 0.15;

function encode(name: string, pcm: Float32Array, kbps: { opus: number; mp3: number }, tmp: string): void {
  const src = path.join(tmp, `${name}.wav`);
  writeFileSync(src, wav(pcm));
  const base = ['-y', '-loglevel', 'error', '-i', src, '-ac', '1', '-map_metadata', '-1'];
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

function main(): void {
  mkdirSync(OUT, { recursive: true });
  const tmp = mkdtempSync(path.join(tmpdir(), 'westgate-audio-'));
  try {
    encode('music-title', renderSong(TITLE), { opus: 40, mp3: 48 }, tmp);
    encode('music-cell', renderSong(CELL), { opus: 40, mp3: 48 }, tmp);
    encode('music-break', renderSong(BREAK), { opus: 40, mp3: 48 }, tmp);
    encode('rain', rain(12), { opus: 32, mp3: 40 }, tmp);
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
    writeFileSync(path.join(OUT, 'effects.json'), `${JSON.stringify(map, null, 2)}\n`);
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
