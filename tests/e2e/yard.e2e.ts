import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hold, probe, usePage, waitForLevel } from './harness';

let page: Page;

const server = usePage((p) => (page = p));

describe('the yard in Chromium', () => {
  it('starts from ?level=yard in the rain, and Joe walks to the newspaper office', async () => {
    await page.goto(`${server.url}?level=yard`);
    await waitForLevel(page);
    const start = await probe(page);
    expect(start?.id).toBe('yard');
    expect(start?.joe).toEqual({ x: 56, y: 328, facing: 'right' });
    // the searchlights sweep on their own: the picture is not blank
    const shot = await page.locator('canvas').screenshot();
    expect(shot.length).toBeGreaterThan(20_000);
    await hold(page, 'ArrowRight', 500);
    await hold(page, 'ArrowUp', 900);
    const moved = await probe(page);
    expect(moved?.joe.x).toBeGreaterThan(56);
    expect(moved?.joe.y).toBeLessThan(328);
    expect(moved?.joe.facing).toBe('up');
    expect(moved?.flags).toContain('in-the-yard');
    expect(moved?.outcome).toBe('playing');
  });

  it('opens on its title: the next morning, though the clock reads earlier than the machine shop ended', async () => {
    await page.goto(`${server.url}?level=yard`);
    await waitForLevel(page);
    const shown = () =>
      page.evaluate(() =>
        (
          window as unknown as { westgate: { texts: () => { text: string; fixed: boolean; y: number }[] } }
        ).westgate
          .texts()
          .filter((t) => t.fixed && t.y > 100)
          .map((t) => t.text),
      );
    expect(await shown()).toEqual(['THE YARD', 'The next morning, 09:40']);
    expect((await probe(page))?.clock).toBe('09:40');
    // it holds nothing: Joe walks under it from the first key
    await hold(page, 'ArrowRight', 300);
    expect((await probe(page))?.tick).toBeGreaterThan(0);
    // and it is gone a few seconds in (3 s, then a fade of 0.8 s)
    const gone = Date.now() + 8_000;
    while ((await shown()).length > 0 && Date.now() < gone) await page.waitForTimeout(200);
    expect(await shown()).toEqual([]);
  });

  it('keeps the exit to the tower shut in a quiet yard', async () => {
    await page.goto(`${server.url}?level=yard`);
    await waitForLevel(page);
    await hold(page, 'ArrowRight', 1200);
    const p = await probe(page);
    expect(p?.flags).not.toContain('riot');
    expect(p?.outcome).toBe('playing');
    expect(p?.tick).toBeGreaterThan(0);
  });
});
