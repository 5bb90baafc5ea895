import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/settings/schema';
import { parseCampaign } from '../../src/speedrun/campaign';
import { feedInputs, probe, usePage, waitForScene } from './harness';

let page: Page;
const server = usePage((p) => (page = p));

/** Dialogue shown at once: a press that only finishes the typewriter never reaches the game. */
async function instantDialogue(): Promise<void> {
  const settings = JSON.stringify({ ...defaultSettings(), dialogueSpeed: 'instant' });
  await page.evaluate((s) => localStorage.setItem('westgate.settings', s), settings);
}

describe('the whole campaign through the keyboard, on the production build', () => {
  it('plays the by-the-book campaign replay key by key and ends on the same state as Node', async () => {
    const golden = parseCampaign(readFileSync('tests/golden/campaign.by-the-book.replay.json', 'utf8'));
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
      const ran = await feedInputs(page, attempt.inputs);
      const end = await probe(page);
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
      const next = golden.attempts[i + 1];
      if (!next) break;
      // the card: Continue takes the run to the next level with the state Joe leaves this one in
      await waitForScene(page, 'card');
      await page.keyboard.press('Enter');
    }
    await waitForScene(page, 'card');
  }, 240_000);
});
