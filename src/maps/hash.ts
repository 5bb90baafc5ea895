/** The map hash replays carry: every file a map was built from, by path and content. */
import { hashString } from '../state/hash.ts';

/**
 * 16 hex digits over each file's path and the hash of its UTF-8 bytes, in path order, so neither the
 * order files were read in nor how they were split changes it.
 */
export function hashFiles(files: ReadonlyMap<string, string>): string {
  const lines = [...files.keys()].sort().map((path) => `${path} ${hashString(files.get(path) ?? '')}\n`);
  return hashString(lines.join(''));
}
