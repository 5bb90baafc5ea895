/**
 * Mutations of a replay file. Each says whether it keeps the replay's meaning (whitespace, a run
 * split in two, an unknown key): those must still verify, with the same ticks and hash. Any other
 * may verify only as the same run it came from.
 */
import { GameState } from '../../../src/state/game-state';
import {
  addWhitespace,
  HOSTILE_NUMBERS,
  HOSTILE_STRINGS,
  mutateText,
  mutateTree,
  serialize,
  type Json,
} from './mutate';
import type { Prng } from './prng';

export interface ReplayMutation {
  text: string;
  what: string;
  /** true when the file means exactly what it meant before */
  same: boolean;
}

type Obj = { [key: string]: Json };
type Run = [number, number];

const isObj = (v: Json | undefined): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function runsOf(r: Obj): Run[] {
  const inputs = r['inputs'];
  return Array.isArray(inputs) ? (inputs as Run[]) : [];
}

/** Edits of the input runs; `same` for a split, the one edit that cannot change what was pressed. */
function inputs(rng: Prng, r: Obj): { what: string; same: boolean } {
  const runs = runsOf(r);
  const i = rng.int(runs.length);
  const run = runs[i];
  if (!run) return { what: 'no runs', same: false };
  switch (rng.int(9)) {
    case 0: {
      const to = rng.int(128);
      run[0] = to;
      return { what: `run ${i} frame set to ${to}`, same: false };
    }
    case 1: {
      const d = rng.pick([-5, -1, 1, 2, 60]);
      run[1] += d;
      return { what: `run ${i} count ${d > 0 ? '+' : ''}${d}`, same: false };
    }
    case 2: {
      const v = rng.pick<Json>([0, -1, 1.5, 1e6, 864_000, 864_001, '4', null, ...HOSTILE_NUMBERS]);
      runs[i] = [run[0], v] as Run;
      return { what: `run ${i} count ${JSON.stringify(v)}`, same: false };
    }
    case 3: {
      if (run[1] < 2) return { what: `run ${i} not split (1 tick)`, same: true };
      const k = 1 + rng.int(run[1] - 1);
      runs.splice(i, 1, [run[0], k], [run[0], run[1] - k]);
      return { what: `run ${i} split at ${k}`, same: true };
    }
    case 4:
      runs.splice(i, 1);
      return { what: `run ${i} deleted`, same: false };
    case 5: {
      const added: Run = [rng.int(128), 1 + rng.int(60)];
      runs.splice(i, 0, added);
      return { what: `run ${JSON.stringify(added)} inserted at ${i}`, same: false };
    }
    case 6: {
      const j = rng.int(runs.length);
      const other = runs[j];
      if (!other) return { what: 'no swap', same: false };
      runs[i] = other;
      runs[j] = run;
      return { what: `runs ${i} and ${j} swapped`, same: false };
    }
    case 7: {
      runs.splice(i);
      // a cheat would also claim the shorter time
      const result = r['result'];
      const ticks = runs.reduce((n, [, c]) => n + c, 0);
      if (isObj(result) && rng.chance(0.7)) result['ticks'] = ticks;
      return { what: `inputs cut to ${i} runs (${ticks} ticks), claim adjusted`, same: false };
    }
    default:
      runs.push([rng.int(128), 1 + rng.int(30)]);
      return { what: 'input after the end appended', same: false };
  }
}

/** Edits of what the replay claims and what it was made with. */
function claims(rng: Prng, r: Obj): string {
  const result = isObj(r['result']) ? r['result'] : {};
  switch (rng.int(7)) {
    case 0: {
      const d = rng.pick([-60, -1, 1, 2]);
      result['ticks'] = Number(result['ticks']) + d;
      return `claimed ticks ${d > 0 ? '+' : ''}${d}`;
    }
    case 1:
      result['outcome'] = rng.pick(['complete', 'caught', 'missed', 'playing']);
      return `claimed outcome ${String(result['outcome'])}`;
    case 2: {
      const h = String(result['hash']);
      const at = rng.int(h.length);
      result['hash'] = h.slice(0, at) + rng.pick([...'0123456789abcdef']) + h.slice(at + 1);
      return `claimed hash ${String(result['hash'])}`;
    }
    case 3:
      r['seed'] = rng.pick([0, 1, 1946, 1948, 0xffffffff, rng.u32()]);
      return `seed ${String(r['seed'])}`;
    case 4:
      r['game'] = rng.pick(['0.1.1', '0.0.9', '', '0.1.0 ', ...HOSTILE_STRINGS.slice(0, 12)]);
      return `game ${JSON.stringify(r['game']).slice(0, 20)}`;
    case 5:
      r['level'] = rng.pick(['yard', 'machine-shop', 'CELL', 'cell ', '', '__proto__']);
      return `level ${JSON.stringify(r['level'])}`;
    default: {
      const maps = isObj(r['maps']) ? r['maps'] : {};
      const [key] = Object.keys(maps);
      if (key !== undefined && rng.chance(0.5)) {
        const v = maps[key];
        delete maps[key];
        maps[
          rng.pick(['maps/cell.tmj ', 'maps/./cell.tmj', 'maps/yard.tmj', '__proto__', key.toUpperCase()])
        ] = v ?? null;
        return 'map file renamed';
      }
      if (key !== undefined)
        maps[key] = rng.pick(['0000000000000000', 'F91F21C008A6587E', 'ffffffffffffffff']);
      return 'map hash changed';
    }
  }
}

/** A start state instead of the replay's own: `same` when it is that very state, written out. */
function start(rng: Prng, r: Obj, played: Json, own: Json): { what: string; same: boolean } {
  const seed = typeof r['seed'] === 'number' ? r['seed'] : 1947;
  switch (rng.int(6)) {
    case 0:
      r['start'] = structuredClone(own);
      return { what: 'start = its own start state, written out', same: true };
    case 1:
      r['start'] = GameState.create({ seed: seed + 1 }).toJSON() as unknown as Json;
      return { what: 'start = a new game on another seed', same: false };
    case 2:
      r['start'] = structuredClone(played);
      return { what: 'start = a played state', same: false };
    case 3: {
      const m = mutateTree(rng, GameState.create({ seed }).toJSON() as unknown as Json);
      r['start'] = m.root;
      return { what: `start = new game state, ${m.what}`, same: false };
    }
    case 4:
      r['start'] = fullOfWitnesses(seed);
      return { what: 'start = a state with every witness slot taken', same: false };
    default:
      r['start'] = rng.pick<Json>([{}, [], 0, '', 'null', false, ...HOSTILE_STRINGS.slice(0, 6)]);
      return { what: `start = ${JSON.stringify(r['start']).slice(0, 20)}`, same: false };
  }
}

/** A valid saved state whose witness list is full: the level cannot register its own witnesses. */
export function fullOfWitnesses(seed: number): Json {
  const s = GameState.create({ seed });
  for (let i = 0; i < 1000; i++)
    s.registerWitness({
      id: `w${String(i).padStart(4, '0')}`,
      kind: 'inmate',
      credibility: 10,
      drinking: false,
    });
  return s.toJSON() as unknown as Json;
}

/** One mutation of the replay text `base` (its parsed form `tree`); `played` is a state to start from. */
/** `own`: the state the replay starts from (a level's start, with its startFlags), written out. */
export function mutateReplay(rng: Prng, base: string, played: Json, own: Json): ReplayMutation {
  const kind = rng.int(20);
  if (kind < 4) return { ...mutateText(rng, base), same: false };
  if (kind === 4) return { ...addWhitespace(rng, base), same: true };
  const r = JSON.parse(base) as Obj;
  let what: string;
  let same = false;
  if (kind < 11) ({ what, same } = inputs(rng, r));
  else if (kind < 14) what = claims(rng, r);
  else if (kind < 16) ({ what, same } = start(rng, r, played, own));
  else if (kind === 16) {
    const target = rng.chance(0.5) || !isObj(r['result']) ? r : r['result'];
    Object.defineProperty(target, rng.pick(['extra', 'comment', 'constructor', 'toString']), {
      value: rng.pick(HOSTILE_STRINGS),
      enumerable: true,
    });
    return { text: serialize(r), what: 'unknown key added', same: true };
  } else {
    const m = mutateTree(rng, r);
    return { text: serialize(m.root), what: m.what, same: false };
  }
  return { text: serialize(r, rng.chance(0.5) ? 2 : undefined), what, same };
}
