/**
 * npm run verify -- FILE: the referee. Re-simulates a replay (one level, or a whole campaign run)
 * headless on the map files in maps/ and prints one JSON line; exit 0 when every claim of the replay holds, 1 otherwise.
 */
import { readFile } from 'node:fs/promises';
import { formatProblem, loadMap } from '../maps';
import type { LoadedMap } from '../maps';
import { parseCampaign, replayKind, verifyCampaign, type CampaignVerdict } from '../speedrun/campaign';
import { LEVELS, levelById } from '../speedrun/levels';
import { parseReplay, ReplayError } from '../speedrun/replay';
import { verifyReplay, type Verdict } from '../speedrun/verify';
import { readRepoFile } from './node-files';

/** Every level of the game, loaded; a level whose map has problems is a verdict of its own. */
async function loadAllLevels(): Promise<Map<string, LoadedMap> | CampaignVerdict> {
  const maps = new Map<string, LoadedMap>();
  for (const entry of LEVELS) {
    const loaded = await loadMap(entry.file, readRepoFile);
    if (!loaded.ok)
      return {
        ok: false,
        error: `map ${entry.file} has problems: ${loaded.problems.map(formatProblem).join('; ')}`,
      };
    maps.set(entry.id, loaded.map);
  }
  return maps;
}

async function verifyCampaignText(text: string): Promise<CampaignVerdict> {
  let replay;
  try {
    replay = parseCampaign(text);
  } catch (e) {
    if (e instanceof ReplayError) return { ok: false, error: e.message };
    throw e;
  }
  const maps = await loadAllLevels();
  if (!(maps instanceof Map)) return maps;
  return verifyCampaign(replay, (id) => maps.get(id));
}

async function verifyFile(file: string): Promise<Verdict | CampaignVerdict> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    return { ok: false, error: `cannot read ${file}: ${(e as Error).message}` };
  }
  if (replayKind(text) === 'campaign') return verifyCampaignText(text);
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
