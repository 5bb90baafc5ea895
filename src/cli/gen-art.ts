/**
 * Generates all of Westgate's art, deterministically: run `npx tsx src/cli/gen-art.ts` from the repo root.
 * Same code, same bytes: every random choice comes from a seeded PRNG, never Math.random.
 *
 *   assets/tiles.png      8 x 4 tiles of 16 px (ids 0..31)      maps/tilesets/prison.tsj  their properties
 *   assets/actors.png     8 x 8 frames of 16 px (walk cycles)   assets/fx.png   8 x 1 frames of 16 px
 *   assets/font.png/.xml  the typewriter BMFont                 assets/title.png   384 x 216
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { drawActorSheet } from './art/actors.ts';
import { drawFont } from './art/font.ts';
import { drawFxSheet } from './art/fx.ts';
import { tilesetJson } from './art/tileset.ts';
import { drawTileSheet } from './art/tiles.ts';
import { drawTitle } from './art/title.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function write(path: string, data: Buffer | string): void {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, data);
  console.log(`wrote ${relative(root, full)} (${Buffer.byteLength(data)} bytes)`);
}

const font = drawFont();
write('assets/tiles.png', drawTileSheet().toPng());
write('assets/actors.png', drawActorSheet().toPng());
write('assets/fx.png', drawFxSheet().toPng());
write('assets/font.png', font.png.toPng());
write('assets/font.xml', font.xml);
write('assets/title.png', drawTitle().toPng());
write('maps/tilesets/prison.tsj', tilesetJson());
