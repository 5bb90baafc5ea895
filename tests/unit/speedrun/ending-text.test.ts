import { describe, expect, it } from 'vitest';
import { captionTime, endingCards, manName, summaryLines } from '../../../src/speedrun/ending-text';
import { GameState } from '../../../src/state/game-state';

describe('the campaign summary', () => {
  it('names the time, the verdict, the heat and the informer, unmasked', () => {
    const s = GameState.create({ seed: 1947 });
    s.setFlag('alibi-shaky');
    s.setFlag('informer-unmasked');
    s.raise('seen-restricted', 12);
    expect(summaryLines(s, 1957, 'dawn')).toEqual([
      'Time 0:32.616',
      'The alibi: shaky',
      'Heat 12 / 100',
      `The informer: ${manName(s.informer)}, unmasked`,
      'Beyond the source: first light',
    ]);
  });

  it('an informer never named, an alibi never judged', () => {
    const s = GameState.create({ seed: 1947 });
    expect(summaryLines(s, 60, 'source').slice(1)).toEqual([
      'The alibi: never judged',
      'Heat 0 / 100',
      `The informer: ${manName(s.informer)}, never named`,
      "The source's ending: the bridge, not the road",
    ]);
  });

  it("the men of R17 by name; dawn ends at Ruth's hospital", () => {
    expect(['soldier', 'spencer', 'lister', 'coy', 'louie'].map(manName)).toEqual([
      'Soldier',
      'Spencer',
      'Tom Lister',
      'Kid Coy',
      'Louie',
    ]);
    expect(endingCards('dawn', 362).at(-1)?.head).toBe('ST. AGNES HOSPITAL');
    expect(endingCards('source', 362).at(-1)?.lines[0]).toBe(
      'The way out is open, and Joe does not take it.',
    );
  });

  it('the first card tells the prison time the bridge came down, as a caption writes it', () => {
    expect(endingCards('dawn', 362)[0]?.head).toBe('THE TOWER, 6:02 A.M.');
    expect(endingCards('source', 330)[0]?.head).toBe('THE TOWER, 5:30 A.M.');
    expect([0, 59, 720, 779, 1439].map(captionTime)).toEqual([
      '12:00 A.M.',
      '12:59 A.M.',
      '12:00 P.M.',
      '12:59 P.M.',
      '11:59 P.M.',
    ]);
    // only the first card has a time; the rest are as written
    expect(
      endingCards('dawn', 362)
        .slice(1)
        .map((c) => c.head),
    ).toEqual(['', '', 'ST. AGNES HOSPITAL']);
  });
});
