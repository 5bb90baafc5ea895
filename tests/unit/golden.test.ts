import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRepoFile } from '../../src/cli/node-files';
import { loadMap, type LoadedMap } from '../../src/maps';
import type { Route } from '../../src/speedrun/bot';
import { parseCampaign, replayKind, verifyCampaign } from '../../src/speedrun/campaign';
import { LEVELS, levelById } from '../../src/speedrun/levels';
import { parseReplay } from '../../src/speedrun/replay';
import { levelStartState, runLevel, startState } from '../../src/speedrun/run-level';
import { GameState } from '../../src/state/game-state';
import { verifyReplay } from '../../src/speedrun/verify';

const dir = 'tests/golden';
const all = readdirSync(dir).filter((f) => f.endsWith('.replay.json'));
const campaigns = all.filter((f) => replayKind(readFileSync(`${dir}/${f}`, 'utf8')) === 'campaign');
const replays = all.filter((f) => !campaigns.includes(f));

describe('golden replays complete their levels from the real maps', () => {
  it('there is at least one per level that exists', () => {
    expect(replays.some((f) => f.startsWith('cell.'))).toBe(true);
    expect(replays.some((f) => f.startsWith('machine-shop.'))).toBe(true);
  });

  for (const file of replays) {
    it(`${file} verifies, and re-simulating it twice gives the same hash`, async () => {
      const replay = parseReplay(readFileSync(`${dir}/${file}`, 'utf8'));
      // the route beside it may say how it ends and which flags it leaves set
      const routeFile = `${dir}/${file.replace('.replay.json', '.route.json')}`;
      const route = existsSync(routeFile) ? (JSON.parse(readFileSync(routeFile, 'utf8')) as Route) : null;
      const entry = levelById(replay.level);
      expect(entry).toBeDefined();
      const loaded = await loadMap(entry?.file ?? '', readRepoFile);
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
      const verdict = verifyReplay(replay, loaded.map);
      expect(verdict).toMatchObject({
        ok: true,
        level: replay.level,
        ticks: replay.result.ticks,
        hash: replay.result.hash,
        // a "caught" route shows the consequence of being seen; every other one completes its level,
        // unless its route says otherwise
        outcome: route?.outcome ?? (file.includes('caught') ? 'caught' : 'complete'),
        seed: 1947,
        officialSeed: true,
      });
      const again = runLevel(
        loaded.map.level,
        startState(loaded.map.level, replay.seed, replay.start),
        replay.inputs,
      );
      expect(again.hash).toBe(replay.result.hash);
      for (const flag of route?.flags ?? []) expect(again.sim.state.hasFlag(flag), flag).toBe(true);
      // the tower's routes name their ending: the state at the end says it too
      const ending = /\.(source|dawn)\./.exec(file)?.[1];
      if (ending) expect(again.sim.state.hasFlag(`ending-${ending}`)).toBe(true);
      // a route from a practice start is verified as one, and says which
      if (replay.start !== null) expect(verdict).toMatchObject({ start: expect.any(String) });
    });
  }

  for (const file of campaigns) {
    it(`${file} verifies as a whole campaign, from the first level to the last`, async () => {
      const replay = parseCampaign(readFileSync(`${dir}/${file}`, 'utf8'));
      const maps = new Map<string, LoadedMap>();
      for (const entry of LEVELS) {
        const loaded = await loadMap(entry.file, readRepoFile);
        if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
        maps.set(entry.id, loaded.map);
      }
      expect(verifyCampaign(replay, (id) => maps.get(id))).toMatchObject({
        ok: true,
        ticks: replay.result.ticks,
        hash: replay.result.hash,
        outcome: 'complete',
        levels: LEVELS.map((l) => l.id),
        seed: 1947,
      });
      // the run's end, carried from level to level, decides the ending its route promises
      let state = levelStartState(maps.get(LEVELS[0]?.id ?? '')!.level, replay.seed);
      for (const a of replay.attempts) {
        const run = runLevel(maps.get(a.level)!.level, GameState.fromJSON(state.toJSON()), a.inputs);
        if (run.outcome === 'complete') state = run.sim.state;
      }
      const route = JSON.parse(
        readFileSync(`${dir}/${file.replace('.replay.json', '.route.json')}`, 'utf8'),
      ) as {
        ending: string;
      };
      expect(['ending-dawn', 'ending-source'].filter((f) => state.hasFlag(f))).toEqual([
        `ending-${route.ending}`,
      ]);
    });
  }
});
