import { describe, expect, it } from 'vitest';
import { inquiryReport } from '../../../src/sim/inquiry';
import type { AlibiJudgement } from '../../../src/state/types';

const names = (id: string) =>
  id === 'doctor'
    ? { name: 'Dr. Walters', kind: 'doctor', drinking: true }
    : { name: 'Hennessy', kind: 'guard', drinking: false };

describe("Munsey's inquiry report", () => {
  it('reads the ledger: each witness by name, time to the prison second, the gaps, the verdict and its heat', () => {
    const j: AlibiJudgement = {
      incident: { who: 'wilson', zone: 'shop-floor', from: 1000, to: 1899 },
      verdict: 'broken',
      witnesses: [
        { id: 'doctor', credibility: 30, ticks: 400 },
        { id: 'guard-7', credibility: 90, ticks: 60 },
      ],
      gaps: [{ from: 1400, to: 1839 }],
      covered: 460,
    };
    const r = inquiryReport(j, names, 10 * 60 + 45, 'machine shop');
    expect(r).toEqual({
      title: 'WILSON, MACHINE SHOP, 10:45-11:00',
      rows: [
        'Dr. Walters (doctor, drinking): 6 min 40 sec, word 30',
        'Hennessy (guard): 1 min, word 90',
        'GAP at 10:51: 7 min 20 sec nobody saw you',
      ],
      verdict: 'ALIBI BROKEN',
      heat: 'Heat +30',
      lines: [
        { speaker: 'MUNSEY', text: 'Wilson, machine shop, 10:45-11:00. Where were you, Collins?' },
        {
          speaker: 'MUNSEY',
          text: 'Dr. Walters puts you elsewhere for 6 min 40 sec. With whisky on his breath.',
        },
        { speaker: 'MUNSEY', text: 'Hennessy puts you elsewhere for 1 min.' },
        { speaker: 'MUNSEY', text: 'And at 10:51? 7 min 20 sec where nobody saw you.' },
        { speaker: 'MUNSEY', text: 'Your story has holes in it. I will find what fits them.' },
      ],
    });
  });

  it('with nobody at all (an informer counts for nothing, so he is not listed): one gap, the whole window', () => {
    const j: AlibiJudgement = {
      incident: { who: 'wilson', zone: 'shop-floor', from: 0, to: 899 },
      verdict: 'broken',
      witnesses: [],
      gaps: [{ from: 0, to: 899 }],
      covered: 0,
    };
    const r = inquiryReport(j, names, 10 * 60 + 45, 'machine shop');
    expect(r.rows).toEqual(['GAP at 10:45: 15 min nobody saw you']);
    expect(r.lines.map((l) => l.text).slice(1, 3)).toEqual([
      'Nobody saw you. Nobody at all.',
      'And at 10:45? 15 min where nobody saw you.',
    ]);
  });

  it('solid costs nothing; shaky 15', () => {
    const base = { incident: { who: 'w', zone: 'z', from: 0, to: 59 }, witnesses: [], gaps: [], covered: 60 };
    expect(inquiryReport({ ...base, verdict: 'solid' }, names, 0, 'x').heat).toBe('Heat +0');
    expect(inquiryReport({ ...base, verdict: 'shaky' }, names, 0, 'x').heat).toBe('Heat +15');
  });
});
