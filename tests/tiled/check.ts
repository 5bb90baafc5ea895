/**
 * Helpers for tests/tiled/roundtrip.sh, run with tsx:
 *   check.ts png FILE           the PNG decodes and is not one flat colour
 *   check.ts same ROOT A B      maps A and B (paths under ROOT) both load and give the same LevelData
 * Exit 1 with a one-line reason on failure.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PNG } from 'pngjs';
import { formatProblem, loadMap } from '../../src/maps/index.ts';
import type { LoadedMap } from '../../src/maps/index.ts';

async function png(file: string): Promise<string> {
  const image = PNG.sync.read(await readFile(file));
  const colours = new Set<number>();
  for (let i = 0; i < image.data.length && colours.size < 2; i += 4) colours.add(image.data.readUInt32BE(i));
  if (image.width === 0 || image.height === 0 || colours.size < 2)
    throw new Error(`${file}: the rendered map is empty (${image.width}x${image.height}, one colour)`);
  return `${file}: ${image.width}x${image.height} rendered`;
}

async function load(root: string, file: string): Promise<LoadedMap> {
  const result = await loadMap(file, (p) => readFile(path.resolve(root, p), 'utf8'));
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.map;
}

/** The first place two JSON values differ, e.g. "guards[2].route: 3 != 4". */
function difference(a: unknown, b: unknown, at = ''): string | undefined {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return a === b ? undefined : `${at || 'value'}: ${JSON.stringify(a)} != ${JSON.stringify(b)}`;
  }
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  for (const key of keys) {
    const found = difference(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      at ? `${at}.${key}` : key,
    );
    if (found !== undefined) return found;
  }
  return undefined;
}

async function same(root: string, a: string, b: string): Promise<string> {
  const [first, second] = await Promise.all([load(root, a), load(root, b)]);
  const found = difference({ ...first.level, file: '' }, { ...second.level, file: '' });
  if (found !== undefined) throw new Error(`${b} does not give the level ${a} gives: ${found}`);
  return `${b}: loads, the same level as ${a}`;
}

async function main(args: string[]): Promise<string> {
  const [command, ...rest] = args;
  if (command === 'png' && rest[0] !== undefined) return png(rest[0]);
  if (command === 'same' && rest.length === 3) return same(rest[0] ?? '', rest[1] ?? '', rest[2] ?? '');
  throw new Error('usage: check.ts png FILE | check.ts same ROOT A B');
}

main(process.argv.slice(2)).then(
  (line) => console.log(line),
  (error: unknown) => {
    console.log(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
