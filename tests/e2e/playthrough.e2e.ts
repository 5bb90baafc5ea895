import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/settings/schema';
import { parseCampaign } from '../../src/speedrun/campaign';
import { feedInputs, probe, scenes, usePage, waitForMenu, waitForScene } from './harness';

let page: Page;
const server = usePage((p) => (page = p));

/** Dialogue shown at once: a press that only finishes the typewriter never reaches the game. */
async function instantDialogue(): Promise<void> {
  const settings = JSON.stringify({ ...defaultSettings(), dialogueSpeed: 'instant' });
  await page.evaluate((s) => localStorage.setItem('westgate.settings', s), settings);
}

function markedZones(): Promise<string[] | null> {
  return page.evaluate(() =>
    (window as unknown as { westgate: { markedZones: () => string[] | null } }).westgate.markedZones(),
  );
}

/**
 * Plays a golden campaign file from New game through the keyboard, to the results card. Returns the
 * restricted zones the floor marked out of bounds as each attempt began and as it ended.
 */
async function playCampaign(
  file: string,
): Promise<{ level: string; start: string[] | null; end: string[] | null }[]> {
  const zones: { level: string; start: string[] | null; end: string[] | null }[] = [];
  const golden = parseCampaign(readFileSync(file, 'utf8'));
  await page.goto(`${server.url}?manualstep=1`);
  await waitForScene(page, 'title');
  await instantDialogue();
  await page.reload();
  await waitForScene(page, 'title');
  await page.keyboard.press('Enter'); // New game
  for (const [i, attempt] of golden.attempts.entries()) {
    await waitForScene(page, attempt.level);
    await page.waitForFunction((id) => {
      const w = window as unknown as { westgate: { level: () => { id: string; tick: number } | null } };
      const l = w.westgate.level();
      return l?.id === id && l.tick === 0;
    }, attempt.level);
    const start = await markedZones();
    const ran = await feedInputs(page, attempt.inputs);
    const end = await probe(page);
    zones.push({ level: attempt.level, start, end: await markedZones() });
    // the inputs the level took, tick by tick, against the replay's: where they first differ
    const took = await page.evaluate(
      () =>
        (
          window as unknown as { westgate: { replay: () => { inputs: [number, number][] } } }
        ).westgate.replay().inputs,
    );
    const flat = (runs: readonly (readonly [number, number])[]) =>
      runs.flatMap(([f, n]) => Array<number>(n).fill(f));
    const want = flat(attempt.inputs);
    const firstDifferentTick = flat(took).findIndex((f, t) => f !== want[t]);
    expect({
      attempt: i + 1,
      firstDifferentTick,
      ticks: ran,
      outcome: end?.outcome,
      hash: end?.hash,
    }).toEqual({
      attempt: i + 1,
      firstDifferentTick: -1,
      ticks: attempt.result.ticks,
      outcome: attempt.result.outcome,
      hash: attempt.result.hash,
    });
    if (!golden.attempts[i + 1]) break;
    // the card: Continue takes the run on with the state Joe leaves; after solitary, R tries again
    await waitForScene(page, 'card');
    await waitForMenu(page, 'card');
    await page.keyboard.press(attempt.result.outcome === 'complete' ? 'Enter' : 'r');
  }
  // the ending: its captions, the summary and the credits, then the results card
  await waitForScene(page, 'ending');
  for (let k = 0; k < 20 && !(await scenes(page)).includes('card'); k++) {
    await page.keyboard.press('Enter');
    await page.waitForTimeout(150);
  }
  await waitForScene(page, 'card');
  const run = await page.evaluate(() =>
    (window as unknown as { westgate: { run: () => { runTicks: number } | null } }).westgate.run(),
  );
  expect(run?.runTicks).toBe(golden.result.ticks);
  return zones;
}

describe('whole campaigns through the keyboard, on the production build', () => {
  it('by the book, to first light: the same inputs, ticks and hashes as Node, level by level', async () => {
    const zones = await playCampaign('tests/golden/campaign.by-the-book.replay.json');
    expect((await probe(page))?.flags).toContain('ending-dawn');
    // the foreman's pass lifts the corridor's marking off the floor; the store room stays out of bounds
    expect(zones.find((z) => z.level === 'machine-shop')).toEqual({
      level: 'machine-shop',
      start: ['infirmary-corridor', 'store'],
      end: ['store'],
    });
  }, 300_000);

  it('the hard way, restarts and all: the time lost stays on the run clock', async () => {
    await playCampaign('tests/golden/campaign.hard-way.replay.json');
    expect((await probe(page))?.flags).toContain('ending-source');
  }, 300_000);
});
