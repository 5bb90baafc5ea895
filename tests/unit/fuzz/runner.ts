/**
 * Runs a fuzz campaign: a fixed number of cases from one seed, each case from its own sub-seed so a
 * failure can be replayed alone (FUZZ_SEED=<seed> FUZZ_ONLY=<case>). FUZZ_SCALE multiplies the case
 * counts for a longer local run. A wall-clock cap keeps `npm test` bounded on a slow machine: past
 * it the campaign stops early and says so.
 */
import { Prng } from './prng';

export const FUZZ_SEED = Number(process.env['FUZZ_SEED'] ?? 0x5eed1947) >>> 0;
const SCALE = Number(process.env['FUZZ_SCALE'] ?? 1);
const ONLY = process.env['FUZZ_ONLY'] === undefined ? undefined : Number(process.env['FUZZ_ONLY']);

export interface Campaign<K extends string> {
  name: string;
  cases: number;
  /** stop starting new cases after this many ms */
  capMs: number;
  /** one case: returns its outcome (counted), or throws / returns { fail } for a broken property */
  run: (rng: Prng, index: number) => Promise<K | { fail: string }> | K | { fail: string };
}

export interface CampaignResult {
  ran: number;
  failures: string[];
  summary: string;
}

/** The sub-seed of case `i`, so any one case can be re-run alone. */
export function caseSeed(seed: number, i: number): number {
  return (seed ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0;
}

export async function runCampaign<K extends string>(c: Campaign<K>): Promise<CampaignResult> {
  const counts = new Map<string, number>();
  const failures: string[] = [];
  const total = Math.max(1, Math.round(c.cases * SCALE));
  const cap = c.capMs * SCALE;
  const t0 = performance.now();
  let ran = 0;
  let failed = 0;
  for (let i = ONLY ?? 0; i < (ONLY === undefined ? total : ONLY + 1); i++) {
    if (performance.now() - t0 > cap) break;
    ran++;
    let outcome: K | { fail: string };
    try {
      outcome = await c.run(new Prng(caseSeed(FUZZ_SEED, i)), i);
    } catch (e) {
      outcome = { fail: `threw ${e instanceof Error ? (e.stack ?? e.message) : String(e)}` };
    }
    if (typeof outcome === 'string') counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
    else if (++failed <= 10) failures.push(`FUZZ_SEED=${FUZZ_SEED} FUZZ_ONLY=${i}: ${outcome.fail}`);
  }
  if (failed > 10) failures.push(`... and ${failed - 10} more failing cases`);
  const secs = (performance.now() - t0) / 1000;
  const tally = [...counts].map(([k, n]) => `${k} ${n}`).join(', ');
  const early = ran < total && ONLY === undefined ? ` (time cap: stopped after ${ran} of ${total})` : '';
  const summary = `fuzz ${c.name}: ${ran} cases in ${secs.toFixed(1)} s, seed ${FUZZ_SEED}${early}: ${tally}, failed ${failed}`;
  console.log(summary);
  return { ran, failures, summary };
}
