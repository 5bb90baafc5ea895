import Phaser from 'phaser';
import type { ResolvedTiledMap } from '../maps';

/** ?tiles=plain: every layer a plain TilemapLayer (to compare, or for a GPU that draws them wrong). */
const PLAIN_TILES = new URLSearchParams(window.location.search).get('tiles') === 'plain';

/** How a tileset's image is cut: tile size, and the margin and spacing round and between tiles. */
interface Cut {
  tileWidth: number;
  tileHeight: number;
  tileMargin: number;
  tileSpacing: number;
}

/**
 * The key of a copy of texture `key` with each tile of `cut` set one clear pixel apart and one in from
 * the edge (margin 1, spacing 1), made once. Phaser 4.2's GPU layer paints an empty cell with the texel
 * at the image's top-left corner, a wall in our tileset, and steps from tile to tile by size plus
 * margin where Tiled steps by size plus spacing: with both 1, an empty cell is clear and every tile is
 * found where Tiled would find it.
 */
function spacedTexture(scene: Phaser.Scene, key: string, cut: Cut): string {
  const { tileWidth: w, tileHeight: h, tileMargin: m, tileSpacing: s } = cut;
  const spaced = `${key}:spaced:${w}x${h}+${m}+${s}`;
  if (scene.textures.exists(spaced)) return spaced;
  const source = scene.textures.get(key).getSourceImage() as HTMLImageElement | HTMLCanvasElement;
  const columns = Math.floor((source.width - 2 * m + s) / (w + s));
  const rows = Math.floor((source.height - 2 * m + s) / (h + s));
  const canvas = scene.textures.createCanvas(spaced, 1 + columns * (w + 1), 1 + rows * (h + 1));
  if (!canvas) return key;
  for (let y = 0; y < rows; y++)
    for (let x = 0; x < columns; x++)
      canvas.context.drawImage(
        source,
        m + x * (w + s),
        m + y * (h + s),
        w,
        h,
        1 + x * (w + 1),
        1 + y * (h + 1),
        w,
        h,
      );
  canvas.refresh();
  return spaced;
}

/**
 * The map's tile layers, each at `depthOf(its index)`. Under WebGL, with one tileset, they are GPU
 * layers: the whole layer is one quad and a shader looks up its tiles, where a plain layer culls and
 * batches every tile on screen every frame (0.07-0.15 ms a frame for the two here). The map's tiles
 * never change while a level runs, which is what a GPU layer asks. Returns how many are GPU layers.
 */
export function addTileLayers(
  scene: Phaser.Scene,
  key: string,
  tiled: ResolvedTiledMap,
  depthOf: (index: number) => number,
): number {
  const tilemap = scene.make.tilemap({ key });
  const gpu = !PLAIN_TILES && scene.game.renderer.type === Phaser.WEBGL && tilemap.tilesets.length === 1;
  const tilesets = tilemap.tilesets.map((ts) => {
    const image =
      (tiled.tilesets.find((t: { name: string }) => t.name === ts.name)?.image ?? '')
        .split('/')
        .pop()
        ?.replace(/\.png$/, '') ?? '';
    if (!gpu || !scene.textures.exists(image)) return tilemap.addTilesetImage(ts.name, image);
    const { tileWidth, tileHeight } = ts;
    return tilemap.addTilesetImage(ts.name, spacedTexture(scene, image, ts), tileWidth, tileHeight, 1, 1);
  });
  const usable = tilesets.filter((t): t is Phaser.Tilemaps.Tileset => t !== null);
  let gpuLayers = 0;
  tilemap.layers.forEach((layer, i) => {
    const made = tilemap.createLayer(layer.name, usable, 0, 0, gpu && usable.length === 1);
    if (!made) return;
    made.setDepth(depthOf(i));
    if (made instanceof Phaser.Tilemaps.TilemapGPULayer) gpuLayers++;
  });
  return gpuLayers;
}
