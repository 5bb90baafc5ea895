/**
 * Checks Westgate maps the way the game loads them.
 *   npx tsx src/cli/maps-check.ts [maps/cell.tmj ...]    (default: every maps/*.tmj)
 * Prints each problem on one line, or "<file>: ok (N objects)"; exits 1 on any problem.
 */
import { readdir, readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { formatProblem, loadMap } from '../maps/index.ts';
import type { ReadFile, ResolvedLayer } from '../maps/index.ts';
import { runMain } from './run-main';

function countObjects(layers: readonly ResolvedLayer[]): number {
  let count = 0;
  for (const layer of layers) {
    if (layer.type === 'objectgroup') count += layer.objects.length;
    else if (layer.type === 'group') count += countObjects(layer.layers);
  }
  return count;
}

/** Checks each map, printing one line per problem or one "ok" line per good map; returns the exit code. */
export async function checkMaps(
  paths: readonly string[],
  read: ReadFile,
  print: (line: string) => void,
): Promise<number> {
  let failed = false;
  for (const path of paths) {
    const result = await loadMap(path, read);
    if (result.ok) print(`${path}: ok (${countObjects(result.map.tiled.layers)} objects)`);
    else {
      failed = true;
      for (const problem of result.problems) print(formatProblem(problem));
    }
  }
  return failed ? 1 : 0;
}

async function main(): Promise<number> {
  const root = process.cwd();
  const read: ReadFile = (path) => readFile(resolve(root, path), 'utf8');
  const args = process.argv.slice(2);
  let paths = args.map((arg) => relative(root, resolve(root, arg)).split(sep).join('/'));
  if (paths.length === 0) {
    const names = await readdir(resolve(root, 'maps')).catch(() => [] as string[]);
    paths = names
      .filter((n) => n.endsWith('.tmj'))
      .sort()
      .map((n) => `maps/${n}`);
  }
  if (paths.length === 0) {
    console.log('maps-check: no maps found (maps/*.tmj)');
    return 1;
  }
  return checkMaps(paths, read, (line) => console.log(line));
}

runMain(import.meta.url, main);
