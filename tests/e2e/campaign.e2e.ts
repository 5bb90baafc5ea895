import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hold, probe, usePage, waitForScene, waitForLevel } from './harness';

let page: Page;
const server = usePage((p) => (page = p));

interface RunProbe {
  category: string;
  runTicks: number;
  splits: number[];
  attempts: number | null;
}
const run = () =>
  page.evaluate(() => (window as unknown as { westgate: { run: () => RunProbe | null } }).westgate.run());
const saved = () => page.evaluate(() => localStorage.getItem('westgate.save'));

describe('save and continue', () => {
  it('a new game is saved at its first level and at a restart; Continue resumes the run, time lost and all', async () => {
    await page.goto(server.url);
    await waitForScene(page, 'title');
    await page.keyboard.press('Enter'); // New game
    await waitForScene(page, 'cell');
    const save = JSON.parse((await saved()) ?? '{}') as {
      levelId?: string;
      category?: string;
      seed?: number;
    };
    expect(save).toMatchObject({ levelId: 'cell', category: 'campaign', seed: 1947 });
    await hold(page, 'ArrowLeft', 300);
    await page.keyboard.press('r'); // a restart in a campaign keeps the attempt in the run's replay
    await page.waitForFunction(
      () =>
        (window as unknown as { westgate: { run: () => RunProbe | null } }).westgate.run()?.attempts === 1,
    );
    const lost = (await run())?.runTicks ?? 0;
    expect(lost).toBeGreaterThan(0);

    await page.reload();
    await waitForScene(page, 'title');
    await page.keyboard.press('Enter'); // Continue is first when there is a save
    await waitForScene(page, 'cell');
    await waitForLevel(page);
    // the restart saved the run: the abandoned attempt's time and its inputs come back with it
    expect(await run()).toMatchObject({ category: 'campaign', runTicks: lost, splits: [], attempts: 1 });
    expect((await probe(page))?.joe).toEqual({ x: 104, y: 72, facing: 'down' });

    // an edited save (its random generator turned) no longer leads where its own run does: no Continue for it
    await page.evaluate(() => {
      const save = JSON.parse(localStorage.getItem('westgate.save') ?? '{}') as { start: { rng: number[] } };
      save.start.rng[0] = (save.start.rng[0] ?? 0) ^ 1;
      localStorage.setItem('westgate.save', JSON.stringify(save));
    });
    await page.reload();
    await waitForScene(page, 'title');
    await page.keyboard.press('Enter'); // New game: the edited save is not offered
    await waitForScene(page, 'cell');
    expect(await run()).toMatchObject({ category: 'campaign', runTicks: 0, attempts: 0 });
  });

  it('a corrupt save is kept untouched, and the title still offers a new game', async () => {
    await page.goto(server.url);
    await waitForScene(page, 'title'); // loaded: a reload now aborts no request
    await page.evaluate(() => localStorage.setItem('westgate.save', '{"format":"westgate-save","version":1'));
    await page.reload();
    await waitForScene(page, 'title');
    await page.keyboard.press('Enter'); // no Continue: New game is first
    await waitForScene(page, 'cell');
    expect(await run()).toMatchObject({ category: 'campaign', attempts: 0 });
    // the new game's save replaced it only now, at the level's start; until then it was kept
    expect(JSON.parse((await saved()) ?? '{}')).toMatchObject({ levelId: 'cell' });
  });
});
