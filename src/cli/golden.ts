/**
 * npm run golden: plays every tests/golden/*.route.json with the route bot on the real map and
 * writes the replay beside it (*.replay.json). Run it after changing a map or the simulation on
 * purpose; the tests then verify the new replays like any runner's.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { formatProblem, loadMap } from '../maps';
import { LevelSim } from '../sim/level-sim';
import { playRoute, type Route } from '../speedrun/bot';
import { levelById } from '../speedrun/levels';
import { stringifyReplay, type Replay } from '../speedrun/replay';
import { encodeInputs } from '../speedrun/rle';
import { levelStartState, variantStartState } from '../speedrun/run-level';
import { OFFICIAL_SEED } from '../speedrun/session';
import { formatTime } from '../speedrun/time';
import { GAME_VERSION } from '../version';
import { readRepoFile } from './node-files';

const dir = 'tests/golden';
const only = process.argv.slice(2);
const routes = (await readdir(dir)).filter(
  (f) => f.endsWith('.route.json') && (only.length === 0 || only.some((o) => f.includes(o))),
);
for (const file of routes) {
  const route = JSON.parse(await readFile(`${dir}/${file}`, 'utf8')) as Route;
  const entry = levelById(route.level);
  if (!entry) throw new Error(`${file}: no level ${route.level}`);
  const loaded = await loadMap(entry.file, readRepoFile);
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  // a route may begin from one of the map's named practice starts (startVariants), e.g. "dawn"
  const variant = route.start ? variantStartState(loaded.map.level, OFFICIAL_SEED, route.start) : null;
  if (route.start && !variant) throw new Error(`${file}: level ${route.level} has no start "${route.start}"`);
  const start = variant ?? levelStartState(loaded.map.level, OFFICIAL_SEED);
  const startJson = variant ? variant.toJSON() : null;
  const sim = new LevelSim(loaded.map.level, start);
  const frames = playRoute(sim, route.steps);
  const replay: Replay = {
    format: 'westgate-replay',
    version: 1,
    game: GAME_VERSION,
    level: route.level,
    seed: OFFICIAL_SEED,
    maps: { [entry.file]: loaded.map.hash },
    start: startJson,
    inputs: encodeInputs(frames),
    result: { ticks: sim.tick, outcome: sim.outcome, hash: sim.hash() },
  };
  const out = `${dir}/${file.replace('.route.json', '.replay.json')}`;
  await writeFile(out, stringifyReplay(replay));
  console.log(
    `${out}: ${sim.outcome} at tick ${sim.tick} (${formatTime(sim.tick)}), suspicion ${sim.state.suspicion}`,
  );
}
