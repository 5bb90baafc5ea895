/**
 * npm run bench: how fast the simulation runs headless in Node, per level in src/speedrun/levels.ts,
 * printed as a table (never pass/fail). For each level: its golden replays re-simulated as the
 * verifier does, random play on the real map, and a busy variant — the same map with 50 extra
 * guards patrolling, standing in for the riot until the yard exists. Ends with what verifying a
 * one-hour replay would take. The target from issue 9: at least 5,000x real time. Each row also
 * gives its speed by the process's CPU time: on a loaded machine the wall clock counts other
 * programs' turns on the cores too.
 */
import { readdir, readFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { formatProblem, loadMap, type LoadedMap } from '../maps';
import { CELL_SOLID, type GuardData, type LevelData, type PatrolData } from '../maps/level-data';
import type { InputFrame } from '../sim/input';
import { LevelSim } from '../sim/level-sim';
import { TICK_RATE } from '../sim/units';
import { LEVELS } from '../speedrun/levels';
import { replayKind } from '../speedrun/campaign';
import { parseReplay, type Replay } from '../speedrun/replay';
import { verifyReplay } from '../speedrun/verify';
import { GameState } from '../state/game-state';
import { randomInt, seedRng } from '../state/rng';
import { printTable } from './bench-table';
import { readRepoFile } from './node-files';
import { HOUR_TICKS, RandomWalker } from './soak';

/** Each figure is measured for this long in ROUNDS rounds, after a warm-up, so the JIT has settled. */
const MEASURE_MS = 2000;
const WARMUP_MS = 500;
const ROUNDS = 5;
const EXTRA_GUARDS = 50;
/** Ticks of random play recorded per variant (restarts included): 5 minutes of play. */
const PLAY_TICKS = 5 * 60 * TICK_RATE;

interface Attempt {
  seed: number;
  frames: InputFrame[];
}

interface Rate {
  ticks: number;
  ms: number;
  /** median and best of ROUNDS rounds, ticks per second: the best is the code, the median the machine */
  median: number;
  best: number;
  /** median ticks per second of the process's CPU time: the code's speed on a busy machine, where
   * other work takes turns on the cores and the wall clock says little */
  cpuMedian: number;
}

/** Runs `chunk` (which returns ticks simulated) for a warm-up, then ROUNDS timed rounds. */
function rate(chunk: () => number): Rate {
  const until = (ms: number) => {
    let ticks = 0;
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    while (performance.now() - t0 < ms) ticks += chunk();
    const cpu = process.cpuUsage(c0);
    return { ticks, ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000 };
  };
  until(WARMUP_MS);
  const rounds = Array.from({ length: ROUNDS }, () => until(MEASURE_MS / ROUNDS));
  const rates = rounds.map((r) => r.ticks / (r.ms / 1000)).sort((x, y) => x - y);
  const cpuRates = rounds.map((r) => r.ticks / (r.cpuMs / 1000)).sort((x, y) => x - y);
  return {
    ticks: rounds.reduce((n, r) => n + r.ticks, 0),
    ms: rounds.reduce((n, r) => n + r.ms, 0),
    median: rates[Math.floor(ROUNDS / 2)] ?? 0,
    best: rates[ROUNDS - 1] ?? 0,
    cpuMedian: cpuRates[Math.floor(ROUNDS / 2)] ?? 0,
  };
}

/**
 * Random play, recorded first (the walker's path-finding is not the simulation's cost): attempts of
 * a RandomWalker totalling `ticks`, each with its game seed. Re-simulating them is what is timed.
 */
function recordPlay(level: LevelData, seed: number, ticks: number): Attempt[] {
  const walker = new RandomWalker(seed);
  const attempts: Attempt[] = [];
  let sim: LevelSim | null = null;
  let frames: InputFrame[] = [];
  for (let t = 0; t < ticks; t++) {
    if (!sim || sim.outcome !== 'playing') {
      const s = walker.int(1 << 30);
      sim = new LevelSim(level, GameState.create({ seed: s }));
      frames = [];
      attempts.push({ seed: s, frames });
    }
    const f = walker.next(sim);
    frames.push(f);
    sim.step(f);
  }
  return attempts;
}

function replayPlay(level: LevelData, attempts: readonly Attempt[]): () => number {
  return () => {
    let ticks = 0;
    for (const a of attempts) {
      const sim = new LevelSim(level, GameState.create({ seed: a.seed }));
      for (const f of a.frames) sim.step(f);
      ticks += a.frames.length;
    }
    return ticks;
  };
}

/**
 * The level with `n` more guards, each walking a straight stretch of open floor back and forth
 * (guards walk their routes in straight lines), placed by a seeded generator.
 */
export function busyLevel(level: LevelData, n: number, seed = 1947): LevelData {
  const rng = seedRng(seed);
  const open = (x: number, y: number) =>
    x >= 0 &&
    y >= 0 &&
    x < level.width &&
    y < level.height &&
    !((level.cells[y * level.width + x] ?? 1) & CELL_SOLID);
  const template = level.guards[0];
  const guards: GuardData[] = [...level.guards];
  const patrols: PatrolData[] = [...level.patrols];
  for (let i = 0, tries = 0; i < n && tries < 100_000; tries++) {
    const x = randomInt(rng, level.width);
    const y = randomInt(rng, level.height);
    if (!open(x, y)) continue;
    const [dx, dy] = randomInt(rng, 2) === 0 ? [1, 0] : [0, 1];
    let a = 0;
    let b = 0;
    while (a < 6 && open(x - dx * (a + 1), y - dy * (a + 1))) a++;
    while (b < 6 && open(x + dx * (b + 1), y + dy * (b + 1))) b++;
    const at = (k: number) => ({ x: (x + dx * k) * 16 + 8, y: (y + dy * k) * 16 + 8 });
    const id = 10_000 + i;
    patrols.push({ id, name: `busy ${i}`, points: [at(-a), at(b)], loop: false, waits: [30, 30] });
    guards.push({
      id: 20_000 + i,
      name: `busy guard ${i}`,
      ...at(0),
      facing: 'down',
      route: id,
      visionRange: template?.visionRange ?? 6,
      visionAngle: template?.visionAngle ?? 90,
      speed: template?.speed ?? 8,
      credibility: template?.credibility ?? 60,
    });
    i++;
  }
  return { ...level, guards, patrols };
}

async function goldenReplays(level: string): Promise<{ file: string; replay: Replay }[]> {
  const dir = 'tests/golden';
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.replay.json'));
  const out: { file: string; replay: Replay }[] = [];
  for (const file of files.sort()) {
    const text = await readFile(`${dir}/${file}`, 'utf8');
    // a campaign replay spans levels: the per-level figures take level replays only
    if (replayKind(text) !== 'level') continue;
    const replay = parseReplay(text);
    if (replay.level === level) out.push({ file, replay });
  }
  return out;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

async function main(): Promise<void> {
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  console.log(
    `Westgate simulation benchmark — Node ${process.version}, ${process.platform}/${process.arch}, ` +
      `${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), load average ${load}`,
  );
  console.log(
    `each figure: ${ROUNDS} rounds over ${MEASURE_MS / 1000} s after a ${WARMUP_MS / 1000} s warm-up; ${TICK_RATE} ticks = 1 s of play\n`,
  );
  const rows: string[][] = [];
  const hour: string[][] = [];
  for (const entry of LEVELS) {
    const loaded = await loadMap(entry.file, readRepoFile);
    if (!loaded.ok) {
      loaded.problems.forEach((p) => console.log(formatProblem(p)));
      continue;
    }
    const map: LoadedMap = loaded.map;
    const level = map.level;
    const busy = busyLevel(level, EXTRA_GUARDS);
    const row = (what: string, guards: number, r: Rate): Rate => {
      rows.push([
        entry.id,
        what,
        String(guards),
        fmt(r.ticks),
        fmt(r.median),
        fmt(r.best),
        `${fmt(r.median / TICK_RATE)}x`,
        `${fmt(r.cpuMedian / TICK_RATE)}x`,
      ]);
      return r;
    };
    // the longest golden replay stands for a long run's verification
    let longest: { ticks: number; rate: Rate } | null = null;
    for (const { file, replay } of await goldenReplays(entry.id)) {
      const r = rate(() => {
        const v = verifyReplay(replay, map);
        if (!v.ok) throw new Error(`${file} does not verify: ${v.error}`);
        return v.ticks;
      });
      row(`verify ${file} (${replay.result.ticks} ticks)`, level.guards.length, r);
      if (!longest || replay.result.ticks > longest.ticks) longest = { ticks: replay.result.ticks, rate: r };
    }
    const realPlay = recordPlay(level, 1, PLAY_TICKS);
    const busyPlay = recordPlay(busy, 1, PLAY_TICKS);
    const real = row(
      `random play, real map (${realPlay.length} attempts)`,
      level.guards.length,
      rate(replayPlay(level, realPlay)),
    );
    const crowd = row(
      `random play, busy: +${EXTRA_GUARDS} guards (${busyPlay.length} attempts)`,
      busy.guards.length,
      rate(replayPlay(busy, busyPlay)),
    );
    const seconds = (perSec: number) => `${(HOUR_TICKS / perSec).toFixed(2)} s`;
    for (const [what, r] of [
      [`verifying its longest golden replay`, longest?.rate ?? real],
      ['random play, real map', real],
      [`busy (+${EXTRA_GUARDS} guards)`, crowd],
    ] as const) {
      hour.push([entry.id, what, seconds(r.median), seconds(r.best)]);
    }
  }
  printTable(
    ['level', 'run', 'guards', 'ticks run', 'ticks/s median', 'best', 'x real time', 'by CPU time'],
    rows,
  );
  console.log(
    `\nA one-hour run is ${fmt(HOUR_TICKS)} ticks; verifying it would take (target: under 1 s, i.e. 5,000x):`,
  );
  printTable(['level', 'at the speed of', 'one hour verified in (median)', 'best'], hour);
}

await main();
