/** Repo-relative paths with forward slashes, as the injected ReadFile takes them. */

/** Folder of a file path: 'maps/tilesets/prison.tsj' -> 'maps/tilesets' ('' at the root). */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/** Removes '.', '..' and empty segments; '..' above the root is kept so the path stays wrong visibly. */
export function normalisePath(path: string): string {
  const out: string[] = [];
  for (const segment of path.replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else out.push(segment);
  }
  return out.join('/');
}

/**
 * Resolves a reference written inside a file against that file's folder:
 * resolvePath('maps/tilesets/prison.tsj', '../../assets/tiles.png') -> 'assets/tiles.png'.
 */
export function resolvePath(fromFile: string, reference: string): string {
  const ref = reference.replace(/\\/g, '/');
  if (ref.startsWith('/')) return normalisePath(ref);
  const folder = folderOf(fromFile);
  return normalisePath(folder === '' ? ref : `${folder}/${ref}`);
}
