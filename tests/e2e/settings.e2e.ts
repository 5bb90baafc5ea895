import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseReplay } from '../../src/speedrun/replay';
import {
  feedInputs,
  probe,
  scenes,
  usePage,
  waitForScene as waitForSceneIn,
  waitForLevel,
  frames as framesIn,
  tapKey,
} from './harness';

let page: Page;
let warnings: string[];

const KEY = 'westgate.settings';

const server = usePage((p) => {
  page = p;
  warnings = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
});

const waitForScene = (key: string) => waitForSceneIn(page, key);

const stored = () =>
  page.evaluate((k) => JSON.parse(window.localStorage.getItem(k) ?? 'null') as Record<string, unknown>, KEY);

/** Lets the game run a few frames: a page switch focuses its menu a frame later. */
const frames = () => framesIn(page);
const tap = (key: string) => tapKey(page, key);

/** Key presses are handled on the game's next frame: wait for the saved copy to show the change. */
async function waitStored(field: string, value: unknown): Promise<void> {
  await page.waitForFunction(
    ([k, f, v]) => {
      const copy = JSON.parse(window.localStorage.getItem(k as string) ?? 'null') as Record<
        string,
        unknown
      > | null;
      return JSON.stringify(copy?.[f as string]) === JSON.stringify(v);
    },
    [KEY, field, value],
  );
}

/** Down the title menu to its last item, Settings, and in. */
async function openSettingsFromTitle(): Promise<void> {
  await waitForScene('title');
  await frames();
  await tap('ArrowUp');
  await tap('Enter');
  await waitForScene('settings');
  await frames();
}

/** The visible texts of one scene (only running scenes: a paused level shows none). */
/** The texts a scene draws in its world (not fixed to the screen like the HUD): e.g. a prompt's key. */
const worldTextsOf = (scene: string) =>
  page.evaluate(
    (k) =>
      (
        window as unknown as {
          westgate: { texts: () => { scene: string; text: string; h: number; fixed: boolean }[] };
        }
      ).westgate
        .texts()
        .filter((t) => t.scene === k && !t.fixed),
    scene,
  );

describe('settings in Chromium', () => {
  it('a changed setting survives a reload', async () => {
    await page.goto(server.url);
    await openSettingsFromTitle();
    // Music is the first row: two steps left, 70 -> 50
    await tap('ArrowLeft');
    await tap('ArrowLeft');
    await waitStored('music', 50);
    // High-contrast cones, row 7: toggle on with Enter
    for (let i = 0; i < 6; i++) await tap('ArrowDown');
    await tap('Enter');
    await waitStored('highContrastCones', true);
    await page.screenshot({ path: 'test-results/settings.png' });
    await tap('Escape');
    await page.waitForFunction(() => {
      const w = window as unknown as { westgate: { scenes: () => string[] } };
      return !w.westgate.scenes().includes('settings');
    });
    await page.reload();
    await waitForScene('title');
    const after = await stored();
    expect(after['music']).toBe(50);
    expect(after['highContrastCones']).toBe(true);
  });

  it('a remapped key moves Joe, and the old one no longer does', async () => {
    await page.goto(server.url);
    await openSettingsFromTitle();
    for (let i = 0; i < 12; i++) await tap('ArrowDown');
    await tap('Enter'); // Controls…
    await frames();
    await tap('ArrowDown');
    await tap('ArrowDown'); // Left
    await tap('Enter');
    await frames();
    await tap('j');
    await page.waitForTimeout(50);
    await page.screenshot({ path: 'test-results/settings-controls.png' });
    await page.waitForFunction((k) => {
      const copy = JSON.parse(window.localStorage.getItem(k) ?? 'null') as {
        bindings?: { left?: number[] };
      } | null;
      return JSON.stringify(copy?.bindings?.left) === '[74,65]';
    }, KEY);
    await page.goto(`${server.url}?level=cell`);
    await waitForScene('cell');
    const start = await probe(page);
    await page.keyboard.down('ArrowLeft');
    await page.waitForTimeout(300);
    await page.keyboard.up('ArrowLeft');
    expect((await probe(page))?.joe.x).toBe(start?.joe.x);
    await page.keyboard.down('j');
    await page.waitForTimeout(400);
    await page.keyboard.up('j');
    expect((await probe(page))?.joe.x).toBeLessThan(start?.joe.x ?? 0);
  });

  it('settings open from the pause menu and return to it, the level still paused', async () => {
    await page.goto(`${server.url}?level=cell`);
    await waitForScene('cell');
    await tap('Escape');
    await waitForScene('pause');
    const tick = (await probe(page))?.tick;
    await tap('ArrowDown');
    await tap('ArrowDown');
    await tap('Enter');
    await waitForScene('settings');
    await frames();
    await tap('ArrowRight'); // music 70 -> 80
    await tap('Escape');
    await page.waitForFunction(() => {
      const w = window as unknown as { westgate: { scenes: () => string[] } };
      return !w.westgate.scenes().includes('settings') && w.westgate.scenes().includes('pause');
    });
    await waitStored('music', 80);
    expect((await probe(page))?.tick).toBe(tick);
    await tap('Escape');
    await page.waitForFunction(() => {
      const w = window as unknown as { westgate: { scenes: () => string[] } };
      return !w.westgate.scenes().includes('pause');
    });
  });

  it('a corrupt copy gives the defaults and a message, with no console error', async () => {
    await page.goto(server.url);
    await waitForScene('title');
    await page.evaluate((k) => window.localStorage.setItem(k, '{"version":2,"music":'), KEY);
    await page.reload();
    await waitForScene('title');
    const now = await stored();
    expect(now['version']).toBe(2);
    expect(now['music']).toBe(70);
    const shot = await page.locator('canvas').screenshot({ path: 'test-results/settings-reset.png' });
    expect(shot.length).toBeGreaterThan(20_000);
    // the notice is on screen once: a second reload finds a sound copy and says nothing
    const noticeShown = await page.evaluate(() => {
      const w = window as unknown as { westgate: { scenes: () => string[] } };
      return w.westgate.scenes();
    });
    expect(noticeShown).toContain('title');
  });

  it('loads every audio file and starts the music after the first key', async () => {
    await page.goto(server.url);
    await waitForScene('title');
    await page.waitForFunction(() => {
      const w = window as unknown as { westgateAudio: { states: () => Record<string, string> } };
      return Object.values(w.westgateAudio.states()).every((s) => s === 'loaded');
    });
    const audio = () =>
      page.evaluate(() =>
        (window as unknown as { westgateAudio: { unlocked: () => boolean } }).westgateAudio.unlocked(),
      );
    const music = () =>
      page.evaluate(() =>
        (window as unknown as { westgateAudio: { music: () => string | null } }).westgateAudio.music(),
      );
    expect(await audio()).toBe(false);
    expect(await music()).toBeNull();
    await tap('ArrowDown');
    expect(await audio()).toBe(true);
    // the title music asked for before the key was remembered, and starts now
    await page.waitForFunction(
      () =>
        (window as unknown as { westgateAudio: { music: () => string | null } }).westgateAudio.music() ===
        'title',
    );
    await tap('ArrowUp');
    await tap('Enter');
    await waitForScene('cell');
    await page.waitForFunction(
      () =>
        (window as unknown as { westgateAudio: { music: () => string | null } }).westgateAudio.music() ===
        'cell',
    );
    expect(await scenes(page)).toContain('cell');
    expect(warnings.filter((w) => w.includes('westgate'))).toEqual([]);
  });

  it('undecodable audio costs one warning, and the game plays on silent', async () => {
    await page.route(/\.(webm|mp3)$/, (route) =>
      route.fulfill({ status: 200, contentType: 'audio/webm', body: 'not audio at all' }),
    );
    await page.goto(server.url);
    await waitForScene('title');
    await page.waitForTimeout(1000);
    await tap('Enter');
    await waitForScene('cell');
    await page.keyboard.down('ArrowLeft');
    await page.waitForTimeout(300);
    await page.keyboard.up('ArrowLeft');
    expect(warnings.filter((w) => w.includes('[westgate]'))).toHaveLength(1);
  });

  it("the prompt over a door names the interact key: E, then the player's new key at once", async () => {
    await page.goto(`${server.url}?level=cell&manualstep=1`);
    await waitForLevel(page);
    // the golden route up to its first press of E: Joe stands at the solitary cell's door
    const golden = parseReplay(readFileSync('tests/golden/cell.run-skip.replay.json', 'utf8'));
    const first = golden.inputs.findIndex(([frame]) => (frame & 16) !== 0);
    await feedInputs(page, golden.inputs.slice(0, first));
    await frames();
    expect(await worldTextsOf('cell')).toEqual([expect.objectContaining({ text: 'E', h: 10 })]);
    await page.screenshot({ path: 'test-results/prompt-e.png' });
    // Esc, Settings, Controls…, Talk / use (the sixth action): K in its place
    await tap('Escape');
    await waitForScene('pause');
    await tap('ArrowDown');
    await tap('ArrowDown');
    await tap('Enter');
    await waitForScene('settings');
    await frames();
    for (let i = 0; i < 12; i++) await tap('ArrowDown');
    await tap('Enter');
    await frames();
    for (let i = 0; i < 5; i++) await tap('ArrowDown');
    await tap('Enter');
    await frames();
    await tap('k');
    await page.waitForFunction((k) => {
      const copy = JSON.parse(window.localStorage.getItem(k) ?? 'null') as {
        bindings?: { interact?: number[] };
      } | null;
      return copy?.bindings?.interact?.[0] === 75;
    }, KEY);
    await tap('Escape');
    await tap('Escape');
    await waitForScene('pause');
    await tap('Escape');
    await page.waitForFunction(() => {
      const w = window as unknown as { westgate: { scenes: () => string[] } };
      return !w.westgate.scenes().includes('pause');
    });
    await frames();
    expect((await worldTextsOf('cell')).map((t) => t.text)).toEqual(['K']);
    await page.screenshot({ path: 'test-results/prompt-k.png' });
  });
});
