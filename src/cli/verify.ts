/**
 * npm run verify -- FILE: the referee. Re-simulates a replay headless on the map files in maps/ and
 * prints one JSON line; exit 0 when every claim of the replay holds, 1 otherwise.
 */
import { readFile } from 'node:fs/promises';
import { formatProblem, loadMap } from '../maps';
import { levelById } from '../speedrun/levels';
import { parseReplay, ReplayError } from '../speedrun/replay';
import { verifyReplay, type Verdict } from '../speedrun/verify';
import { readRepoFile } from './node-files';

async function verifyFile(file: string): Promise<Verdict> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    return { ok: false, error: `cannot read ${file}: ${(e as Error).message}` };
  }
  let replay;
  try {
    replay = parseReplay(text);
  } catch (e) {
    if (e instanceof ReplayError) return { ok: false, error: e.message };
    throw e;
  }
  const entry = levelById(replay.level);
  if (!entry)
    return { ok: false, error: `replay is for level "${replay.level}", which this game does not have` };
  const loaded = await loadMap(entry.file, readRepoFile);
  if (!loaded.ok)
    return {
      ok: false,
      error: `map ${entry.file} has problems: ${loaded.problems.map(formatProblem).join('; ')}`,
    };
  return verifyReplay(replay, loaded.map);
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.log(JSON.stringify({ ok: false, error: 'usage: npm run verify -- FILE.replay.json [...]' }));
  process.exit(1);
}
let failed = false;
for (const f of files) {
  const verdict = await verifyFile(f);
  console.log(JSON.stringify(verdict));
  failed ||= !verdict.ok;
}
process.exit(failed ? 1 : 0);
