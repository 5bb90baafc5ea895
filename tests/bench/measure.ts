/**
 * Measurements in Chromium through the Chrome DevTools Protocol: load times, bytes over the wire,
 * main-thread time per frame, and the JS heap. Figures only: nothing here passes or fails.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';

type Win = Record<string, unknown>;

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

export interface Load {
  /** navigation start -> the title scene's first frame, ms */
  title: number | null;
  /** navigation start -> the level scene taking input (?level=...), ms */
  control: number | null;
  bytes: number;
  requests: number;
  /** bytes by resource type (Script, Image, Document, ...) */
  byType: Record<string, number>;
  /** requests to anywhere but the page's own origin */
  foreign: string[];
}

/**
 * Loads `url` in a fresh context (cold cache) and times, from navigation start, the first animation
 * frame at which the probe shows the title scene or a level that takes input.
 */
export async function measureLoad(browser: Browser, url: string, until: 'title' | 'control'): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 960, height: 540 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const load: Load = { title: null, control: null, bytes: 0, requests: 0, byType: {}, foreign: [] };
  const types = new Map<string, string>();
  const origin = new URL(url).origin;
  await cdp.send('Network.enable');
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
  cdp.on('Network.requestWillBeSent', (e) => {
    // data: and this origin's blob: URLs are the page's own (decoded art and sound)
    const own = [origin, `blob:${origin}/`, 'data:'].some((o) => e.request.url.startsWith(o));
    if (!own) load.foreign.push(e.request.url);
  });
  cdp.on('Network.loadingFinished', (e) => {
    const type = types.get(e.requestId) ?? 'Other';
    load.bytes += e.encodedDataLength;
    load.requests++;
    load.byType[type] = (load.byType[type] ?? 0) + e.encodedDataLength;
  });
  // page-side code as text: tsx would wrap named functions in a helper the page does not have
  await page.addInitScript(`(() => {
    const poll = () => {
      const probe = window.westgate;
      try {
        if (probe && window.__benchTitle === undefined && probe.scenes().includes('title'))
          window.__benchTitle = performance.now();
        if (probe && window.__benchControl === undefined && probe.level() !== null)
          window.__benchControl = performance.now();
      } catch {
        // the game is still booting
      }
      requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  })()`);
  await page.goto(url);
  const key = until === 'title' ? '__benchTitle' : '__benchControl';
  await page.waitForFunction((k) => (window as unknown as Win)[k] !== undefined, key, { timeout: 60_000 });
  await page.waitForTimeout(300); // late requests (audio, fonts) still count as the load's bytes
  load[until] = await page.evaluate((k) => (window as unknown as Win)[k] as number, key);
  await context.close();
  return load;
}

export interface FrameCost {
  frames: number;
  seconds: number;
  /** main-thread busy time per frame (all tasks: script, style, layout, paint commands, GC), ms */
  taskMs: number;
  /** of which JavaScript, ms */
  scriptMs: number;
}

/**
 * Main-thread cost per frame over `seconds`: the change in Chrome's TaskDuration and ScriptDuration
 * metrics divided by the animation frames counted in the page meanwhile. `act` runs alongside
 * (e.g. walking Joe about with the arrow keys).
 */
export async function measureFrames(
  page: Page,
  seconds: number,
  act: (page: Page, until: number) => Promise<void> = async (p) => p.waitForTimeout(seconds * 1000),
): Promise<FrameCost> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.evaluate(`(() => {
    window.__benchFrames = 0;
    const count = () => {
      window.__benchFrames += 1;
      requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
  })()`);
  const frames0 = await page.evaluate(() => (window as unknown as Win)['__benchFrames'] as number);
  const m0 = await metrics(cdp);
  const t0 = Date.now();
  await act(page, t0 + seconds * 1000);
  const m1 = await metrics(cdp);
  const frames1 = await page.evaluate(() => (window as unknown as Win)['__benchFrames'] as number);
  const frames = Math.max(1, frames1 - frames0);
  const d = (k: string) => ((m1[k] ?? 0) - (m0[k] ?? 0)) * 1000;
  await cdp.detach();
  return {
    frames,
    seconds: (Date.now() - t0) / 1000,
    taskMs: d('TaskDuration') / frames,
    scriptMs: d('ScriptDuration') / frames,
  };
}

/**
 * The JS heap in use after garbage collection, bytes: the least of five samples (what is really kept;
 * a sample can catch a frame's garbage) and the spread between them.
 */
export async function heapAfterGc(page: Page): Promise<{ used: number; spread: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    await page.waitForTimeout(200);
    samples.push((await metrics(cdp))['JSHeapUsedSize'] ?? 0);
  }
  await cdp.detach();
  return { used: Math.min(...samples), spread: Math.max(...samples) - Math.min(...samples) };
}

/** Walks Joe about: each arrow key held in turn for a moment, until `until` (epoch ms). */
export async function wander(page: Page, until: number): Promise<void> {
  const keys = ['ArrowLeft', 'ArrowUp', 'ArrowRight', 'ArrowDown'];
  for (let i = 0; Date.now() < until; i++) {
    const key = keys[i % keys.length] ?? 'ArrowLeft';
    await page.keyboard.down(key);
    await page.waitForTimeout(Math.min(400, Math.max(0, until - Date.now())));
    await page.keyboard.up(key);
  }
}
