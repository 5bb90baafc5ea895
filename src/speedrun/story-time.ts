/**
 * When each level happens in the story: the day of the break and the hour, and the line its opening
 * title says it in. Presentation only: the simulation's clock is each level's own `startTime`, and
 * nothing here touches the game state. Pure (no Phaser), so it is tested in Node.
 */
import { clockText, MINUTES_PER_DAY } from '../state/clock';

/** A level's place in the story's time: day 1 is the morning Joe comes out of the hole. */
export interface StoryTime {
  /** day of the break, from 1 */
  day: number;
  /** prison minute the level starts at (0..1439, after midnight) */
  minute: number;
}

/**
 * The story's days of the campaign's levels, from their start minutes in campaign order. The first
 * level is day 1; a level that starts earlier in the day than the level before it is the next day:
 * the night passed between them (the machine shop starts at 09:50, the yard at 09:40: the yard is the
 * next morning). The start times are the maps'; a level's own clock may run past the next one's start
 * (a prison minute is a second of play), so only the maps' times decide, never how long a run took.
 */
export function storyTimes(startMinutes: readonly number[]): StoryTime[] {
  const out: StoryTime[] = [];
  for (const minute of startMinutes) {
    const before = out[out.length - 1];
    const day = before === undefined ? 1 : minute < before.minute ? before.day + 1 : before.day;
    out.push({ day, minute });
  }
  return out;
}

/** Morning, afternoon or evening, for "Later that ..." and "The next ...". */
function partOfDay(minute: number): 'morning' | 'afternoon' | 'evening' | 'night' {
  const m = ((minute % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  if (m < 4 * 60) return 'night';
  if (m < 12 * 60) return 'morning';
  if (m < 18 * 60) return 'afternoon';
  return 'evening';
}

const COUNT = ['', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven'];

/**
 * The line under a level's title: when it happens, said against the level before it in the story
 * ('' before = the first level, or a map outside the campaign: the place and the hour).
 * e.g. "Westgate Prison, 06:10", "Later that morning, 09:50", "The next morning, 09:40".
 */
export function whenLine(at: StoryTime, before: StoryTime | null): string {
  const hour = clockText(at.minute);
  if (!before) return `Westgate Prison, ${hour}`;
  const part = partOfDay(at.minute);
  const days = at.day - before.day;
  if (days <= 0) return `${part === partOfDay(before.minute) ? 'Later that' : 'That'} ${part}, ${hour}`;
  if (days === 1) return part === 'night' ? `That night, ${hour}` : `The next ${part}, ${hour}`;
  return `${COUNT[days] ?? days} days later, ${hour}`;
}

/**
 * The opening title's line for level `id` starting at `startMinute`, given the campaign's levels in
 * order with their start minutes. A level outside the campaign (a custom map) has no day before it.
 */
export function levelWhen(
  campaign: readonly { id: string; startMinute: number }[],
  id: string,
  startMinute: number,
): string {
  const i = campaign.findIndex((l) => l.id === id);
  const times = storyTimes(campaign.map((l) => l.startMinute));
  const at = times[i];
  return at ? whenLine(at, times[i - 1] ?? null) : whenLine({ day: 1, minute: startMinute }, null);
}
