import { describe, expect, it } from 'vitest';
import { applyRun, emptyRecords, RecordBook, sumOfBest, type RunRecord } from '../../../src/speedrun/records';
import { MemoryStore, safeRead, safeWrite } from '../../../src/storage/safe-store';

const segs = ['Cell Block R17', 'Machine Shop'];
const run = (splits: number[], replay = 'r'): RunRecord => ({
  splits,
  seed: 1947,
  seedMode: 'official',
  game: '0.1.0',
  replay,
});

describe('personal bests, golds and sum of best', () => {
  it('a first finished run is the PB and every segment is gold', () => {
    const out = applyRun(emptyRecords('campaign', segs), run([100, 250]));
    expect(out.newPb).toBe(true);
    expect(out.golds).toEqual([0, 1]);
    expect(out.delta).toBeNull();
    expect(out.records.bestSegments).toEqual([100, 150]);
    expect(sumOfBest(out.records)).toBe(250);
  });

  it('a slower run keeps the PB but can still gold a segment', () => {
    const first = applyRun(emptyRecords('campaign', segs), run([100, 250])).records;
    const out = applyRun(first, run([90, 260]));
    expect(out.newPb).toBe(false);
    expect(out.delta).toBe(10);
    expect(out.golds).toEqual([0]);
    expect(out.records.pb?.splits).toEqual([100, 250]);
    expect(out.records.bestSegments).toEqual([90, 150]);
    expect(sumOfBest(out.records)).toBe(240);
  });

  it('a tie is not a new PB', () => {
    const first = applyRun(emptyRecords('il-cell', ['Cell']), run([100])).records;
    expect(applyRun(first, run([100])).newPb).toBe(false);
  });

  it('sum of best is unknown until every segment has been finished', () => {
    expect(sumOfBest(emptyRecords('campaign', segs))).toBeNull();
  });
});

/** A store that throws on chosen writes: a full storage, or a crash between two writes. */
class FailingStore extends MemoryStore {
  writes = 0;
  constructor(private readonly failAt: (n: number, key: string) => boolean) {
    super();
  }
  override set(key: string, value: string): void {
    this.writes++;
    if (this.failAt(this.writes, key)) throw new Error('QuotaExceededError');
    super.set(key, value);
  }
}

describe('records in storage survive crashes and full storage', () => {
  it('round-trips and counts attempts', () => {
    const book = new RecordBook(new MemoryStore());
    book.attempt('il-cell', ['Cell']);
    book.attempt('il-cell', ['Cell']);
    const out = book.finish('il-cell', ['Cell'], run([2145]));
    expect(out).toMatchObject({ newPb: true, saved: true });
    expect(book.load('il-cell', ['Cell'])).toMatchObject({
      attempts: 2,
      pb: { splits: [2145] },
      bestSegments: [2145],
    });
  });

  it('a write that fails before the swap leaves the previous best readable', () => {
    const store = new FailingStore((n) => n >= 3);
    const book = new RecordBook(store);
    book.finish('il-cell', ['Cell'], run([3000])); // writes 1 (.next) and 2 (key)
    const out = book.finish('il-cell', ['Cell'], run([2000]));
    expect(out.saved).toBe(false);
    expect(book.load('il-cell', ['Cell']).pb?.splits).toEqual([3000]);
  });

  it('a crash between the two writes keeps the newer complete copy', () => {
    const store = new FailingStore((n, key) => n === 4 && !key.endsWith('.next'));
    const book = new RecordBook(store);
    book.finish('il-cell', ['Cell'], run([3000]));
    book.finish('il-cell', ['Cell'], run([2000]));
    expect(book.load('il-cell', ['Cell']).pb?.splits).toEqual([2000]);
  });

  it('a full storage keeps the new best without its replay rather than losing it', () => {
    // a store that refuses any value over 500 characters
    const tiny = new (class extends MemoryStore {
      override set(key: string, value: string): void {
        if (value.length > 500) throw new Error('QuotaExceededError');
        super.set(key, value);
      }
    })();
    const out = new RecordBook(tiny).finish('il-cell', ['Cell'], run([1500], 'x'.repeat(1000)));
    expect(out.saved).toBe(true);
    expect(new RecordBook(tiny).load('il-cell', ['Cell']).pb).toMatchObject({ splits: [1500], replay: '' });
  });

  it('a corrupt copy reads as no records, never a crash', () => {
    const store = new MemoryStore();
    store.set('westgate.records.il-cell', '{"version":1,"category":');
    expect(new RecordBook(store).load('il-cell', ['Cell'])).toEqual(emptyRecords('il-cell', ['Cell']));
    store.set(
      'westgate.records.il-cell',
      JSON.stringify({ ...emptyRecords('il-cell', ['Cell']), attempts: -4 }),
    );
    expect(new RecordBook(store).load('il-cell', ['Cell']).attempts).toBe(0);
  });

  it('safeRead prefers a parseable KEY.next, then KEY', () => {
    const store = new MemoryStore();
    expect(safeWrite(store, 'k', '1')).toBe(true);
    expect([...store.data.keys()]).toEqual(['k']);
    store.set('k.next', 'garbage');
    expect(safeRead(store, 'k', (t) => (/^\d+$/.test(t) ? Number(t) : null))).toBe(1);
  });
});

describe('the run timer', () => {
  it('adds splits, abandoned attempts and the current level', async () => {
    const { RunTimer } = await import('../../../src/speedrun/run-timer');
    const t = new RunTimer('campaign', ['A', 'B']);
    t.levelTicks = 300;
    t.abandonLevel();
    t.levelTicks = 1000;
    expect(t.runTicks).toBe(1300);
    expect(t.split()).toBe(1300);
    expect(t.done).toBe(false);
    t.levelTicks = 50;
    expect(t.runTicks).toBe(1350);
    expect(t.split()).toBe(1350);
    expect(t.splits).toEqual([1300, 1350]);
    expect(t.done).toBe(true);
  });
});
