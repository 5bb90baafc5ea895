/**
 * One map fuzz case and its judgement: broken copies of a level's map or of the files it references
 * (tileset, templates, project file). Every one must load, or come back as problems that each name a
 * file that was read and a rule (and, for an object, its layer and id) and print on one line — never
 * an exception, never a loader bug ('internal'), never slower than PER_MAP_MS. A map that loads must
 * also run.
 */
import { formatProblem, loadMap, type MapProblem } from '../../../src/maps';
import type { LevelData } from '../../../src/maps/level-data';
import { LevelSim } from '../../../src/sim/level-sim';
import { GameState } from '../../../src/state/game-state';
import { adoptTemplates, mutateMap } from './map-mutations';
import { mutateText, mutateTree, serialize, type Json } from './mutate';
import type { Prng } from './prng';
import { mapFiles, memoryReader } from './repo-files';
import { runCampaign } from './runner';
import type { LevelEntry } from '../../../src/speedrun/levels';

/** A map that takes longer than this to load or refuse is a hang as far as a designer is concerned. */
const PER_MAP_MS = 3_000;
const RULE_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

const WHOLE_FILES = [
  '',
  'null',
  '[]',
  '"map"',
  '1e999',
  '{}',
  '\ufeff{}',
  '{"a":1,}',
  `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
];

/** What is wrong with one problem, or null. */
export function problemFault(p: MapProblem, reads: ReadonlySet<string>): string | null {
  if (typeof p.file !== 'string' || !reads.has(p.file))
    return `names ${JSON.stringify(p.file)}, a file never read`;
  if (typeof p.rule !== 'string' || !RULE_ID.test(p.rule))
    return `rule ${JSON.stringify(p.rule)} is not a rule id`;
  if (p.rule === 'internal') return `loader bug: ${p.message}`;
  if (typeof p.message !== 'string' || p.message.trim() === '') return 'has no message';
  if ((p.objectName !== undefined || p.objectClass !== undefined) && p.objectId === undefined)
    return 'names an object but not its id';
  if (p.objectId !== undefined && typeof p.objectId !== 'number')
    return `object id ${String(p.objectId)} is not a number`;
  if (p.objectId !== undefined && p.file.endsWith('.tmj') && p.layer === undefined)
    return 'names an object but not its layer';
  const line = formatProblem(p);
  if (/[\r\n\u2028\u2029]/.test(line))
    return `prints on more than one line: ${JSON.stringify(line.slice(0, 160))}`;
  return null;
}

interface MapCase {
  files: Map<string, string>;
  what: string[];
}

/** Which file a campaign breaks: the map itself, or what it references. */
export type Target = 'map' | 'refs';

/** One to three mutations of the map, or of the files it references. */
function makeCase(rng: Prng, mapPath: string, base: ReadonlyMap<string, string>, target: Target): MapCase {
  const trees = new Map<string, Json>();
  const tree = (path: string): Json => {
    let t = trees.get(path);
    if (t === undefined) {
      t = JSON.parse(base.get(path) ?? 'null') as Json;
      trees.set(path, t);
    }
    return t;
  };
  const others = [...base.keys()].filter((p) => p !== mapPath);
  const what: string[] = [];
  if (target === 'refs' && rng.chance(0.6)) what.push(adoptTemplates(rng, tree(mapPath)));
  const texts: [string, (t: string) => string][] = [];
  for (let n = rng.chance(0.3) ? 2 + rng.int(2) : 1; n > 0; n--) {
    const file = target === 'map' ? mapPath : rng.pick(others);
    const kind = rng.int(20);
    if (kind < 5) {
      texts.push([
        file,
        (t) => {
          const m = mutateText(rng, t);
          what.push(`${file}: ${m.what}`);
          return m.text;
        },
      ]);
    } else if (kind === 5) {
      const whole = rng.pick(WHOLE_FILES);
      texts.push([file, () => whole]);
      what.push(`${file}: replaced by ${JSON.stringify(whole.slice(0, 12))}`);
    } else if (file === mapPath && kind < 14) {
      what.push(`${file}: ${mutateMap(rng, tree(file), tree('maps/tilesets/prison.tsj'))}`);
    } else {
      const r = mutateTree(rng, tree(file));
      trees.set(file, r.root);
      what.push(`${file}: ${r.what}`);
    }
  }
  const files = new Map(base);
  for (const [path, t] of trees) files.set(path, serialize(t, rng.chance(0.5) ? 2 : undefined));
  for (const [path, edit] of texts) files.set(path, edit(files.get(path) ?? ''));
  return { files, what };
}

/** A level that loaded must run: a second of random input and a hash, no exception. */
function playBriefly(rng: Prng, level: LevelData): void {
  const sim = new LevelSim(level, GameState.create({ seed: rng.u32() }));
  for (let t = 0; t < 60; t++) sim.step(rng.int(128));
  sim.hash();
}

/**
 * A campaign of `cases` broken copies of one level's files. Returns the failures (empty when every
 * case loaded or was refused properly).
 */
export async function fuzzMap(
  entry: LevelEntry,
  target: Target,
  cases: number,
  capMs: number,
): Promise<string[]> {
  const base = mapFiles(entry.file);
  let slowest = 0;
  const result = await runCampaign<'loads' | 'refused'>({
    name: `maps ${entry.file} (${target === 'map' ? 'the map' : 'tileset, templates, project'})`,
    cases,
    capMs,
    run: async (rng) => {
      const c = makeCase(rng, entry.file, base, target);
      const read = memoryReader(c.files);
      const t0 = performance.now();
      const r = await loadMap(entry.file, read);
      const ms = performance.now() - t0;
      slowest = Math.max(slowest, ms);
      const where = c.what.join('; ');
      if (ms > PER_MAP_MS) return { fail: `${where}: took ${Math.round(ms)} ms` };
      if (r.ok) {
        try {
          playBriefly(rng, r.map.level);
        } catch (e) {
          return { fail: `${where}: loaded, but the level does not run: ${String(e)}` };
        }
        return 'loads';
      }
      if (r.problems.length === 0) return { fail: `${where}: refused without a problem` };
      for (const p of r.problems) {
        const fault = problemFault(p, read.reads);
        if (fault) return { fail: `${where}: problem ${JSON.stringify(p).slice(0, 300)} ${fault}` };
      }
      return 'refused';
    },
  });
  console.log(`fuzz maps ${entry.file}: slowest load or refusal ${Math.round(slowest)} ms`);
  return result.failures;
}
