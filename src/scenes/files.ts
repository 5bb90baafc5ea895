import type { ReadFile } from '../maps';

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

export const readBundledFile: ReadFile = async (path) => {
  const text = mapFiles[`/${path}`];
  if (text === undefined) throw new Error(`${path}: file not found`);
  return text;
};

/** URL of a file under assets/, e.g. assetUrl('assets/tiles.png'). */
export function assetUrl(path: string): string {
  const url = assetUrls[`/${path}`];
  if (url === undefined) throw new Error(`${path}: asset not found`);
  return url;
}
