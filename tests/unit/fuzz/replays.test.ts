/**
 * Fuzz: thousands of mutated and truncated copies of the golden replays (and of shorter replays cut
 * from them). Each must be refused — by parseReplay with a ReplayError, or by verifyReplay with a
 * reason — or verify as exactly the run it came from (same ticks, same hash). A replay whose meaning
 * did not change (whitespace, a run split in two) must still verify. Nothing may throw otherwise.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMap, type LoadedMap } from '../../../src/maps';
import { replayKind } from '../../../src/speedrun/campaign';
import { levelById } from '../../../src/speedrun/levels';
import { parseReplay, ReplayError, stringifyReplay, type Replay } from '../../../src/speedrun/replay';
import { decodeInputs, encodeInputs } from '../../../src/speedrun/rle';
import { runLevel, startState } from '../../../src/speedrun/run-level';
import { verifyReplay, type Verdict } from '../../../src/speedrun/verify';
import type { Json } from './mutate';
import { mapFiles, memoryReader, repoText, ROOT } from './repo-files';
import { mutateReplay } from './replay-mutations';
import { runCampaign } from './runner';

const CASES = 3000;
const CAP_MS = 8_000;
/** Shorter replays cut from each golden one (ticks): cheaper to verify, so more cases per second. */
const PREFIXES = [240, 720];

interface Base {
  name: string;
  text: string;
  map: LoadedMap;
  ticks: number;
  hash: string;
  /** the state at the end of the run, to try as a start state */
  played: Json;
  /** the state the run starts from, written out */
  own: Json;
}

/** A golden replay cut to its first `ticks` ticks, with the result it really has there. */
function prefix(replay: Replay, map: LoadedMap, ticks: number): Replay {
  const inputs = encodeInputs(decodeInputs(replay.inputs).slice(0, ticks));
  const run = runLevel(map.level, startState(map.level, replay.seed, replay.start), inputs);
  return { ...replay, inputs, result: { ticks: run.ticks, outcome: run.outcome, hash: run.hash } };
}

async function bases(): Promise<Base[]> {
  const out: Base[] = [];
  const files = readdirSync(join(ROOT, 'tests/golden')).filter(
    (f) => f.endsWith('.replay.json') && replayKind(repoText(`tests/golden/${f}`)) === 'level',
  );
  for (const file of files) {
    const golden = parseReplay(repoText(`tests/golden/${file}`));
    const entry = levelById(golden.level);
    if (!entry) throw new Error(`${file}: no level ${golden.level}`);
    const loaded = await loadMap(entry.file, memoryReader(mapFiles(entry.file)));
    if (!loaded.ok) throw new Error(`${entry.file} does not load`);
    const map = loaded.map;
    const played = runLevel(
      map.level,
      startState(map.level, golden.seed, golden.start),
      golden.inputs,
    ).sim.state.toJSON();
    const own = startState(map.level, golden.seed, golden.start).toJSON() as unknown as Json;
    for (const replay of [golden, ...PREFIXES.map((t) => prefix(golden, map, t))]) {
      const v = verifyReplay(replay, map);
      if (!v.ok) throw new Error(`${file}: the unmutated replay does not verify: ${v.error}`);
      const name = replay === golden ? file : `${file} cut to ${replay.result.ticks} ticks`;
      out.push({
        name,
        text: stringifyReplay(replay),
        map,
        ticks: v.ticks,
        hash: v.hash,
        played: played as unknown as Json,
        own,
      });
    }
  }
  return out;
}

/** The parsed replay as text, or null when it is too deeply nested to write (start is free-form). */
function cacheKey(replay: Replay): string | null {
  try {
    return JSON.stringify(replay);
  } catch {
    return null;
  }
}

describe('fuzz: mutated replays are refused, or verify as the same run', () => {
  it(`${CASES} mutations of the golden replays`, async () => {
    const all = await bases();
    // verdicts by parsed content: many mutations parse to the same replay
    const verdicts = new Map<string, Verdict>();
    const result = await runCampaign<
      'refused by parse' | 'refused by verify' | 'same run' | 'same run (meaning kept)'
    >({
      name: 'replays',
      cases: CASES,
      capMs: CAP_MS,
      run: (rng) => {
        const base = rng.pick(all);
        const m = mutateReplay(rng, base.text, base.played, base.own);
        const where = `${base.name}: ${m.what}`;
        let replay: Replay;
        try {
          replay = parseReplay(m.text);
        } catch (e) {
          if (!(e instanceof ReplayError)) return { fail: `${where}: parseReplay threw ${String(e)}` };
          if (e.message.trim() === '') return { fail: `${where}: ReplayError without a message` };
          if (m.same) return { fail: `${where}: an unchanged replay refused: ${e.message}` };
          return 'refused by parse';
        }
        const key = cacheKey(replay);
        let verdict = key === null ? undefined : verdicts.get(key);
        if (!verdict) {
          try {
            verdict = verifyReplay(replay, base.map);
          } catch (e) {
            return {
              fail: `${where}: verifyReplay threw ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
            };
          }
          if (key !== null) verdicts.set(key, verdict);
        }
        if (!verdict.ok) {
          if (verdict.error.trim() === '') return { fail: `${where}: refused without a reason` };
          if (m.same) return { fail: `${where}: an unchanged replay refused: ${verdict.error}` };
          return 'refused by verify';
        }
        if (verdict.ticks !== base.ticks || verdict.hash !== base.hash)
          return {
            fail: `${where}: verified as a different valid run: ${verdict.ticks} ticks, hash ${verdict.hash} (was ${base.ticks}, ${base.hash})`,
          };
        return m.same ? 'same run (meaning kept)' : 'same run';
      },
    });
    expect(result.failures).toEqual([]);
  }, 60_000);
});
