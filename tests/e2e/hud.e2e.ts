import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseReplay } from '../../src/speedrun/replay';
import { VIEW_W } from '../../src/ui/palette';
import { feedInputs, frames, probe, usePage, waitForLevel } from './harness';

let page: Page;

const server = usePage((p) => (page = p));

/** The HUD bar's left half (the objective), as lit or dark pixels: a letter is lit, the bar dark. */
async function objectiveMask(): Promise<boolean[]> {
  const png = PNG.sync.read(await page.locator('canvas').screenshot());
  const scale = png.width / VIEW_W;
  const mask: boolean[] = [];
  for (let y = 0; y < Math.floor(13 * scale); y++)
    for (let x = 0; x < png.width / 2; x++) {
      const i = (y * png.width + x) * 4;
      mask.push(((png.data[i] ?? 0) + (png.data[i + 1] ?? 0) + (png.data[i + 2] ?? 0)) / 3 > 128);
    }
  return mask;
}

/** Input runs cut into seconds (60 ticks each). */
function inSeconds(runs: readonly (readonly [number, number])[]): [number, number][][] {
  const out: [number, number][][] = [[]];
  let room = 60;
  for (const [frame, count] of runs) {
    let left = count;
    while (left > 0) {
      const n = Math.min(left, room);
      out[out.length - 1]?.push([frame, n]);
      left -= n;
      room -= n;
      if (room === 0) {
        out.push([]);
        room = 60;
      }
    }
  }
  return out;
}

const differing = (a: boolean[], b: boolean[]): number => a.filter((v, i) => v !== b[i]).length;

describe('the HUD in Chromium', () => {
  it('the objective drawn into the HUD picture changes on screen when it changes, and only then', async () => {
    await page.goto(`${server.url}?level=cell&manualstep=1`);
    await waitForLevel(page);
    // the level (HUD and all) fades in from black over 400 ms of real time
    await page.waitForTimeout(600);
    await frames(page);
    const first = (await probe(page))?.objective ?? '';
    const before = await objectiveMask();
    expect(before.filter(Boolean).length).toBeGreaterThan(200);
    // the golden walkway run, a second at a time, until the objective changes
    const golden = parseReplay(readFileSync('tests/golden/cell.walkway.replay.json', 'utf8'));
    const seconds = inSeconds(golden.inputs);
    let unchanged: boolean[] | null = null;
    for (const [i, second] of seconds.entries()) {
      if ((await probe(page))?.objective !== first) break;
      if (i === 1) unchanged = await objectiveMask();
      await feedInputs(page, second);
    }
    const after = (await probe(page))?.objective ?? '';
    expect(after).not.toBe(first);
    await frames(page);
    // a second in and the same objective: the same letters, though Joe and the view have moved
    expect(unchanged).not.toBeNull();
    expect(differing(before, unchanged ?? [])).toBeLessThan(20);
    expect(differing(before, await objectiveMask())).toBeGreaterThan(200);
  });
});
