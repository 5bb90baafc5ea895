import * as v from 'valibot';
import { safeRead, safeWrite, type KeyValueStore } from '../storage/safe-store';

/** The seed rule of a run: the official seed (default), one the runner set, or a random one. */
export type SeedMode = 'official' | 'set' | 'random';

const ticks = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(60 * 60 * 60 * 24));

const RunSchema = v.object({
  /** cumulative ticks at the end of each segment */
  splits: v.pipe(v.array(ticks), v.minLength(1), v.maxLength(64)),
  seed: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(0xffffffff)),
  seedMode: v.picklist(['official', 'set', 'random']),
  game: v.pipe(v.string(), v.maxLength(32)),
  /** the run's replay file text, for the ghost and for export; "" when too big to keep */
  replay: v.pipe(v.string(), v.maxLength(2_000_000)),
});

const RecordsSchema = v.object({
  version: v.literal(1),
  category: v.pipe(v.string(), v.maxLength(64)),
  segments: v.pipe(v.array(v.pipe(v.string(), v.maxLength(64))), v.minLength(1), v.maxLength(64)),
  attempts: v.pipe(v.number(), v.integer(), v.minValue(0)),
  pb: v.nullable(RunSchema),
  bestSegments: v.array(v.nullable(ticks)),
});

export type RunRecord = v.InferOutput<typeof RunSchema>;
export type CategoryRecords = v.InferOutput<typeof RecordsSchema>;

export function emptyRecords(category: string, segments: string[]): CategoryRecords {
  return { version: 1, category, segments, attempts: 0, pb: null, bestSegments: segments.map(() => null) };
}

/** Ticks of each segment from cumulative splits. */
export function segmentTicks(splits: readonly number[]): number[] {
  return splits.map((t, i) => t - (i > 0 ? (splits[i - 1] ?? 0) : 0));
}

/** Sum of best segments, or null while a segment has never been finished. */
export function sumOfBest(r: CategoryRecords): number | null {
  let sum = 0;
  for (const b of r.bestSegments) {
    if (b === null) return null;
    sum += b;
  }
  return sum;
}

export interface RunOutcome {
  records: CategoryRecords;
  newPb: boolean;
  /** indices of segments that beat their best ("gold") */
  golds: number[];
  /** run total minus the old PB's total, ticks (negative = faster); null without an old PB */
  delta: number | null;
}

/** Folds a finished run into the records: PB when strictly faster, golds per segment. Pure. */
export function applyRun(r: CategoryRecords, run: RunRecord): RunOutcome {
  const segs = segmentTicks(run.splits);
  const golds: number[] = [];
  const bestSegments = r.bestSegments.map((best, i) => {
    const s = segs[i];
    if (s === undefined || (best !== null && best <= s)) return best;
    golds.push(i);
    return s;
  });
  const total = run.splits[run.splits.length - 1] ?? 0;
  const oldTotal = r.pb ? (r.pb.splits[r.pb.splits.length - 1] ?? null) : null;
  const newPb = oldTotal === null || total < oldTotal;
  return {
    records: { ...r, bestSegments, pb: newPb ? run : r.pb },
    newPb,
    golds,
    delta: oldTotal === null ? null : total - oldTotal,
  };
}

/** Personal bests per category in browser storage, written so a crash never loses the last best. */
export class RecordBook {
  constructor(private readonly store: KeyValueStore) {}

  private key(category: string): string {
    return `westgate.records.${category}`;
  }

  load(category: string, segments: string[]): CategoryRecords {
    const parsed = safeRead(this.store, this.key(category), (text) => {
      const r = v.safeParse(RecordsSchema, JSON.parse(text));
      return r.success && r.output.segments.length === segments.length ? r.output : null;
    });
    return parsed ?? emptyRecords(category, segments);
  }

  /** Counts an attempt (a level or run started). */
  attempt(category: string, segments: string[]): CategoryRecords {
    const r = this.load(category, segments);
    const next = { ...r, attempts: r.attempts + 1 };
    safeWrite(this.store, this.key(category), JSON.stringify(next));
    return next;
  }

  /** Records a finished run; `saved` is false when storage refused (the previous best stays). */
  finish(category: string, segments: string[], run: RunRecord): RunOutcome & { saved: boolean } {
    const outcome = applyRun(this.load(category, segments), run);
    let saved = safeWrite(this.store, this.key(category), JSON.stringify(outcome.records));
    if (!saved && outcome.records.pb && outcome.records.pb.replay !== '') {
      // Storage full: keep the times, drop the replay text rather than lose the best.
      const lean = { ...outcome.records, pb: { ...outcome.records.pb, replay: '' } };
      saved = safeWrite(this.store, this.key(category), JSON.stringify(lean));
    }
    return { ...outcome, saved };
  }
}
