/** The small text formats designers type into properties: times, schedules, objectives, dialogue, waits. */
import type { DialogueLine, ObjectiveData, ScheduleEntry, StartVariant } from './level-data.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const SCHEDULE_KINDS: readonly ScheduleEntry['kind'][] = ['count', 'shift', 'lockdown', 'meal', 'lights-out'];

/** 'HH:MM' (24-hour) -> minutes after midnight. */
export function parseClock(text: string): number | undefined {
  const match = /^([01][0-9]|2[0-3]):([0-5][0-9])$/.exec(text.trim());
  if (!match) return undefined;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Non-blank lines with their 1-based line numbers. */
function lines(text: string): { n: number; line: string }[] {
  return text
    .split(/\r?\n/)
    .map((line, i) => ({ n: i + 1, line: line.trim() }))
    .filter((l) => l.line !== '');
}

/** Lines 'HH:MM kind label', kind one of count|shift|lockdown|meal|lights-out. */
export function parseSchedule(text: string): { entries: ScheduleEntry[]; errors: string[] } {
  const entries: ScheduleEntry[] = [];
  const errors: string[] = [];
  for (const { n, line } of lines(text)) {
    const match = /^(\S+)\s+(\S+)\s+(.+)$/.exec(line);
    const minute = match ? parseClock(match[1] ?? '') : undefined;
    const kind = SCHEDULE_KINDS.find((k) => k === match?.[2]);
    if (!match || minute === undefined || kind === undefined) {
      errors.push(
        `schedule line ${n} is malformed: "${line}" (expected "HH:MM kind label", kind one of ${SCHEDULE_KINDS.join('|')})`,
      );
      continue;
    }
    entries.push({ minute, kind, label: (match[3] ?? '').trim() });
  }
  return { entries, errors };
}

/** Lines 'flag: text'. */
export function parseObjectives(text: string): { entries: ObjectiveData[]; errors: string[] } {
  const entries: ObjectiveData[] = [];
  const errors: string[] = [];
  for (const { n, line } of lines(text)) {
    const match = /^([^:\s]+)\s*:\s*(.+)$/.exec(line);
    if (!match) {
      errors.push(`objectives line ${n} is malformed: "${line}" (expected "flag: text")`);
      continue;
    }
    entries.push({ flag: match[1] ?? '', text: (match[2] ?? '').trim() });
  }
  return { entries, errors };
}

/** startVariants: one a line, `name: items` (items as in a dialogue's `sets`). */
export function parseStartVariants(text: string): { entries: StartVariant[]; errors: string[] } {
  const entries: StartVariant[] = [];
  const errors: string[] = [];
  for (const { n, line } of lines(text)) {
    const match = /^([a-z0-9-]+)\s*:\s*(.+)$/.exec(line);
    if (!match) {
      errors.push(`startVariants line ${n} is malformed: "${line}" (expected "name: flag, flag")`);
      continue;
    }
    entries.push({
      name: match[1] ?? '',
      sets: (match[2] ?? '')
        .split(',')
        .map((x) => x.trim())
        .filter((x) => x !== ''),
    });
  }
  return { entries, errors };
}

/** Lines 'SPEAKER: words'; a line without a colon is narration (speaker ''). */
export function parseDialogueText(text: string): { lines: DialogueLine[]; errors: string[] } {
  const out: DialogueLine[] = [];
  const errors: string[] = [];
  const all = lines(text);
  if (all.length === 0) errors.push('text is empty: write lines of "SPEAKER: words" (no colon = narration)');
  for (const { n, line } of all) {
    const colon = line.indexOf(':');
    if (colon < 0) {
      out.push({ speaker: '', text: line });
      continue;
    }
    const speaker = line.slice(0, colon).trim();
    const words = line.slice(colon + 1).trim();
    if (speaker === '' || words === '') {
      errors.push(
        `text line ${n} is malformed: "${line}" (expected "SPEAKER: words", or narration without a colon)`,
      );
      continue;
    }
    out.push({ speaker, text: words });
  }
  return { lines: out, errors };
}

/** Waits: one number for every point, or one per point, comma-separated ticks. */
export function parseWaits(text: string, points: number): Parsed<number[]> {
  const items = text.split(',').map((s) => s.trim());
  if (items.length === 1 && items[0] === '') return { ok: true, value: new Array<number>(points).fill(0) };
  if (items.some((s) => !/^[0-9]+$/.test(s))) {
    return { ok: false, message: `waits "${text}" must be whole numbers of ticks, comma-separated` };
  }
  const values = items.map(Number);
  if (values.length === 1) return { ok: true, value: new Array<number>(points).fill(values[0] ?? 0) };
  if (values.length !== points) {
    return {
      ok: false,
      message: `waits lists ${values.length} values for ${points} points (give one, or one per point)`,
    };
  }
  return { ok: true, value: values };
}

/** 'HH:MM-HH:MM' -> minutes after midnight, `to` after `from` on the same day. */
export function parseWindow(text: string): Parsed<{ from: number; to: number }> {
  const [a = '', b = '', ...rest] = text.split('-');
  const from = parseClock(a);
  const to = parseClock(b);
  if (rest.length > 0 || from === undefined || to === undefined)
    return { ok: false, message: `window "${text}" is not HH:MM-HH:MM (24-hour)` };
  if (to <= from) return { ok: false, message: `window "${text}" ends before it begins` };
  return { ok: true, value: { from, to } };
}
