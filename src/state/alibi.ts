import { LIMITS, StateError, checkId, checkInt } from './errors';
import type { AlibiEntry, AlibiJudgement, AlibiVerdict, Incident, Witness } from './types';

/** Credibility at or above which one witness alone makes an alibi solid. */
export const SOLID_CREDIBILITY = 50;

/** An inclusive stretch of ticks. */
interface Span {
  from: number;
  to: number;
}

/**
 * How much a witness's word counts for Joe, 0-100. Drink halves it (rounded down). An informer's
 * word goes to Munsey, not for Joe: 0, whether his kind says so or he is the run's drawn informer.
 */
export function effectiveCredibility(witness: Witness, informer?: string): number {
  if (witness.kind === 'informer' || witness.id === informer) return 0;
  return witness.drinking ? Math.floor(witness.credibility / 2) : witness.credibility;
}

/**
 * Records that `witness` sees Joe in `zone` at `tick`. Extends the witness's latest entry when it is
 * the same zone and ended at tick-1 (or already at tick: calling twice in a tick is harmless),
 * otherwise adds an entry, keeping the ledger ordered by `from`, then by witness id. Beyond
 * `max` entries the oldest is dropped. Mutates `ledger`.
 *
 * `latest`, when given, is each witness's latest entry in `ledger` (see latestEntries), kept up to
 * date here: it spares a walk back through the ledger, which grows long in a long run.
 */
export function observe(
  ledger: AlibiEntry[],
  witness: string,
  zone: string,
  tick: number,
  max: number = LIMITS.ledger,
  latest?: Map<string, AlibiEntry>,
): void {
  const last = latest ? latest.get(witness) : latestEntry(ledger, witness);
  if (last && last.zone === zone && (last.to === tick - 1 || last.to === tick)) {
    last.to = tick;
    return;
  }
  let at = ledger.length;
  for (; at > 0; at--) {
    const prev = ledger[at - 1];
    if (!prev || prev.from < tick || (prev.from === tick && prev.witness <= witness)) break;
  }
  // its from is the newest of the witness's entries, so it lands after all of them
  const entry = { witness, zone, from: tick, to: tick };
  ledger.splice(at, 0, entry);
  latest?.set(witness, entry);
  if (ledger.length <= max) return;
  for (const gone of ledger.splice(0, ledger.length - max))
    if (latest?.get(gone.witness) === gone) latest.delete(gone.witness);
}

/** The witness's last entry in the ledger, if any. */
function latestEntry(ledger: readonly AlibiEntry[], witness: string): AlibiEntry | undefined {
  for (let i = ledger.length - 1; i >= 0; i--) if (ledger[i]?.witness === witness) return ledger[i];
  return undefined;
}

/** Each witness's last entry in the ledger, for observe. */
export function latestEntries(ledger: readonly AlibiEntry[]): Map<string, AlibiEntry> {
  const latest = new Map<string, AlibiEntry>();
  for (const e of ledger) latest.set(e.witness, e);
  return latest;
}

/** Sorts and joins spans that overlap or touch (ticks are whole, so [1,4] and [5,9] make [1,9]). */
function merge(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.from - b.from || a.to - b.to);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.from <= last.to + 1) last.to = Math.max(last.to, s.to);
    else out.push({ ...s });
  }
  return out;
}

/** The stretches of `frame` that merged `spans` (all inside the window) leave uncovered. */
function holes(spans: readonly Span[], frame: Span): Span[] {
  const out: Span[] = [];
  let next = frame.from;
  for (const s of spans) {
    if (s.from > next) out.push({ from: next, to: s.from - 1 });
    next = s.to + 1;
  }
  if (next <= frame.to) out.push({ from: next, to: frame.to });
  return out;
}

function length(spans: readonly Span[]): number {
  let n = 0;
  for (const s of spans) n += s.to - s.from + 1;
  return n;
}

/** Throws unless the incident is well formed (ids, whole ticks, from <= to). */
export function checkIncident(incident: Incident, where: string): void {
  checkId(incident.who, `${where}.who`);
  checkId(incident.zone, `${where}.zone`);
  checkInt(incident.from, `${where}.from`, 0, Number.MAX_SAFE_INTEGER);
  checkInt(incident.to, `${where}.to`, 0, Number.MAX_SAFE_INTEGER);
  if (incident.to < incident.from) throw new StateError(`${where}.to`, 'must be >= from');
}

/**
 * Judges an incident against the ledger. A tick of the window is covered when a witness whose
 * effective credibility is >= 1 saw Joe in another zone at that tick. Any uncovered tick breaks the
 * alibi; full coverage by witnesses of credibility >= SOLID_CREDIBILITY is solid, else shaky.
 * Credibility is read now, at judging time (a drunk doctor testifies drunk). Works on spans, so
 * the cost follows the ledger entries in the window, not its length in ticks.
 */
export function judge(
  ledger: readonly AlibiEntry[],
  witnesses: readonly Witness[],
  incident: Incident,
  informer?: string,
): AlibiJudgement {
  checkIncident(incident, 'judge(incident)');
  const frame: Span = { from: incident.from, to: incident.to };
  const credibility = new Map(witnesses.map((w) => [w.id, effectiveCredibility(w, informer)]));
  const byWitness = new Map<string, Span[]>();
  const all: Span[] = [];
  const strong: Span[] = [];
  for (const entry of ledger) {
    if (entry.zone === incident.zone || entry.to < frame.from || entry.from > frame.to) continue;
    const cred = credibility.get(entry.witness) ?? 0;
    if (cred < 1) continue;
    const span = { from: Math.max(entry.from, frame.from), to: Math.min(entry.to, frame.to) };
    const own = byWitness.get(entry.witness);
    if (own) own.push(span);
    else byWitness.set(entry.witness, [span]);
    all.push(span);
    if (cred >= SOLID_CREDIBILITY) strong.push(span);
  }
  const covered = merge(all);
  const gaps = holes(covered, frame);
  const verdict: AlibiVerdict =
    gaps.length > 0 ? 'broken' : holes(merge(strong), frame).length > 0 ? 'shaky' : 'solid';
  const rows = [...byWitness].map(([id, spans]) => {
    const own = merge(spans);
    return { id, credibility: credibility.get(id) ?? 0, ticks: length(own), first: own[0]?.from ?? 0 };
  });
  rows.sort((a, b) => a.first - b.first || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    incident: { who: incident.who, zone: incident.zone, from: incident.from, to: incident.to },
    verdict,
    witnesses: rows.map(({ id, credibility: c, ticks }) => ({ id, credibility: c, ticks })),
    gaps,
    covered: length(covered),
  };
}
