import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { serveDir } from '../bench/serve';
import type { Outcome } from '../../src/sim/level-sim';
import { parseReplay } from '../../src/speedrun/replay';

/** Where the browser is: $CHROMIUM_PATH, or Debian's package. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    Boolean,
  ) as string[];
  const found = candidates.find((c) => existsSync(c));
  if (!found) {
    throw new Error(
      "No Chromium found for the browser tests. Install Debian's package (sudo apt-get install -y chromium) " +
        'or set CHROMIUM_PATH to a Chromium/Chrome binary, then run npm test again.',
    );
  }
  return found;
}

/**
 * Serves dist/ under a sub-path (as itch.io and most static hosts do), so every test also proves
 * that the build's asset URLs are relative.
 */
export async function serveDist(
  subPath = '/games/westgate/',
): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(path.resolve('dist', 'index.html')))
    throw new Error('dist/index.html is missing: run `npm run build` first');
  return serveDir('dist', subPath);
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
}

/** Every console error, page error and failed request of a page: a test ends by expecting none. */
export function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) =>
    problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`),
  );
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return problems;
}

export interface LevelProbe {
  id: string;
  tick: number;
  outcome: Outcome;
  joe: { x: number; y: number; facing: string };
  guards: { x: number; y: number; facing: string; alert: string; active: boolean; drawn: boolean }[];
  suspicion: number;
  flags: string[];
  hash: string;
  objective: string;
  clock: string;
  /** the centre of the view in the level, px */
  camera: { x: number; y: number };
  /** how the map's tile layers are drawn */
  tiles: 'baked' | 'gpu' | 'plain';
}

export function probe(page: Page): Promise<LevelProbe | null> {
  return page.evaluate(() =>
    (window as unknown as { westgate: { level: () => LevelProbe | null } }).westgate.level(),
  );
}

export function scenes(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as { westgate: { scenes: () => string[] } }).westgate.scenes(),
  );
}

/**
 * The shared life of a browser test file: one server and one Chromium for the file, a fresh page
 * per test (handed to `onPage`), and every test ends by expecting no console error, page error or
 * failed request. Call once at the top of a test file.
 */
export function usePage(onPage: (page: Page) => void): { readonly url: string } {
  let browser: Browser | undefined;
  let server: { url: string; close: () => Promise<void> } | undefined;
  let page: Page | undefined;
  let problems: string[] = [];
  beforeAll(async () => {
    server = await serveDist();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    if (!browser) throw new Error('the browser did not start');
    page = await browser.newPage({ viewport: { width: 960, height: 540 } });
    problems = watch(page);
    onPage(page);
  });
  afterEach(async () => {
    await page?.close();
    // console warnings are allowed (map problems are reported as warnings on purpose); errors are bugs
    expect(problems).toEqual([]);
  });
  return {
    get url() {
      if (!server) throw new Error('the server did not start');
      return server.url;
    },
  };
}

/** Waits until a Phaser scene is running. */
export function waitForScene(page: Page, key: string): Promise<unknown> {
  return page.waitForFunction((k) => {
    const w = window as unknown as { westgate?: { scenes: () => string[] } };
    return w.westgate?.scenes().includes(k) ?? false;
  }, key);
}

/** Waits until a level is being played: its scene created, its HUD up, the simulation readable. */
export function waitForLevel(page: Page): Promise<unknown> {
  return page.waitForFunction(() => {
    const w = window as unknown as { westgate?: { level: () => unknown } };
    return (w.westgate?.level() ?? null) !== null;
  });
}

/** Waits until the scene's menu takes keys (a card's menu waits out keys held from the screen before). */
export function waitForMenu(page: Page, key: string): Promise<unknown> {
  return page.waitForFunction((k) => {
    const w = window as unknown as { westgate?: { menus: () => string[] } };
    return w.westgate?.menus().includes(k) ?? false;
  }, key);
}

/** Two frames and a moment: what a page switch or a menu's focus needs to show. */
export function frames(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))),
  );
}

/**
 * One key press, then a frame: Phaser 4's keyboard re-reads its whole per-frame queue on every DOM key
 * event, so two presses inside one frame can reach a menu three times (people do not type that fast; a
 * test does), and a page switch focuses its menu a frame later.
 */
export async function tapKey(page: Page, key: string): Promise<void> {
  await page.keyboard.press(key);
  await frames(page);
}

/** Holds a key down for a stretch of real time. */
export async function hold(page: Page, key: string, ms: number): Promise<void> {
  await page.keyboard.down(key);
  await page.waitForTimeout(ms);
  await page.keyboard.up(key);
}

/** The keys that make each input bit (the default bindings); edges are pressed, the rest held. */
const HELD_KEYS: [number, string][] = [
  [1, 'ArrowUp'],
  [2, 'ArrowDown'],
  [4, 'ArrowLeft'],
  [8, 'ArrowRight'],
  [32, 'Shift'],
];
const INTERACT = 16;
const SKIP = 64;
/** Interact held (the lever): the interact key kept down */
const USE = 128;

/**
 * Plays recorded input runs through the real keyboard path of a page opened with ?manualstep=1:
 * before each tick the keys are set as the frame says (held keys down, presses pressed), a frame
 * passes so Phaser takes the key events, then the level runs exactly those ticks. Returns the ticks
 * the level ran.
 */
export async function feedInputs(page: Page, runs: readonly (readonly [number, number])[]): Promise<number> {
  const down = new Set<string>();
  const hold = async (key: string, on: boolean) => {
    if (on === down.has(key)) return;
    if (on) await page.keyboard.down(key);
    else await page.keyboard.up(key);
    if (on) down.add(key);
    else down.delete(key);
  };
  // Phaser takes key events at the start of a frame: two frames pass (ours may run before Phaser's)
  const step = (n: number) =>
    page.evaluate(
      (k) =>
        new Promise<number>((resolve) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() =>
              resolve((window as unknown as { westgate: { step: (t: number) => number } }).westgate.step(k)),
            ),
          ),
        ),
      n,
    );
  let ran = 0;
  for (const [frame, count] of runs) {
    for (const [bit, key] of HELD_KEYS) await hold(key, (frame & bit) !== 0);
    const edges = (frame & (INTERACT | SKIP)) !== 0;
    for (let i = 0; i < (edges ? count : 1); i++) {
      if (frame & INTERACT) {
        await hold('e', false);
        await hold('e', true);
      }
      await hold('e', (frame & USE) !== 0);
      if (frame & SKIP) await page.keyboard.press('x');
      ran += await step(edges ? 1 : count);
    }
  }
  for (const key of [...down]) await hold(key, false);
  return ran;
}

/** The first `ticks` ticks of a golden replay's inputs (tests/golden/<name>.replay.json), as runs. */
export function goldenStart(name: string, ticks: number): [number, number][] {
  const golden = parseReplay(readFileSync(`tests/golden/${name}.replay.json`, 'utf8'));
  const runs: [number, number][] = [];
  let left = ticks;
  for (const [f, n] of golden.inputs) {
    if (left <= 0) break;
    runs.push([f, Math.min(n, left)]);
    left -= n;
  }
  return runs;
}
