/**
 * Fuzz: mutated copies of the golden campaign replays. Each must be refused (by parseCampaign with a
 * ReplayError, or by verifyCampaign with a reason) or verify as exactly the run it came from. Cutting
 * out, repeating or reordering attempts, editing inputs or claims: never a different valid time.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMap, type LoadedMap } from '../../../src/maps';
import {
  parseCampaign,
  replayKind,
  verifyCampaign,
  type CampaignVerdict,
} from '../../../src/speedrun/campaign';
import { LEVELS } from '../../../src/speedrun/levels';
import { ReplayError } from '../../../src/speedrun/replay';
import { addWhitespace, mutateText, mutateTree, serialize, type Json } from './mutate';
import type { Prng } from './prng';
import { mapFiles, memoryReader, repoText, ROOT } from './repo-files';
import { runCampaign } from './runner';

const CASES = 600;
const CAP_MS = 8_000;

type Obj = Record<string, Json>;
type Attempt = { level: string; inputs: [number, number][]; result: Obj };

/** One structural or textual change; `same` when the file still means the same run. */
function mutate(rng: Prng, text: string): { text: string; what: string; same: boolean } {
  const kind = rng.int(12);
  if (kind < 2) return { ...mutateText(rng, text), same: false };
  if (kind === 2) return { ...addWhitespace(rng, text), same: true };
  const c = JSON.parse(text) as Obj & { attempts: Attempt[] };
  const a = c.attempts;
  const i = rng.int(Math.max(1, a.length));
  const at = a[i];
  let what: string;
  switch (kind) {
    case 3:
      a.splice(i, 1);
      what = `attempt ${i + 1} cut out`;
      break;
    case 4:
      if (at) a.splice(i, 0, structuredClone(at));
      what = `attempt ${i + 1} repeated`;
      break;
    case 5:
      a.reverse();
      what = 'attempts reversed';
      break;
    case 6: {
      const run = at?.inputs[rng.int(Math.max(1, at.inputs.length))];
      if (run) run[1] = Math.max(1, run[1] + rng.pick([-1, 1, -30, 60]));
      what = `attempt ${i + 1}: an input run lengthened or shortened`;
      break;
    }
    case 7: {
      const run = at?.inputs[rng.int(Math.max(1, at.inputs.length))];
      if (run) run[0] = rng.int(128);
      what = `attempt ${i + 1}: an input changed`;
      break;
    }
    case 8: {
      const d = rng.pick([-1, 1, -60, -600]);
      (c.result as Obj)['ticks'] = Number((c.result as Obj)['ticks']) + d;
      if (at) at.result['ticks'] = Number(at.result['ticks']) + d;
      what = `claimed ticks ${d} (run and attempt ${i + 1})`;
      break;
    }
    case 9: {
      const run = at?.inputs[rng.int(Math.max(1, at.inputs.length))];
      if (run && run[1] > 1) {
        const split: [number, number] = [run[0], run[1] - 1];
        run[1] = 1;
        at?.inputs.splice(at.inputs.indexOf(run) + 1, 0, split);
        return { text: serialize(c), what: `attempt ${i + 1}: an input run split in two`, same: true };
      }
      what = 'nothing to split';
      return { text: serialize(c), what, same: true };
    }
    case 10:
      c['seed'] = rng.pick([0, 1946, 1948, 0xffffffff]);
      what = `seed ${String(c['seed'])}`;
      break;
    default: {
      const m = mutateTree(rng, c as unknown as Json);
      return { text: serialize(m.root), what: m.what, same: false };
    }
  }
  return { text: serialize(c), what, same: false };
}

describe('fuzz: mutated campaign replays are refused, or verify as the same run', () => {
  it(`${CASES} mutations of the golden campaigns`, async () => {
    const maps = new Map<string, LoadedMap>();
    for (const l of LEVELS) {
      const loaded = await loadMap(l.file, memoryReader(mapFiles(l.file)));
      if (!loaded.ok) throw new Error(`${l.file} does not load`);
      maps.set(l.id, loaded.map);
    }
    const mapOf = (id: string) => maps.get(id);
    const files = readdirSync(join(ROOT, 'tests/golden')).filter(
      (f) => f.endsWith('.replay.json') && replayKind(repoText(`tests/golden/${f}`)) === 'campaign',
    );
    expect(files.length).toBeGreaterThan(0);
    const bases = files.map((f) => {
      const text = repoText(`tests/golden/${f}`);
      const v = verifyCampaign(parseCampaign(text), mapOf);
      if (!v.ok) throw new Error(`${f}: the unmutated campaign does not verify: ${v.error}`);
      return { name: f, text, ticks: v.ticks, hash: v.hash };
    });
    const verdicts = new Map<string, CampaignVerdict>();
    const result = await runCampaign<'refused by parse' | 'refused by verify' | 'same run'>({
      name: 'campaigns',
      cases: CASES,
      capMs: CAP_MS,
      run: (rng) => {
        const base = rng.pick(bases);
        const m = mutate(rng, base.text);
        const where = `${base.name}: ${m.what}`;
        let parsed;
        try {
          parsed = parseCampaign(m.text);
        } catch (e) {
          if (!(e instanceof ReplayError)) return { fail: `${where}: parseCampaign threw ${String(e)}` };
          if (m.same) return { fail: `${where}: an unchanged run refused: ${e.message}` };
          return 'refused by parse';
        }
        const key = JSON.stringify(parsed);
        let verdict = verdicts.get(key);
        if (!verdict) {
          try {
            verdict = verifyCampaign(parsed, mapOf);
          } catch (e) {
            return { fail: `${where}: verifyCampaign threw ${e instanceof Error ? e.stack : String(e)}` };
          }
          verdicts.set(key, verdict);
        }
        if (!verdict.ok) {
          if (verdict.error.trim() === '') return { fail: `${where}: refused without a reason` };
          if (m.same) return { fail: `${where}: an unchanged run refused: ${verdict.error}` };
          return 'refused by verify';
        }
        if (verdict.ticks !== base.ticks || verdict.hash !== base.hash)
          return {
            fail: `${where}: verified as a different valid run: ${verdict.ticks} ticks, ${verdict.hash} (was ${base.ticks}, ${base.hash})`,
          };
        return 'same run';
      },
    });
    expect(result.failures).toEqual([]);
  }, 60_000);
});
