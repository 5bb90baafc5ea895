/**
 * npm run bench:browser (after `npx vite build`): the production build in Chromium, beside a bare
 * Phaser page built here for the comparison. Prints load times, bytes, JavaScript sizes, main-thread
 * frame cost against bare Phaser, the heap before and after 50 restarts, and input latency. Never passes or fails
 * on a figure; exits 1 only when it cannot run (no build, no browser).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { readRepoFile } from '../../src/cli/node-files';
import { printTable } from '../../src/cli/bench-table';
import { formatProblem, loadMap } from '../../src/maps';
import { LEVELS } from '../../src/speedrun/levels';
import { launch } from '../e2e/harness';
import { bareScene } from './bare-scene';
import { bareViteConfig } from './bare-vite';
import {
  heapAfterGc,
  measureFrames,
  measureLoad,
  median,
  wander,
  type FrameCost,
  type Load,
} from './measure';
import { inputLatency } from './input-latency';
import { serveDir } from './serve';

const LOADS = 5;
const FRAME_SECONDS = 3;
/**
 * Rounds of each page, taken in turn; the middle round is reported. Nine, not five: on this shared
 * 2-core machine one round's ratio swings by +-0.15, and the middle of five still moved by 0.1.
 */
const FRAME_ROUNDS = 9;
const RESTARTS = 50;
const LATENCY_SAMPLES = 10;

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1048576).toFixed(2)} MB`;
const ms = (n: number | null) => (n === null ? '-' : `${Math.round(n)} ms`);

function jsSizes(dir: string): string[][] {
  const files = readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.js'));
  const rows = files.map((f) => {
    const bytes = readFileSync(join(dir, 'assets', f));
    const what = f.startsWith('phaser') ? "Phaser's own chunk" : 'the game';
    return [`assets/${f}`, what, kb(bytes.length), kb(gzipSync(bytes).length)];
  });
  const total = (pick: (f: string) => boolean, gz: boolean) =>
    files.filter(pick).reduce((n, f) => {
      const bytes = readFileSync(join(dir, 'assets', f));
      return n + (gz ? gzipSync(bytes).length : bytes.length);
    }, 0);
  const game = (f: string) => !f.startsWith('phaser');
  rows.push(['', 'game total', kb(total(game, false)), kb(total(game, true))]);
  rows.push(['', 'all JavaScript', kb(total(() => true, false)), kb(total(() => true, true))]);
  return rows;
}

async function loads(url: string, until: 'title' | 'control'): Promise<{ times: number[]; first: Load }> {
  const browser = await launch();
  try {
    const all: Load[] = [];
    for (let i = 0; i < LOADS; i++) all.push(await measureLoad(browser, url, until));
    const first = all[0];
    if (!first) throw new Error('no load measured');
    return { times: all.map((l) => l[until] ?? NaN), first };
  } finally {
    await browser.close();
  }
}

type Probe = { westgate?: { level: () => unknown }; bare?: { ready: () => boolean } };

/** The level takes input. A function, not a string: the game's CSP forbids eval, which strings need. */
async function levelReady(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as Probe).westgate?.level() != null, undefined, {
    timeout: 60_000,
  });
}

async function bareReady(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as Probe).bare?.ready() === true, undefined, {
    timeout: 60_000,
  });
}

/** The middle one of the rounds by main-thread time, with all rounds' frames and seconds summed. */
function middleRound(rounds: FrameCost[]): FrameCost {
  const sorted = [...rounds].sort((a, b) => a.taskMs - b.taskMs);
  const mid = sorted[Math.floor(sorted.length / 2)] ?? rounds[0];
  if (!mid) throw new Error('no rounds measured');
  return {
    ...mid,
    frames: rounds.reduce((n, r) => n + r.frames, 0),
    seconds: rounds.reduce((n, r) => n + r.seconds, 0),
  };
}

/**
 * The level scene and the bare page measured in turn, FRAME_ROUNDS rounds each, so a spell of other
 * work on a shared machine falls on both and a single bad round does not decide the ratio. Before
 * measuring, Joe walks a moment: the first key starts the sound (a one-off, as in real play) and the
 * JIT settles.
 */
async function frameCosts(
  gameUrl: string,
  levelId: string,
  bareUrl: string,
): Promise<{ game: FrameCost; bare: FrameCost; ratio: { task: number; script: number } }> {
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 960, height: 540 } });
    const game: FrameCost[] = [];
    const bare: FrameCost[] = [];
    for (let round = 0; round < FRAME_ROUNDS; round++) {
      await page.goto(`${gameUrl}?level=${levelId}`);
      await levelReady(page);
      await wander(page, Date.now() + 1000);
      game.push(await measureFrames(page, FRAME_SECONDS, wander));
      await page.goto(bareUrl);
      await bareReady(page);
      await page.waitForTimeout(1000);
      bare.push(await measureFrames(page, FRAME_SECONDS));
    }
    // each round's level against the bare page measured right after it: a ratio per round, and the
    // middle one, so a slow spell of the machine that falls on one pair moves neither side alone
    const ratios = (k: 'taskMs' | 'scriptMs') =>
      median(game.map((g, i) => g[k] / (bare[i]?.[k] ?? Number.NaN)).filter(Number.isFinite));
    return {
      game: middleRound(game),
      bare: middleRound(bare),
      ratio: { task: ratios('taskMs'), script: ratios('scriptMs') },
    };
  } finally {
    await browser.close();
  }
}

async function latency(gameUrl: string): Promise<string[][]> {
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 960, height: 540 } });
    await page.goto(`${gameUrl}?level=${LEVELS[0]?.id ?? 'cell'}`);
    await levelReady(page);
    const { key, restart } = await inputLatency(page, LATENCY_SAMPLES);
    const row = (what: string, unit: string, v: number[], target: string) => [
      what,
      `${median(v)} ${unit}`,
      `${Math.min(...v)}-${Math.max(...v)}`,
      target,
    ];
    return [
      row('key press -> simulation acts on it', 'ticks', key, '1 (the next tick)'),
      row('restart key -> level back at its start', 'frames', restart, '0 (the same frame)'),
    ];
  } finally {
    await browser.close();
  }
}

async function memory(gameUrl: string): Promise<string[][]> {
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 960, height: 540 } });
    await page.goto(`${gameUrl}?level=${LEVELS[0]?.id ?? 'cell'}`);
    await levelReady(page);
    await wander(page, Date.now() + 1000);
    const before = await heapAfterGc(page);
    for (let i = 0; i < RESTARTS; i++) {
      await wander(page, Date.now() + 150);
      await page.keyboard.press('r');
      if (i % 10 === 9) {
        // a scene change too: the pause scene comes and goes
        await page.keyboard.press('Escape');
        await page.waitForTimeout(100);
        await page.keyboard.press('Escape');
      }
    }
    await page.waitForTimeout(500);
    const after = await heapAfterGc(page);
    const growth = after.used - before.used;
    // noise: what the heap moves between samples at rest, at least 1 MB
    const noise = Math.max(1024 * 1024, 3 * before.spread);
    const verdict = growth > noise ? `GROWTH beyond noise (> ${mb(noise)})` : `flat (within ${mb(noise)})`;
    return [
      ['after the first level start', mb(before.used), `spread ${mb(before.spread)}`],
      [
        `after ${RESTARTS} restarts and ${RESTARTS / 10} pauses`,
        mb(after.used),
        `spread ${mb(after.spread)}`,
      ],
      ['growth', mb(growth), verdict],
    ];
  } finally {
    await browser.close();
  }
}

async function main(): Promise<number> {
  if (!existsSync('dist/index.html')) {
    console.log('dist/index.html is missing: run `npx vite build` first');
    return 1;
  }
  const first = LEVELS[0];
  if (!first) return 1;
  const loaded = await loadMap(first.file, readRepoFile);
  if (!loaded.ok) {
    loaded.problems.forEach((p) => console.log(formatProblem(p)));
    return 1;
  }
  const bareDir = mkdtempSync(join(tmpdir(), 'westgate-bare-'));
  const game = await serveDir('dist');
  try {
    const load = `load avg ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`;
    console.log(`Westgate browser benchmark — headless Chromium, ${cpus().length} CPUs, ${load}`);
    console.log(
      `production build (dist/) served from ${game.url}; bare Phaser pages built into ${bareDir}\n`,
    );

    const title = await loads(game.url, 'title');
    const control = await loads(`${game.url}?level=${first.id}`, 'control');
    console.log(`Load, cold cache, ${LOADS} runs each (from navigation start):`);
    printTable(
      ['to', 'median', 'min', 'max'],
      [
        [
          'title screen, first frame',
          ms(median(title.times)),
          ms(Math.min(...title.times)),
          ms(Math.max(...title.times)),
        ],
        [
          `control in ${first.id} (?level=${first.id})`,
          ms(median(control.times)),
          ms(Math.min(...control.times)),
          ms(Math.max(...control.times)),
        ],
      ],
    );
    const t = title.first;
    console.log(
      `\nBytes transferred to the title screen: ${kb(t.bytes)} in ${t.requests} requests ` +
        '(uncompressed: the local server sends files as they are; see gzipped JS below)',
    );
    printTable(
      ['type', 'bytes'],
      Object.entries(t.byType)
        .sort(([, a], [, b]) => b - a)
        .map(([k, v]) => [k, kb(v)]),
    );
    if (t.foreign.length > 0) console.log(`requests off the page's origin: ${t.foreign.join(', ')}`);

    console.log('\nJavaScript in dist/ (gzip level 6, as a static host would send it):');
    printTable(['file', 'what', 'bytes', 'gzipped'], jsSizes('dist'));

    console.log(
      `\nMain-thread time per frame, the middle of ${FRAME_ROUNDS} rounds of ${FRAME_SECONDS} s taken in turn, and the middle of the rounds' ratios (Chrome TaskDuration / frames; Joe walking; ` +
        'beside it a bare Phaser page drawing the same map and tileset with as many moving sprites).\n' +
        "The bare page draws the map as Phaser's TilemapLayers; the game bakes it into one image at the start (src/ui/tile-layers.ts):",
    );
    const fr = (name: string, c: FrameCost) => [
      name,
      String(c.frames),
      (c.frames / c.seconds).toFixed(1),
      `${c.taskMs.toFixed(2)} ms`,
      `${c.scriptMs.toFixed(2)} ms`,
    ];
    const rows: string[][] = [];
    for (const entry of LEVELS) {
      const level = await loadMap(entry.file, readRepoFile);
      if (!level.ok) continue;
      const scene = bareScene(level.map.level, level.map.tiled);
      const dir = join(bareDir, entry.id);
      await build(bareViteConfig(dir, scene));
      const bare = await serveDir(dir);
      try {
        const f = await frameCosts(game.url, entry.id, `${bare.url}bare.html`);
        rows.push(
          fr(`level scene "${entry.id}"`, f.game),
          fr(`bare Phaser (${scene.sprites.length} sprites)`, f.bare),
          [
            `ratio (target: within 1.25x)`,
            '',
            '',
            `${f.ratio.task.toFixed(2)}x`,
            `${f.ratio.script.toFixed(2)}x`,
          ],
        );
      } finally {
        await bare.close();
      }
    }
    printTable(['page', 'frames', 'fps', 'main thread/frame', 'of which JS'], rows);

    console.log(`\nJS heap after garbage collection (CDP JSHeapUsedSize, least of 5 samples):`);
    printTable(['when', 'heap', 'note'], await memory(game.url));

    console.log(
      `\nInput, ${LATENCY_SAMPLES} samples each (in-page: keydown listener, frame counter, the probe's tick):`,
    );
    printTable(['from -> to', 'median', 'range', 'target'], await latency(game.url));
  } finally {
    await game.close();
    rmSync(bareDir, { recursive: true, force: true });
  }
  return 0;
}

process.exitCode = await main();
