/**
 * Paths in Tiled are absolute with forward slashes ("/home/ann/westgate/maps/cell.tmj", "C:/maps/...").
 * The map loader wants repo-relative ones ("maps/cell.tmj"), so its messages read as `npm run maps:check`.
 */

export function dirname(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash <= 0 ? path.slice(0, slash + 1) : path.slice(0, slash);
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function join(dir: string, path: string): string {
  return dir.endsWith('/') ? dir + path : `${dir}/${path}`;
}

/** `path` relative to the folder `root`, with ".." segments when it lies outside it. */
export function relativeTo(root: string, path: string): string {
  const from = root.split('/').filter((s) => s !== '');
  const to = path.split('/').filter((s) => s !== '');
  let same = 0;
  while (same < from.length && same < to.length && from[same] === to[same]) same += 1;
  return [...from.slice(same).map(() => '..'), ...to.slice(same)].join('/');
}

/** The folders above a file, nearest first: "/a/b/c.tmj" -> ["/a/b", "/a", "/"]. */
export function ancestors(file: string): string[] {
  const out: string[] = [];
  let dir = dirname(file);
  while (dir !== '' && !out.includes(dir)) {
    out.push(dir);
    dir = dirname(dir);
  }
  return out;
}
