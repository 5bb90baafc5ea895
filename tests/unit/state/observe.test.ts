import { describe, expect, it } from 'vitest';
import { observe } from '../../../src/state/alibi';
import type { AlibiEntry } from '../../../src/state/types';
import { entry } from './helpers';

describe('observe', () => {
  it('starts an entry, then extends it tick by tick', () => {
    const ledger: AlibiEntry[] = [];
    observe(ledger, 'doctor', 'infirmary', 10);
    observe(ledger, 'doctor', 'infirmary', 11);
    observe(ledger, 'doctor', 'infirmary', 12);
    expect(ledger).toEqual([entry('doctor', 'infirmary', 10, 12)]);
  });

  it('is idempotent within a tick', () => {
    const ledger: AlibiEntry[] = [];
    observe(ledger, 'doctor', 'infirmary', 10);
    observe(ledger, 'doctor', 'infirmary', 10);
    observe(ledger, 'doctor', 'infirmary', 11);
    observe(ledger, 'doctor', 'infirmary', 11);
    expect(ledger).toEqual([entry('doctor', 'infirmary', 10, 11)]);
  });

  it('starts a new entry after a missed tick or a zone change', () => {
    const ledger: AlibiEntry[] = [];
    observe(ledger, 'doctor', 'infirmary', 10);
    observe(ledger, 'doctor', 'infirmary', 12);
    observe(ledger, 'doctor', 'corridor', 13);
    observe(ledger, 'doctor', 'infirmary', 14);
    expect(ledger).toEqual([
      entry('doctor', 'infirmary', 10, 10),
      entry('doctor', 'infirmary', 12, 12),
      entry('doctor', 'corridor', 13, 13),
      entry('doctor', 'infirmary', 14, 14),
    ]);
  });

  it("extends only the witness's latest entry", () => {
    const ledger: AlibiEntry[] = [];
    observe(ledger, 'guard-1', 'yard', 5);
    observe(ledger, 'guard-1', 'shop', 5);
    observe(ledger, 'guard-1', 'yard', 6);
    expect(ledger).toEqual([
      entry('guard-1', 'yard', 5, 5),
      entry('guard-1', 'shop', 5, 5),
      entry('guard-1', 'yard', 6, 6),
    ]);
  });

  it('keeps the ledger ordered by from, then witness, whatever the call order', () => {
    const ledger: AlibiEntry[] = [];
    observe(ledger, 'zed', 'yard', 1);
    observe(ledger, 'amos', 'yard', 3);
    observe(ledger, 'zed', 'shop', 3);
    observe(ledger, 'mick', 'yard', 3);
    observe(ledger, 'zed', 'shop', 4);
    observe(ledger, 'amos', 'yard', 4);
    expect(ledger).toEqual([
      entry('zed', 'yard', 1, 1),
      entry('amos', 'yard', 3, 4),
      entry('mick', 'yard', 3, 3),
      entry('zed', 'shop', 3, 4),
    ]);
  });

  it('drops the oldest entry beyond the cap', () => {
    const ledger: AlibiEntry[] = [];
    for (let t = 0; t < 10; t += 2) observe(ledger, 'doctor', 'infirmary', t, 3);
    expect(ledger).toEqual([
      entry('doctor', 'infirmary', 4, 4),
      entry('doctor', 'infirmary', 6, 6),
      entry('doctor', 'infirmary', 8, 8),
    ]);
  });
});
