import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { probe, scenes, usePage, waitForScene, waitForLevel } from './harness';
import { driveTower } from './tower-drive';

let page: Page;

const server = usePage((p) => (page = p));

describe('the guard tower in Chromium', () => {
  it('loads from ?level=guard-tower, is played to the lever by the keys, and its ending plays', async () => {
    await page.goto(`${server.url}?level=guard-tower`);
    await waitForLevel(page);
    const start = await probe(page);
    expect(start?.id).toBe('guard-tower');
    // the level's canonical start: what the earlier levels leave behind
    expect(start?.flags).toContain('riot');
    expect(start?.flags).not.toContain('informer-unmasked');
    await driveTower(page);
    const end = await probe(page);
    expect(end?.outcome).toBe('complete');
    // nobody named the informer: the bridge comes down and Joe does not cross
    expect(end?.flags).toContain('ending-source');
    await waitForScene(page, 'ending');
    // the first caption typed out on black: pale type in the middle of the frame
    await page.waitForTimeout(2_000);
    const png = PNG.sync.read(await page.locator('canvas').screenshot());
    let pale = 0;
    for (let i = 0; i < png.data.length; i += 4) if ((png.data[i] ?? 0) > 150) pale++;
    expect(pale).toBeGreaterThan(2_000);
    // four captions, the summary, the credits: two presses each (finish the typing, go on)
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Enter');
      await page.waitForTimeout(80);
      if ((await scenes(page)).includes('card')) break;
      await page.keyboard.press('Enter');
      await page.waitForTimeout(80);
    }
    await waitForScene(page, 'card');
    expect(await scenes(page)).not.toContain('ending');
  }, 150_000);
});
