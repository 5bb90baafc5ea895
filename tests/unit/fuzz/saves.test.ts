/**
 * Fuzz: GameState.fromJSON on thousands of mutated and truncated saves of played states. Each must
 * throw a StateError naming a field path and a rule, or give a state whose toJSON validates again
 * (with the same hash, through JSON text too) and that shares nothing with the input.
 */
import { describe, expect, it } from 'vitest';
import { loadMap } from '../../../src/maps';
import { levelById } from '../../../src/speedrun/levels';
import { parseReplay } from '../../../src/speedrun/replay';
import { runLevel, startState } from '../../../src/speedrun/run-level';
import { GameState, StateError } from '../../../src/state/game-state';
import { countNodes, mutateDigit, mutateTree, truncateTree, type Json } from './mutate';
import type { Prng } from './prng';
import { mapFiles, memoryReader, repoText } from './repo-files';
import { runCampaign } from './runner';

const CASES = 4000;
const CAP_MS = 4_000;

/** A state that has been through everything the service does: ledger, judgements, lever, crew. */
function richState(): GameState {
  const s = GameState.create({ seed: 7, schedule: [{ minute: 361, kind: 'count', label: 'Morning count' }] });
  s.registerWitness({ id: 'guard-1', kind: 'guard', credibility: 80, drinking: false });
  s.registerWitness({ id: 'doctor', kind: 'doctor', credibility: 40, drinking: true });
  s.registerWitness({ id: 'spencer', kind: 'inmate', credibility: 30, drinking: false });
  for (let t = 0; t < 420; t++) {
    s.advance();
    if (t % 3 !== 0) s.observe('guard-1', 'yard');
    if (t > 100 && t < 200) s.observe('doctor', 'infirmary');
    if (t % 50 < 20) s.observe('spencer', t % 100 < 50 ? 'cell' : 'yard');
    if (t < 150) s.holdLever();
  }
  s.raise('seen-restricted', 45);
  s.judge({ who: 'wilson', zone: 'shop', from: 50, to: 120 });
  s.judge({ who: 'wilson', zone: 'yard', from: 300, to: 410 });
  s.joinCrew('soldier');
  s.addClue('knife');
  s.setFlag('met-crew');
  s.setFlag('doctor-warning');
  s.completeLevel('cell');
  return s;
}

/** The state at the end of each golden replay, as a player's save would hold it. */
async function playedStates(): Promise<GameState[]> {
  const golden = parseReplay(repoText('tests/golden/cell.walkway.replay.json'));
  const entry = levelById(golden.level);
  if (!entry) throw new Error(`no level ${golden.level}`);
  const loaded = await loadMap(entry.file, memoryReader(mapFiles(entry.file)));
  if (!loaded.ok) throw new Error(`${entry.file} does not load`);
  const end = runLevel(
    loaded.map.level,
    startState(loaded.map.level, golden.seed, golden.start),
    golden.inputs,
  ).sim.state;
  const lowered = GameState.create({ seed: 1 });
  for (let t = 0; t < 320; t++) {
    lowered.holdLever();
    lowered.advance();
  }
  return [end, richState(), lowered];
}

/** One to three edits of the save, as a tree, as text (a changed digit) or cut short. */
function mutateSave(rng: Prng, save: Json): { input: unknown; what: string[] } {
  let root = structuredClone(save);
  const what: string[] = [];
  for (let n = 1 + (rng.chance(0.3) ? rng.int(3) : 0); n > 0; n--) {
    const kind = rng.int(10);
    if (kind < 6) {
      const m = mutateTree(rng, root);
      root = m.root;
      what.push(m.what);
    } else if (kind < 8) {
      const m = mutateDigit(rng, JSON.stringify(root));
      try {
        root = JSON.parse(m.text) as Json;
        what.push(m.what);
      } catch {
        // a leading zero ("05") is not JSON: not a save anyone could hand over
      }
    } else {
      const keep = rng.int(countNodes(root));
      root = truncateTree(root, keep);
      what.push(`cut after ${keep} values`);
    }
  }
  return { input: root, what };
}

function judge(input: unknown): 'refused' | 'loaded' | { fail: string } {
  let s: GameState;
  try {
    s = GameState.fromJSON(input);
  } catch (e) {
    if (!(e instanceof StateError)) return { fail: `threw ${String(e)}, not a StateError` };
    if (e.path === '' || e.rule === '') return { fail: `StateError without a path or rule: ${e.message}` };
    return 'refused';
  }
  const hash = s.hash();
  try {
    const again = GameState.fromJSON(s.toJSON());
    if (again.hash() !== hash) return { fail: 'toJSON reloads with another hash' };
    const viaText = GameState.fromJSON(JSON.parse(JSON.stringify(s)));
    if (viaText.hash() !== hash) return { fail: 'JSON text of the state reloads with another hash' };
  } catch (e) {
    return { fail: `accepted, but its own toJSON does not validate: ${String(e)}` };
  }
  // the state owns its data: editing the input afterwards changes nothing
  scribble(input);
  if (s.hash() !== hash) return { fail: 'the loaded state shares data with the input' };
  // and play goes on from it: a few ticks later it is still a state the service accepts
  for (let t = 0; t < 3; t++) s.advance();
  try {
    GameState.fromJSON(s.toJSON());
  } catch (e) {
    if (s.tick <= Number.MAX_SAFE_INTEGER)
      return { fail: `3 ticks after loading, the state is invalid: ${String(e)}` };
  }
  return 'loaded';
}

function scribble(value: unknown): void {
  if (Array.isArray(value)) {
    value.forEach(scribble);
    value.push('scribble');
  } else if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) scribble(v);
  }
}

describe('fuzz: mutated saves are refused with a field path, or load and save again', () => {
  it(`${CASES} mutations of played states`, async () => {
    const saves = (await playedStates()).map((s) => s.toJSON() as unknown as Json);
    for (const save of saves) expect(judge(structuredClone(save))).toBe('loaded');
    const result = await runCampaign<'refused' | 'loaded'>({
      name: 'saves',
      cases: CASES,
      capMs: CAP_MS,
      run: (rng) => {
        const m = mutateSave(rng, rng.pick(saves));
        const verdict = judge(m.input);
        return typeof verdict === 'string' ? verdict : { fail: `${m.what.join('; ')}: ${verdict.fail}` };
      },
    });
    expect(result.failures).toEqual([]);
  }, 60_000);
});
