import { describe, expect, it } from 'vitest';
import { readRepoFile } from '../../../src/cli/node-files';
import { loadMap } from '../../../src/maps';
import { LEVELS } from '../../../src/speedrun/levels';
import { levelWhen, storyTimes, whenLine } from '../../../src/speedrun/story-time';

const at = (h: number, m = 0) => h * 60 + m;

describe("the story's days", () => {
  it('a level that starts earlier in the day than the one before is the next day', () => {
    expect(storyTimes([at(6, 10), at(9, 50), at(9, 40), at(5, 30)])).toEqual([
      { day: 1, minute: at(6, 10) },
      { day: 1, minute: at(9, 50) },
      { day: 2, minute: at(9, 40) },
      { day: 3, minute: at(5, 30) },
    ]);
    // the same minute is the same day: only an earlier start means a night passed
    expect(storyTimes([at(9), at(9)]).map((t) => t.day)).toEqual([1, 1]);
    expect(storyTimes([])).toEqual([]);
  });

  it('says when, against the level before', () => {
    expect(whenLine({ day: 1, minute: at(6, 10) }, null)).toBe('Westgate Prison, 06:10');
    const shop = { day: 1, minute: at(9, 50) };
    expect(whenLine(shop, { day: 1, minute: at(6, 10) })).toBe('Later that morning, 09:50');
    expect(whenLine({ day: 1, minute: at(14, 5) }, shop)).toBe('That afternoon, 14:05');
    expect(whenLine({ day: 1, minute: at(21) }, shop)).toBe('That evening, 21:00');
    expect(whenLine({ day: 2, minute: at(9, 40) }, shop)).toBe('The next morning, 09:40');
    expect(whenLine({ day: 2, minute: at(5, 30) }, shop)).toBe('The next morning, 05:30');
    expect(whenLine({ day: 2, minute: at(13) }, shop)).toBe('The next afternoon, 13:00');
    expect(whenLine({ day: 2, minute: at(1) }, { day: 1, minute: at(21) })).toBe('That night, 01:00');
    expect(whenLine({ day: 4, minute: at(7) }, shop)).toBe('Three days later, 07:00');
  });
});

describe("the levels' opening titles, from the maps' start times", () => {
  it('the yard is the next morning after the machine shop, and the tower the morning after that', async () => {
    const campaign: { id: string; startMinute: number }[] = [];
    for (const l of LEVELS) {
      const loaded = await loadMap(l.file, readRepoFile);
      if (!loaded.ok) throw new Error(`${l.file} does not load`);
      campaign.push({ id: l.id, startMinute: loaded.map.level.startMinute });
    }
    expect(campaign.map((l) => [l.id, levelWhen(campaign, l.id, l.startMinute)])).toEqual([
      ['cell', 'Westgate Prison, 06:10'],
      ['machine-shop', 'Later that morning, 09:50'],
      ['yard', 'The next morning, 09:40'],
      ['guard-tower', 'The next morning, 05:30'],
    ]);
    // a map outside the campaign (dropped, or ?map=) has no level before it: the place and the hour
    expect(levelWhen(campaign, 'custom-0123abcd', at(9, 40))).toBe('Westgate Prison, 09:40');
  });
});
