import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { frames, probe, usePage, waitForLevel } from './harness';

let page: Page;

const server = usePage((p) => (page = p));

/** The canvas at a level's first tick, held there, and how many of its tile layers are GPU layers. */
async function shot(query: string): Promise<{ png: PNG; gpuLayers: number }> {
  await page.goto(`${server.url}?${query}&manualstep=1`);
  await waitForLevel(page);
  await frames(page);
  const gpuLayers = (await probe(page))?.gpuLayers ?? -1;
  return { png: PNG.sync.read(await page.locator('canvas').screenshot()), gpuLayers };
}

/**
 * The mean brightness of each tile-sized block of the screen: the film's grain moves every frame,
 * a tile drawn from the wrong place in the tileset changes its block's mean by far more.
 */
function blockMeans(png: PNG, blocks: number): number[] {
  const size = Math.floor(png.width / blocks);
  const means: number[] = [];
  for (let by = 0; by + size <= png.height; by += size)
    for (let bx = 0; bx + size <= png.width; bx += size) {
      let sum = 0;
      for (let y = by; y < by + size; y++)
        for (let x = bx; x < bx + size; x++) {
          const i = (y * png.width + x) * 4;
          sum += ((png.data[i] ?? 0) + (png.data[i + 1] ?? 0) + (png.data[i + 2] ?? 0)) / 3;
        }
      means.push(sum / (size * size));
    }
  return means;
}

describe('tile layers in Chromium', () => {
  it.each(['cell', 'machine-shop'])(
    '%s: the GPU tile layers draw the map as the plain layers of ?tiles=plain do',
    async (level) => {
      const gpu = await shot(`level=${level}`);
      const plain = await shot(`level=${level}&tiles=plain`);
      expect(gpu.gpuLayers).toBe(2);
      expect(plain.gpuLayers).toBe(0);
      // 24 x 13 blocks of one tile each (16 level pixels)
      const a = blockMeans(gpu.png, 24);
      const b = blockMeans(plain.png, 24);
      expect(a.length).toBe(24 * 13);
      // a walking guard's frame follows real time, so a block or two round him may differ; a tile
      // taken from the wrong place in the tileset changes most blocks on screen
      const differing = a.filter((m, i) => Math.abs(m - (b[i] ?? 0)) > 3).length;
      expect(differing).toBeLessThanOrEqual(4);
    },
  );
});
