import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatTime } from '../../src/speedrun/time';
import { probe, scenes, usePage, waitForMenu, waitForScene as waitForSceneIn, waitForLevel } from './harness';

let page: Page;

const server = usePage((p) => (page = p));

const waitForScene = (key: string) => waitForSceneIn(page, key);
const nextFrame = () =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

describe('speedrun tools in Chromium', () => {
  it('level select on the title screen starts that level alone', async () => {
    await page.goto(server.url);
    await waitForScene('title');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter'); // Level select…
    await page.waitForFunction(() =>
      (window as unknown as { westgate: { texts: () => { text: string }[] } }).westgate
        .texts()
        .some((t) => t.text === 'Back'),
    );
    await nextFrame();
    await page.keyboard.press('Enter'); // the first level
    await waitForLevel(page);
    const p = await probe(page);
    expect(p?.id).toBe('cell');
    const category = await page.evaluate(
      () => (window as unknown as { westgate: { run: () => { category: string } } }).westgate.run().category,
    );
    expect(category).toBe('il-cell');
  });

  it('the level waits for the first input: no ticks, no time before it', async () => {
    await page.goto(`${server.url}?level=cell`);
    await waitForLevel(page);
    await page.waitForTimeout(400);
    expect((await probe(page))?.tick).toBe(0);
  });

  it('R puts Joe back at the start by the next frame, with the clock at zero', async () => {
    await page.goto(`${server.url}?level=cell`);
    await waitForLevel(page);
    await page.keyboard.down('ArrowRight');
    await page.waitForTimeout(300);
    await page.keyboard.up('ArrowRight');
    expect((await probe(page))?.tick).toBeGreaterThan(0);
    await page.keyboard.press('r');
    await nextFrame();
    const p = await probe(page);
    expect(p?.tick).toBe(0);
    expect(p?.joe).toEqual({ x: 104, y: 72, facing: 'down' });
  });

  it('a replay taken from the game verifies in the Node referee with the time the game showed', async () => {
    await page.goto(`${server.url}?level=cell`);
    await waitForLevel(page);
    for (const [key, ms] of [
      ['ArrowLeft', 500],
      ['ArrowDown', 200],
      ['ArrowRight', 300],
    ] as const) {
      await page.keyboard.down(key);
      await page.waitForTimeout(ms);
      await page.keyboard.up(key);
    }
    await page.keyboard.press('Escape');
    await waitForScene('pause');
    const shown = await page.evaluate(() =>
      (window as unknown as { westgate: { timeText: () => string } }).westgate.timeText(),
    );
    const replay = await page.evaluate(() =>
      (window as unknown as { westgate: { replay: () => unknown } }).westgate.replay(),
    );
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'westgate-')), 'run.replay.json');
    writeFileSync(file, JSON.stringify(replay));
    const out =
      execFileSync('npx', ['tsx', 'src/cli/verify.ts', file], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .pop() ?? '';
    const verdict = JSON.parse(out) as { ok: boolean; ticks: number; time: string };
    expect(verdict.ok).toBe(true);
    expect(verdict.time).toBe(shown);
    expect(formatTime(verdict.ticks)).toBe(shown);
    expect(await scenes(page)).toContain('pause');
  });
});

describe('the results card', () => {
  it(
    'saves the attempt as a replay file that the Node referee verifies with the time the card showed',
    { timeout: 120_000 },
    async () => {
      await page.goto(`${server.url}?level=cell`);
      await waitForLevel(page);
      // out of the solitary wing and straight into the out-of-bounds yard, in front of the guard
      const joe = async () => (await probe(page))?.joe ?? { x: 0, y: 0, facing: '' };
      await page.keyboard.down('ArrowLeft');
      await page.waitForFunction(() => {
        const w = window as unknown as { westgate: { level: () => { joe: { x: number } } | null } };
        return (w.westgate.level()?.joe.x ?? 999) <= 40;
      });
      await page.keyboard.up('ArrowLeft');
      // face the wing door and open it; presses land on whole ticks, so try until it gives
      for (let i = 0; i < 10 && (await joe()).y < 100; i++) {
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('e');
        await page.keyboard.down('ArrowDown');
        await page.waitForTimeout(500);
        await page.keyboard.up('ArrowDown');
      }
      expect((await joe()).y).toBeGreaterThanOrEqual(100);
      await page.keyboard.down('ArrowRight');
      await page.waitForFunction(
        () =>
          (window as unknown as { westgate: { scenes: () => string[] } }).westgate.scenes().includes('card'),
        undefined,
        { timeout: 60_000 },
      );
      await page.keyboard.up('ArrowRight');
      const shown = await page.evaluate(() =>
        (window as unknown as { westgate: { timeText: () => string } }).westgate.timeText(),
      );
      await waitForMenu(page, 'card');
      await page.keyboard.press('ArrowDown'); // "Save replay file"
      await nextFrame();
      const download = page.waitForEvent('download');
      await page.keyboard.press('Enter');
      const file = await (await download).path();
      const out =
        execFileSync('npx', ['tsx', 'src/cli/verify.ts', file], { encoding: 'utf8' })
          .trim()
          .split('\n')
          .pop() ?? '';
      expect(JSON.parse(out)).toMatchObject({ ok: true, level: 'cell', time: shown, outcome: 'caught' });
    },
  );
});
