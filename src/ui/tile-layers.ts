import Phaser from 'phaser';
import type { ResolvedTiledMap } from '../maps';
import { onContextRestored } from './baked-layer';

/** ?tiles=plain or ?tiles=gpu: the map drawn that way (to compare, or for a GPU that draws it wrong). */
const ASKED = new URLSearchParams(window.location.search).get('tiles');

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

/** The largest map baked, pixels: 2048 x 2048 is 16 MB of texture a band; larger maps use GPU layers. */
const BAKE_MAX_PIXELS = 2048 * 2048;

/** How the map's tile layers are drawn (the probe reports it). */
export type TileDrawing = 'baked' | 'gpu' | 'plain';

function drawingFor(
  scene: Phaser.Scene,
  tilemap: Phaser.Tilemaps.Tilemap,
  tiled: ResolvedTiledMap,
): TileDrawing {
  const renderer = scene.game.renderer;
  if (ASKED === 'plain' || !(renderer instanceof Phaser.Renderer.WebGL.WebGLRenderer)) return 'plain';
  const max = renderer.getMaxTextureSize();
  const animated = tiled.tilesets.some((ts) => ts.tiles.some((t) => (t.animation?.length ?? 0) > 0));
  const { widthInPixels: w, heightInPixels: h } = tilemap;
  const fits = w <= max && h <= max && w * h <= BAKE_MAX_PIXELS;
  if (ASKED !== 'gpu' && fits && !animated) return 'baked';
  return tilemap.tilesets.length === 1 ? 'gpu' : 'plain';
}

/**
 * The map's tile layers, each band of them (`bandOf(layer index)`, a depth) drawn at that depth.
 * - baked (WebGL, a map of up to 2048 x 2048 pixels' area, no animated tiles): each band drawn once
 *   into a texture the size of the map, shown as one image in the sprites' batch. The map never
 *   changes while a level runs; drawing its layers tile by tile cost 0.1-0.2 ms a frame here.
 * - gpu (a map too large to bake, or with animated tiles; one tileset): Phaser 4's GPU layers, one
 *   shader quad a layer, each its own draw call.
 * - plain: TilemapLayers, tile by tile (Canvas, several tilesets, or ?tiles=plain).
 */
export function addTileLayers(
  scene: Phaser.Scene,
  key: string,
  tiled: ResolvedTiledMap,
  bandOf: (index: number) => number,
  /** drawn into the lowest band after its tiles when baked (then hidden): the light map */
  intoFloor: readonly Phaser.GameObjects.Image[] = [],
): TileDrawing {
  const tilemap = scene.make.tilemap({ key });
  const drawing = drawingFor(scene, tilemap, tiled);
  const tilesets = tilemap.tilesets.map((ts) => {
    const image =
      (tiled.tilesets.find((t: { name: string }) => t.name === ts.name)?.image ?? '')
        .split('/')
        .pop()
        ?.replace(/\.png$/, '') ?? '';
    if (drawing !== 'gpu' || !scene.textures.exists(image)) return tilemap.addTilesetImage(ts.name, image);
    const { tileWidth, tileHeight } = ts;
    return tilemap.addTilesetImage(ts.name, spacedTexture(scene, image, ts), tileWidth, tileHeight, 1, 1);
  });
  const usable = tilesets.filter((t): t is Phaser.Tilemaps.Tileset => t !== null);
  const layers = tilemap.layers.flatMap((layer, i) => {
    // x, y undefined: the layer keeps its offset from Tiled
    const made = tilemap.createLayer(layer.name, usable, undefined, undefined, drawing === 'gpu');
    return made ? [{ made: made.setDepth(bandOf(i)), band: bandOf(i) }] : [];
  });
  if (drawing !== 'baked') return drawing;
  const baked = new Map<number, Phaser.GameObjects.RenderTexture>();
  const { widthInPixels: w, heightInPixels: h } = tilemap;
  const bands = [...new Set(layers.map((l) => l.band))].sort((a, b) => a - b);
  for (const band of bands)
    baked.set(band, scene.add.renderTexture(0, 0, w, h).setOrigin(0, 0).setDepth(band));
  const bake = () => {
    for (const [band, picture] of baked) {
      picture.clear();
      // the lowest band is opaque, the game's background where no tile is (as the canvas is
      // cleared), so what is multiplied into it after darkens those cells too
      if (band === bands[0]) picture.fill(scene.game.config.backgroundColor.color);
      for (const l of layers) if (l.band === band) picture.draw(l.made);
      if (band === bands[0]) for (const o of intoFloor) picture.draw(o);
      picture.render();
    }
  };
  bake();
  // kept, hidden, to bake again: a lost WebGL context comes back with its pictures blank
  for (const o of [...layers.map((l) => l.made), ...intoFloor]) o.setVisible(false);
  onContextRestored(scene, bake);
  return drawing;
}
