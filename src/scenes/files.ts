import type { ReadFile } from '../maps';
import { bundledMaps } from './map-store';

/**
 * The map files and art, bundled by Vite. Maps come in as text (so the same loader reads them in
 * Node and here); art comes in as relative URLs, so the build runs from any sub-path.
 */
const mapFiles = import.meta.glob(
  ['/maps/**/*.tmj', '/maps/**/*.tsj', '/maps/**/*.tj', '/maps/**/*.tiled-project'],
  {
    query: '?raw',
    import: 'default',
    eager: true,
  },
) as Record<string, string>;

const assetUrls = import.meta.glob(['/assets/*.png', '/assets/*.xml'], {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

bundledMaps.update(mapFiles);
// Saving a map in the dev server re-runs only this module (with the new texts) instead of reloading
// the page, so the game keeps its state and map-reload.ts restarts the level.
if (import.meta.hot) import.meta.hot.accept();

export const readBundledFile: ReadFile = async (path) => {
  const text = bundledMaps.get(path);
  if (text === undefined) throw new Error(`${path}: file not found`);
  return text;
};

/** URL of a file under assets/, e.g. assetUrl('assets/tiles.png'). */
export function assetUrl(path: string): string {
  const url = assetUrls[`/${path}`];
  if (url === undefined) throw new Error(`${path}: asset not found`);
  return url;
}
