import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/settings/schema';
import { frames, probe, usePage, waitForLevel, waitForScene } from './harness';

let page: Page;

const server = usePage((p) => (page = p));

/** The canvas at a level's first tick, held there, and how its tile layers are drawn. */
async function shot(
  query: string,
): Promise<{ png: PNG; tiles: string; camera: { x: number; y: number } | undefined }> {
  await page.goto(`${server.url}?${query}&manualstep=1`);
  await waitForLevel(page);
  // the level fades in from black over 400 ms of real time
  await page.waitForTimeout(600);
  await frames(page);
  const level = await probe(page);
  const png = PNG.sync.read(await page.locator('canvas').screenshot());
  return { png, tiles: level?.tiles ?? 'none', camera: level?.camera };
}

/**
 * The mean brightness of each tile-sized block (16 level pixels) of the screen's rows 2-7 of 13 (or
 * from `firstRow`): below the HUD and above the level's title card, which fades on a real-time clock. The film's grain (still
 * here: reduced motion) differs between loads; a tile drawn from the wrong place in the tileset changes its block's mean by far more.
 */
function blockMeans(png: PNG, firstRow = 2): number[] {
  const size = Math.floor(png.width / 24);
  const means: number[] = [];
  for (let row = firstRow; row <= 7; row++)
    for (let bx = 0; bx + size <= png.width; bx += size) {
      let sum = 0;
      for (let y = row * size; y < (row + 1) * size; y++)
        for (let x = bx; x < bx + size; x++) {
          const i = (y * png.width + x) * 4;
          sum += ((png.data[i] ?? 0) + (png.data[i + 1] ?? 0) + (png.data[i + 2] ?? 0)) / 3;
        }
      means.push(sum / (size * size));
    }
  return means;
}

/** How many blocks of two shots (rows 2-7, or from `firstRow`) differ by more than 3 levels. */
function differingBlocks(a: PNG, b: PNG, firstRow = 2): number {
  const ma = blockMeans(a, firstRow);
  const mb = blockMeans(b, firstRow);
  expect(ma.length).toBe(24 * (8 - firstRow));
  return ma.filter((m, i) => Math.abs(m - (mb[i] ?? 0)) > 3).length;
}

describe('tile layers in Chromium', () => {
  it.each(['cell', 'machine-shop'])(
    '%s: the map baked into one image, and as GPU layers, looks as the plain layers of ?tiles=plain do',
    async (level) => {
      // reduced motion stills the failing lamps' flicker (random), which would differ between shots
      await page.goto(server.url);
      await waitForScene(page, 'title');
      const prefs = JSON.stringify({ ...defaultSettings(), reducedMotion: true });
      await page.evaluate((s) => localStorage.setItem('westgate.settings', s), prefs);
      const baked = await shot(`level=${level}`);
      const gpu = await shot(`level=${level}&tiles=gpu`);
      const plain = await shot(`level=${level}&tiles=plain`);
      expect([baked.tiles, gpu.tiles, plain.tiles]).toEqual(['baked', 'gpu', 'plain']);
      expect(gpu.camera).toEqual(baked.camera);
      expect(plain.camera).toEqual(baked.camera);
      // a walking guard's frame follows real time, so a block or two round him may differ; a tile
      // taken from the wrong place in the tileset changes most blocks on screen
      expect(differingBlocks(baked.png, plain.png)).toBeLessThanOrEqual(4);
      expect(differingBlocks(gpu.png, plain.png)).toBeLessThanOrEqual(4);
    },
  );

  it('a lost WebGL context, restored, brings back the baked floor, the light and the HUD as they were', async () => {
    await page.goto(server.url);
    await waitForScene(page, 'title');
    const prefs = JSON.stringify({ ...defaultSettings(), reducedMotion: true });
    await page.evaluate((s) => localStorage.setItem('westgate.settings', s), prefs);
    const before = await shot('level=cell');
    expect(before.tiles).toBe('baked');
    const lost = await page.evaluate(async () => {
      const canvas = document.querySelector('canvas');
      const gl = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl');
      const ext = gl?.getExtension('WEBGL_lose_context');
      if (!gl || !ext) return false;
      ext.loseContext();
      await new Promise((r) => setTimeout(r, 200));
      ext.restoreContext();
      await new Promise((r) => setTimeout(r, 500));
      return gl.isContextLost() === false;
    });
    expect(lost).toBe(true);
    await frames(page);
    const png = PNG.sync.read(await page.locator('canvas').screenshot());
    // rows 0-7: the HUD too (its picture redrawn), the floor and its light (baked again)
    expect(differingBlocks(before.png, png, 0)).toBeLessThanOrEqual(4);
  });
});
