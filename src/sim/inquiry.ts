import { clockText, TICKS_PER_MINUTE } from '../state/clock';
import type { AlibiJudgement } from '../state/types';

/** Who a witness id is, for Munsey's reading: a name and what kind of man he is. */
export interface WitnessName {
  name: string;
  kind: string;
  drinking: boolean;
}

/** Munsey's inquiry, as the card lays it out and as he reads it aloud. */
export interface InquiryReport {
  title: string;
  /** one row per witness, then one per gap */
  rows: string[];
  verdict: string;
  /** what it does to suspicion, e.g. "Heat +30" */
  heat: string;
  /** the lines Munsey says (a dialogue, so the player reads it at his own pace) */
  lines: { speaker: string; text: string }[];
}

/** Suspicion each verdict costs (GameState.judge's rule). */
const HEAT: Record<AlibiJudgement['verdict'], number> = { solid: 0, shaky: 15, broken: 30 };

/**
 * The report of a judgement. Times are prison clock: tick t of the window reads as the minute it
 * falls in, counted from `startMinute` at `startTick` (the window's first tick).
 */
export function inquiryReport(
  j: AlibiJudgement,
  names: (id: string) => WitnessName,
  startMinute: number,
  place: string,
): InquiryReport {
  const start = j.incident.from;
  const at = (tick: number) => clockText(startMinute + Math.floor((tick - start) / TICKS_PER_MINUTE));
  // a tick is a prison second (60 to the minute): Munsey counts to the second
  const span = (ticks: number) => {
    const m = Math.floor(ticks / TICKS_PER_MINUTE);
    const s = ticks % TICKS_PER_MINUTE;
    return m === 0 ? `${s} sec` : s === 0 ? `${m} min` : `${m} min ${s} sec`;
  };
  const window = `${at(j.incident.from)}-${at(j.incident.to + 1)}`;
  const victim = j.incident.who.charAt(0).toUpperCase() + j.incident.who.slice(1);
  const rows: string[] = [];
  const lines: { speaker: string; text: string }[] = [
    { speaker: 'MUNSEY', text: `${victim}, ${place}, ${window}. Where were you, Collins?` },
  ];
  for (const w of j.witnesses) {
    const who = names(w.id);
    const note = who.drinking ? ', drinking' : '';
    rows.push(`${who.name} (${who.kind}${note}): ${span(w.ticks)}, word ${w.credibility}`);
    lines.push({
      speaker: 'MUNSEY',
      text:
        `${who.name} puts you elsewhere for ${span(w.ticks)}.` +
        (who.drinking ? ' With whisky on his breath.' : w.credibility < 50 ? ' His word is cheap.' : ''),
    });
  }
  if (j.witnesses.length === 0) lines.push({ speaker: 'MUNSEY', text: 'Nobody saw you. Nobody at all.' });
  for (const g of j.gaps) {
    const long = span(g.to - g.from + 1);
    rows.push(`GAP at ${at(g.from)}: ${long} nobody saw you`);
    lines.push({ speaker: 'MUNSEY', text: `And at ${at(g.from)}? ${long} where nobody saw you.` });
  }
  const heat = HEAT[j.verdict];
  const verdict = j.verdict.toUpperCase();
  const closing: Record<AlibiJudgement['verdict'], string> = {
    solid: 'Your story holds. For now. Get out of my sight.',
    shaky: "I don't like your story, Collins. I'll be watching you.",
    broken: 'Your story has holes in it. I will find what fits them.',
  };
  lines.push({ speaker: 'MUNSEY', text: closing[j.verdict] });
  return {
    title: `${victim}, ${place}, ${window}`.toUpperCase(),
    rows,
    verdict: `ALIBI ${verdict}`,
    heat: heat > 0 ? `Heat +${heat}` : 'Heat +0',
    lines,
  };
}
