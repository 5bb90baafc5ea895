import { describe, expect, it } from 'vitest';
import { effectiveCredibility, judge } from '../../../src/state/alibi';
import { StateError } from '../../../src/state/errors';
import type { AlibiEntry, Incident } from '../../../src/state/types';
import { entry, witness } from './helpers';

const doctor = witness('doctor', 'doctor', 60);
const guard = witness('guard-1', 'guard', 80);
const inmate = witness('coy', 'inmate', 30);
const rat = witness('lister', 'informer', 40);
const all = [doctor, guard, inmate, rat];
// The attack on Wilson: machine shop, ticks 100..199 (100 ticks).
const wilson: Incident = { who: 'wilson', zone: 'shop', from: 100, to: 199 };

describe('effectiveCredibility', () => {
  it('is the credibility, halved and rounded down when drinking', () => {
    expect(effectiveCredibility(doctor)).toBe(60);
    expect(effectiveCredibility({ ...doctor, drinking: true })).toBe(30);
    expect(effectiveCredibility({ ...doctor, credibility: 61, drinking: true })).toBe(30);
    expect(effectiveCredibility({ ...doctor, credibility: 1, drinking: true })).toBe(0);
  });

  it("is 0 for an informer, by kind or as the run's drawn informer", () => {
    expect(effectiveCredibility(rat)).toBe(0);
    expect(effectiveCredibility(inmate, 'coy')).toBe(0);
    expect(effectiveCredibility(inmate, 'louie')).toBe(30);
  });
});

describe('judge', () => {
  const run = (ledger: AlibiEntry[], incident = wilson, informer?: string) =>
    judge(ledger, all, incident, informer);

  it('full coverage by a credible witness is solid', () => {
    expect(run([entry('doctor', 'infirmary', 50, 250)])).toEqual({
      incident: wilson,
      verdict: 'solid',
      witnesses: [{ id: 'doctor', credibility: 60, ticks: 100 }],
      gaps: [],
      covered: 100,
    });
  });

  it('a gap at the start breaks it', () => {
    const j = run([entry('doctor', 'infirmary', 110, 250)]);
    expect(j.verdict).toBe('broken');
    expect(j.gaps).toEqual([{ from: 100, to: 109 }]);
    expect(j.covered).toBe(90);
    expect(j.witnesses).toEqual([{ id: 'doctor', credibility: 60, ticks: 90 }]);
  });

  it('a gap at the end breaks it', () => {
    const j = run([entry('doctor', 'infirmary', 0, 189)]);
    expect(j.verdict).toBe('broken');
    expect(j.gaps).toEqual([{ from: 190, to: 199 }]);
    expect(j.covered).toBe(90);
  });

  it('a gap in the middle breaks it', () => {
    const j = run([entry('doctor', 'infirmary', 100, 139), entry('doctor', 'infirmary', 150, 199)]);
    expect(j.verdict).toBe('broken');
    expect(j.gaps).toEqual([{ from: 140, to: 149 }]);
    expect(j.witnesses).toEqual([{ id: 'doctor', credibility: 60, ticks: 90 }]);
  });

  it('a one-tick gap counts', () => {
    const j = run([entry('doctor', 'infirmary', 100, 149), entry('guard-1', 'yard', 151, 199)]);
    expect(j.gaps).toEqual([{ from: 150, to: 150 }]);
    expect(j.covered).toBe(99);
  });

  it('no witness at all: one gap over the whole window', () => {
    expect(run([])).toEqual({
      incident: wilson,
      verdict: 'broken',
      witnesses: [],
      gaps: [{ from: 100, to: 199 }],
      covered: 0,
    });
  });

  it('two witnesses whose coverage joins exactly leave no gap', () => {
    const j = run([entry('doctor', 'infirmary', 90, 149), entry('guard-1', 'yard', 150, 300)]);
    expect(j.verdict).toBe('solid');
    expect(j.gaps).toEqual([]);
    expect(j.witnesses).toEqual([
      { id: 'doctor', credibility: 60, ticks: 50 },
      { id: 'guard-1', credibility: 80, ticks: 50 },
    ]);
    expect(j.covered).toBe(100);
  });

  it('overlapping witnesses count each tick once; each witness counts his own ticks', () => {
    const j = run([entry('guard-1', 'yard', 100, 160), entry('doctor', 'infirmary', 120, 199)]);
    expect(j.verdict).toBe('solid');
    expect(j.covered).toBe(100);
    expect(j.witnesses).toEqual([
      { id: 'guard-1', credibility: 80, ticks: 61 },
      { id: 'doctor', credibility: 60, ticks: 80 },
    ]);
  });

  it('a low-credibility witness alone makes it shaky', () => {
    const j = run([entry('coy', 'cell-r17', 0, 500)]);
    expect(j.verdict).toBe('shaky');
    expect(j.gaps).toEqual([]);
    expect(j.witnesses).toEqual([{ id: 'coy', credibility: 30, ticks: 100 }]);
  });

  it('shaky when the credible witnesses leave a stretch only a weak one covers', () => {
    const j = run([entry('guard-1', 'yard', 100, 160), entry('coy', 'yard', 120, 199)]);
    expect(j.verdict).toBe('shaky');
    expect(j.witnesses.map((w) => w.id)).toEqual(['guard-1', 'coy']);
  });

  it('the drinking doctor turns solid into shaky', () => {
    const ledger = [entry('doctor', 'infirmary', 100, 199)];
    expect(judge(ledger, [doctor], wilson).verdict).toBe('solid');
    const drunk = judge(ledger, [{ ...doctor, drinking: true }], wilson);
    expect(drunk.verdict).toBe('shaky');
    expect(drunk.witnesses).toEqual([{ id: 'doctor', credibility: 30, ticks: 100 }]);
  });

  it('credibility exactly 50 is solid, 49 shaky', () => {
    const ledger = [entry('doctor', 'infirmary', 100, 199)];
    expect(judge(ledger, [{ ...doctor, credibility: 50 }], wilson).verdict).toBe('solid');
    expect(judge(ledger, [{ ...doctor, credibility: 49 }], wilson).verdict).toBe('shaky');
  });

  it("the informer's word leaves a gap", () => {
    const j = run([entry('lister', 'yard', 100, 149), entry('guard-1', 'yard', 150, 199)]);
    expect(j.verdict).toBe('broken');
    expect(j.gaps).toEqual([{ from: 100, to: 149 }]);
    expect(j.witnesses).toEqual([{ id: 'guard-1', credibility: 80, ticks: 50 }]);
  });

  it("the run's drawn informer counts for nothing even as an inmate witness", () => {
    const ledger = [entry('coy', 'cell-r17', 100, 199)];
    expect(run(ledger, wilson, 'louie').verdict).toBe('shaky');
    expect(run(ledger, wilson, 'coy')).toMatchObject({ verdict: 'broken', witnesses: [], covered: 0 });
  });

  it('a witness who saw Joe in the incident zone does not cover', () => {
    const j = run([entry('guard-1', 'shop', 0, 500)]);
    expect(j).toMatchObject({ verdict: 'broken', witnesses: [], gaps: [{ from: 100, to: 199 }], covered: 0 });
  });

  it('a witness who saw Joe both in and away from the zone covers only the away ticks', () => {
    const j = run([entry('guard-1', 'shop', 100, 149), entry('guard-1', 'yard', 149, 199)]);
    expect(j.gaps).toEqual([{ from: 100, to: 148 }]);
    expect(j.witnesses).toEqual([{ id: 'guard-1', credibility: 80, ticks: 51 }]);
  });

  it('a witness of credibility 0 or not registered does not cover', () => {
    const ledger = [entry('nobody', 'yard', 100, 199), entry('mute', 'yard', 100, 199)];
    const j = judge(ledger, [witness('mute', 'inmate', 0)], wilson);
    expect(j).toMatchObject({ verdict: 'broken', witnesses: [], covered: 0 });
  });

  it('a witness in two zones at once counts each tick once', () => {
    const j = run([entry('doctor', 'infirmary', 100, 160), entry('doctor', 'corridor', 150, 199)]);
    expect(j.witnesses).toEqual([{ id: 'doctor', credibility: 60, ticks: 100 }]);
    expect(j.verdict).toBe('solid');
  });

  it('orders witnesses by first covered tick, then id', () => {
    const j = judge(
      [entry('b', 'yard', 150, 199), entry('z', 'yard', 100, 120), entry('a', 'yard', 121, 150)],
      [witness('a', 'guard', 70), witness('b', 'guard', 70), witness('z', 'guard', 70)],
      wilson,
    );
    expect(j.witnesses.map((w) => w.id)).toEqual(['z', 'a', 'b']);
    const tie = judge(
      [entry('b', 'yard', 100, 199), entry('a', 'yard', 100, 199)],
      [witness('a', 'guard', 70), witness('b', 'guard', 70)],
      wilson,
    );
    expect(tie.witnesses.map((w) => w.id)).toEqual(['a', 'b']);
  });

  it('judges a one-tick window', () => {
    const one: Incident = { who: 'wilson', zone: 'shop', from: 7, to: 7 };
    expect(run([entry('guard-1', 'yard', 7, 7)], one)).toMatchObject({ verdict: 'solid', covered: 1 });
    expect(run([entry('guard-1', 'yard', 6, 6), entry('guard-1', 'yard', 8, 8)], one)).toMatchObject({
      verdict: 'broken',
      gaps: [{ from: 7, to: 7 }],
    });
  });

  it('handles a 100000-tick window with many short entries, by spans', () => {
    const ledger: AlibiEntry[] = [];
    // Guard sees Joe for 40 ticks of every 50, the doctor fills the other 10 except every 10th hole.
    for (let t = 0; t < 100000; t += 50) {
      ledger.push(entry('guard-1', 'yard', t, t + 39));
      if ((t / 50) % 10 !== 9) ledger.push(entry('doctor', 'infirmary', t + 40, t + 49));
    }
    const j = judge(ledger, all, { who: 'wilson', zone: 'shop', from: 0, to: 99999 });
    expect(j.gaps).toHaveLength(200);
    expect(j.gaps[0]).toEqual({ from: 490, to: 499 });
    expect(j.covered).toBe(100000 - 2000);
    expect(j.witnesses).toEqual([
      { id: 'guard-1', credibility: 80, ticks: 80000 },
      { id: 'doctor', credibility: 60, ticks: 18000 },
    ]);
  });

  it('rejects a malformed incident', () => {
    expect(() => run([], { ...wilson, from: 10, to: 9 })).toThrow(StateError);
    expect(() => run([], { ...wilson, from: 10, to: 9 })).toThrow('judge(incident).to: must be >= from');
    expect(() => run([], { ...wilson, from: -1 })).toThrow('judge(incident).from');
    expect(() => run([], { ...wilson, zone: '' })).toThrow('judge(incident).zone');
  });
});
