import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/settings/schema';
import { CREDITS } from '../../src/speedrun/ending-text';
import { parseReplay } from '../../src/speedrun/replay';
import {
  feedInputs,
  probe,
  scenes,
  usePage,
  waitForMenu,
  waitForScene,
  waitForLevel,
  frames as framesIn,
  tapKey,
} from './harness';

let page: Page;
const server = usePage((p) => (page = p));
mkdirSync('test-results', { recursive: true });

interface Shown {
  scene: string;
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
  size: number;
}
const texts = (scene: string) =>
  page.evaluate(
    (k) =>
      (window as unknown as { westgate: { texts: () => Shown[] } }).westgate
        .texts()
        .filter((t) => t.scene === k),
    scene,
  );
const frames = () => framesIn(page);
const tap = (key: string) => tapKey(page, key);
const saved = () => page.evaluate(() => localStorage.getItem('westgate.save'));
const overlaps = (a: Shown, b: Shown) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Every text of the title inside the 384 x 216 view, and no menu item under the key-hint footer. */
async function expectTitleFits(shot: string): Promise<string[]> {
  const shown = await texts('title');
  for (const t of shown) {
    expect(t.x, t.text).toBeGreaterThanOrEqual(0);
    expect(t.y, t.text).toBeGreaterThanOrEqual(0);
    expect(t.x + t.w, t.text).toBeLessThanOrEqual(384);
    expect(t.y + t.h, t.text).toBeLessThanOrEqual(216);
  }
  const footer = shown.find((t) => t.text.includes(' move · '));
  expect(footer).toBeDefined();
  for (const t of shown) if (t !== footer && footer) expect(overlaps(t, footer), t.text).toBe(false);
  await page.screenshot({ path: `test-results/${shot}.png` });
  return shown.map((t) => t.text);
}

/** A campaign saved at its first level: New game, then back to the title. */
async function withSave(): Promise<void> {
  await page.goto(server.url);
  await waitForScene(page, 'title');
  await page.keyboard.press('Enter'); // New game (no save yet: no question)
  await waitForScene(page, 'cell');
  expect(JSON.parse((await saved()) ?? '{}')).toMatchObject({ levelId: 'cell' });
  await page.goto(server.url);
  await waitForScene(page, 'title');
  await waitForMenu(page, 'title');
}

/** Drops a file on the page as a browser does. */
async function drop(name: string, text: string): Promise<void> {
  await page.evaluate(
    ([n, t]) => {
      const data = new DataTransfer();
      data.items.add(new File([t as string], n as string, { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    [name, text],
  );
}

describe('the menus in Chromium', () => {
  it('the title menu, with a saved run and the level select, fits the view at 800x600 and 1280x720', async () => {
    for (const [w, h] of [
      [800, 600],
      [1280, 720],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await withSave();
      const main = await expectTitleFits(`title-${w}x${h}`);
      expect(main).toEqual(expect.arrayContaining(['Continue: Cell Block R17', 'New game', 'Settings']));
      await tap('ArrowDown');
      await tap('ArrowDown');
      await tap('Enter'); // Level select…
      const levels = await expectTitleFits(`title-levels-${w}x${h}`);
      expect(levels).toEqual(
        expect.arrayContaining(['Cell Block R17', 'The Machine Shop', 'The Yard', 'The Guard Tower', 'Back']),
      );
      await tap('Escape');
      expect(await texts('title')).toContainEqual(expect.objectContaining({ text: 'New game' }));
    }
  });

  it('the mouse works the menus: a click on Level select, then on a level, plays it', async () => {
    await page.goto(server.url);
    await waitForMenu(page, 'title');
    /** Clicks the middle of a shown text: view pixels (384 x 216) to the page's, through the canvas. */
    const click = async (label: string) => {
      const t = (await texts('title')).find((x) => x.text === label);
      expect(t, label).toBeDefined();
      const box = await page.locator('canvas').boundingBox();
      if (!t || !box) return;
      const k = box.width / 384;
      await page.mouse.move(box.x + (t.x + t.w / 2) * k, box.y + (t.y + t.h / 2) * k);
      await frames();
      await page.mouse.down();
      await page.mouse.up();
      await frames();
    };
    await click('Level select…');
    expect((await texts('title')).map((t) => t.text)).toContain('The Machine Shop');
    await click('The Machine Shop');
    await waitForLevel(page);
    expect((await probe(page))?.id).toBe('machine-shop');
  });

  it('New game over a saved run asks first; No (the default) keeps the save, Yes starts over', async () => {
    await withSave();
    const before = await saved();
    await tap('ArrowDown');
    await tap('Enter'); // New game
    const asked = (await texts('title')).map((t) => t.text);
    expect(asked.join(' ')).toContain('Start over? Your saved run at Cell Block R17 will be lost.');
    expect(asked).toEqual(expect.arrayContaining(['No, keep it', 'Yes, start over']));
    await page.screenshot({ path: 'test-results/title-confirm.png' });
    await tap('Enter'); // No
    expect(await scenes(page)).toContain('title');
    expect(await saved()).toBe(before);
    expect((await texts('title')).map((t) => t.text)).toContain('Continue: Cell Block R17');
    await tap('Enter'); // New game again: No left the marker on it
    await tap('ArrowDown');
    await tap('Enter'); // Yes
    await waitForScene(page, 'cell');
    await page.waitForFunction(
      () =>
        (window as unknown as { westgate: { run: () => { attempts: number | null } | null } }).westgate.run()
          ?.attempts === 0,
    );
  });

  it('the replay verdict holds the game still, Enter on it starts nothing, and success is not red', async () => {
    await page.goto(server.url);
    await waitForScene(page, 'title');
    await waitForMenu(page, 'title');
    await drop('cell.replay.json', readFileSync('tests/golden/cell.walkway.replay.json', 'utf8'));
    await page.waitForSelector('#westgate-verdict');
    expect(await page.locator('#westgate-verdict h1').textContent()).toContain('Replay verified');
    const colour = await page.locator('#westgate-verdict h1').evaluate((h) => getComputedStyle(h).color);
    expect(colour).toBe('rgb(238, 240, 242)');
    await page.screenshot({ path: 'test-results/verdict-ok.png' });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter'); // puts the verdict away, and only that
    await frames();
    expect(await page.locator('#westgate-verdict').count()).toBe(0);
    await page.waitForTimeout(400);
    expect(await scenes(page)).toEqual(['title']);
    // the title is where it was: Enter now starts the first item, New game
    await tap('Enter');
    await waitForScene(page, 'cell');

    // in a level: keys do not move Joe while the verdict is up, and Esc goes back to the game
    await page.goto(`${server.url}?level=cell`);
    await waitForLevel(page);
    await drop('bad.replay.json', '{"format":"westgate-replay"}');
    await page.waitForSelector('#westgate-verdict');
    const colourBad = await page.locator('#westgate-verdict h1').evaluate((h) => getComputedStyle(h).color);
    expect(colourBad).not.toBe('rgb(238, 240, 242)');
    const start = await probe(page);
    await page.keyboard.down('ArrowLeft');
    await page.waitForTimeout(300);
    await page.keyboard.up('ArrowLeft');
    expect(await probe(page)).toMatchObject({ tick: start?.tick, joe: start?.joe });
    await page.keyboard.press('Escape');
    expect(await page.locator('#westgate-verdict').count()).toBe(0);
    expect(await scenes(page)).not.toContain('pause');
    await page.keyboard.down('ArrowLeft');
    await page.waitForTimeout(300);
    await page.keyboard.up('ArrowLeft');
    expect((await probe(page))?.joe.x).toBeLessThan(start?.joe.x ?? 0);
  });

  it("junk in both the settings and the save: the title says both, in the player's words", async () => {
    await withSave();
    const good = JSON.parse((await saved()) ?? '{}') as Record<string, unknown>;
    delete good['seed'];
    await page.evaluate((s) => {
      localStorage.setItem('westgate.settings', '{junk');
      localStorage.setItem('westgate.save', s);
    }, JSON.stringify(good));
    await page.reload();
    await waitForScene(page, 'title');
    const shown = (await texts('title')).map((t) => t.text).join(' ');
    expect(shown).toContain('Settings could not be read and were reset.');
    expect(shown).toContain('The saved game cannot be read (the save is missing its seed).');
    expect(shown).not.toContain('Invalid key');
    await expectTitleFits('title-two-notices');
  });

  it('the settings page hides the menu beneath it entirely', async () => {
    await page.goto(server.url);
    await waitForScene(page, 'title');
    await waitForMenu(page, 'title');
    await tap('ArrowUp'); // Settings, the last item
    await tap('Enter');
    await waitForScene(page, 'settings');
    await frames();
    const png = PNG.sync.read(
      await page.locator('canvas').screenshot({ path: 'test-results/settings-over-title.png' }),
    );
    // right of the values column and above the hints: nothing of the settings page, so nothing at all
    const colours = new Set<string>();
    for (let y = Math.round(png.height * 0.1); y < png.height * 0.85; y++)
      for (let x = Math.round(png.width * 0.8); x < png.width; x++) {
        const i = (y * png.width + x) * 4;
        colours.add(`${png.data[i]},${png.data[i + 1]},${png.data[i + 2]}`);
      }
    expect([...colours]).toEqual(['14,15,17']);
  });

  it('the key that ends the credits does not restart the run from the results card', async () => {
    const settings = JSON.stringify({ ...defaultSettings(), dialogueSpeed: 'instant' });
    await page.goto(server.url);
    await waitForScene(page, 'title'); // loaded: leaving now aborts no request
    await page.evaluate((s) => localStorage.setItem('westgate.settings', s), settings);
    await page.goto(`${server.url}?level=guard-tower&manualstep=1`);
    await waitForLevel(page);
    const golden = parseReplay(readFileSync('tests/golden/guard-tower.source.replay.json', 'utf8'));
    await feedInputs(page, golden.inputs);
    await waitForScene(page, 'ending');
    // through the captions and the summary to the credits, the last page before the card
    for (let i = 0; i < 12; i++) {
      if ((await texts('ending')).some((t) => t.text.includes(CREDITS[1] ?? '?'))) break;
      await tap('e');
    }
    expect((await texts('ending')).map((t) => t.text).join('\n')).toContain(CREDITS[1]);
    await page.screenshot({ path: 'test-results/credits.png' });
    // E held down from the credits, with the key's own repeats
    await page.keyboard.down('e');
    await waitForScene(page, 'card');
    for (let i = 0; i < 5; i++) {
      await page.evaluate(() =>
        window.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'e', code: 'KeyE', keyCode: 69, repeat: true }),
        ),
      );
      await frames();
    }
    await page.keyboard.up('e');
    await page.waitForTimeout(300);
    expect(await scenes(page)).toContain('card');
    expect((await probe(page))?.outcome).toBe('complete');
    // the card opens on saving the replay, not on playing again
    await waitForMenu(page, 'card');
    const card = await texts('card');
    const marker = card.find((t) => t.text === '>');
    const chosen = card.find((t) => t.text !== '>' && Math.abs(t.y - (marker?.y ?? -1)) < 1);
    expect(chosen?.text).toBe('Save replay file');
    await page.screenshot({ path: 'test-results/card-after-credits.png' });
  }, 120_000);

  it('large text: title, settings, pause, captions and the results card at 16 px, in the view, apart', async () => {
    const large = JSON.stringify({ ...defaultSettings(), textSize: 'large', dialogueSpeed: 'instant' });
    await page.goto(server.url);
    await waitForScene(page, 'title');
    await page.evaluate((s) => localStorage.setItem('westgate.settings', s), large);
    await page.reload();
    await waitForMenu(page, 'title');
    /** every text of a scene inside the view and none over another; returns text -> size */
    const laidOut = async (scene: string) => {
      const shown = await texts(scene);
      for (const t of shown) {
        expect(t.x, t.text).toBeGreaterThanOrEqual(0);
        expect(t.y, t.text).toBeGreaterThanOrEqual(0);
        expect(t.x + t.w, t.text).toBeLessThanOrEqual(384);
        expect(t.y + t.h, t.text).toBeLessThanOrEqual(216);
        // a cell's top row is only for accents: 16 px rows 18 apart share those 2 px with the descenders
        const inked = (v: Shown) => ({ ...v, y: v.y + v.size / 8, h: v.h - v.size / 8 });
        // (a new best's first line is drawn again in lamplight over the lines: that one lies on them)
        for (const u of shown)
          if (u !== t && !u.text.startsWith(`${t.text}\n`) && !t.text.startsWith(`${u.text}\n`))
            expect(overlaps(inked(t), inked(u)), `${t.text} / ${u.text}`).toBe(false);
      }
      return Object.fromEntries(shown.map((t) => [t.text, t.size]));
    };
    const title = await laidOut('title');
    expect([title['New game'], title['Level select…'], title['Settings'], title['>']]).toEqual([
      16, 16, 16, 16,
    ]);
    await page.screenshot({ path: 'test-results/large-title.png' });
    await tap('ArrowUp');
    await tap('Enter'); // Settings
    await waitForScene(page, 'settings');
    await frames();
    const settings = await laidOut('settings');
    expect(settings['SETTINGS']).toBe(16);
    expect(settings[`${'Music'.padEnd(20)}===-  70`]).toBe(16);
    expect(settings[`${'Text size'.padEnd(20)}large`]).toBe(16);
    // eight rows of the fourteen, and the arrow that says there are more
    expect(Object.keys(settings)).toContain('↓');
    expect(Object.keys(settings)).not.toContain('Back');
    await page.screenshot({ path: 'test-results/large-settings.png' });
    // Text size, the sixth row: normal at once, then large again
    for (let i = 0; i < 5; i++) await tap('ArrowDown');
    await tap('Enter');
    const normal = await laidOut('settings');
    expect(normal[`${'Text size'.padEnd(24)}normal`]).toBe(8);
    expect(normal['SETTINGS']).toBe(8);
    expect(normal['Back']).toBe(8);
    await tap('Enter');
    expect((await laidOut('settings'))[`${'Text size'.padEnd(20)}large`]).toBe(16);
    await tap('Escape');
    await waitForMenu(page, 'title');
    // the level: the first caption two lines at a time, out of sight under the pause menu
    await page.goto(`${server.url}?level=cell&manualstep=1`);
    await waitForLevel(page);
    // the golden route out of the solitary cell, where the first caption is said
    const golden = parseReplay(readFileSync('tests/golden/cell.run-skip.replay.json', 'utf8'));
    const out = golden.inputs.findIndex(([frame]) => (frame & 16) !== 0) + 3;
    await feedInputs(page, golden.inputs.slice(0, out));
    await page.waitForFunction(() =>
      (window as unknown as { westgate: { texts: () => Shown[] } }).westgate
        .texts()
        .some((t) => t.text.startsWith('Dawn')),
    );
    const caption = (await texts('cell')).find((t) => t.text.startsWith('Dawn'));
    expect(caption).toMatchObject({
      text: 'Dawn, and rain. Thirty days in\nthe hole are behind him.',
      size: 16,
      h: 40,
    });
    await tap('Escape');
    await waitForMenu(page, 'pause');
    const pause = await laidOut('pause');
    expect([pause['Resume'], pause['Quit to title'], pause['Esc resume · R restart']]).toEqual([16, 16, 8]);
    expect((await texts('cell')).some((t) => t.text.startsWith('Dawn'))).toBe(false);
    await page.screenshot({ path: 'test-results/large-pause.png' });
    await tap('Escape');
    // the rest of the route to the results card
    await feedInputs(page, golden.inputs.slice(out));
    await waitForMenu(page, 'card');
    const card = await laidOut('card');
    expect(card['CELL BLOCK R17']).toBe(16);
    expect(card['Play it again']).toBe(16);
    expect(card['Quit to title']).toBe(16);
    expect(Object.entries(card).find(([t]) => t.startsWith('build '))?.[1]).toBe(8);
    // the card is opaque: down its left edge, nothing of the level beneath, only the backing
    const png = PNG.sync.read(
      await page.locator('canvas').screenshot({ path: 'test-results/large-card.png' }),
    );
    const colours = new Set<string>();
    for (let y = 0; y < png.height; y++)
      for (let x = 0; x < png.width * 0.04; x++) {
        const i = (y * png.width + x) * 4;
        colours.add(`${png.data[i]},${png.data[i + 1]},${png.data[i + 2]}`);
      }
    expect([...colours]).toEqual(['14,15,17']);
  }, 120_000);
});
