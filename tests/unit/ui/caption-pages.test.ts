import { describe, expect, it } from 'vitest';
import { captionPages } from '../../../src/ui/caption-pages';

describe('large captions, a page at a time', () => {
  it('wraps at spaces into pages of at most two lines of 30 characters', () => {
    expect(captionPages('TANNOY: Lockdown. All gates shut. Every man down on the ground.', 30, 2)).toEqual([
      'TANNOY: Lockdown. All gates\nshut. Every man down on the',
      'ground.',
    ]);
  });

  it('keeps a short caption whole and cuts a word longer than a line', () => {
    expect(captionPages('Joe files that away.', 30, 2)).toEqual(['Joe files that away.']);
    expect(captionPages('abcdefghij klm', 4, 2)).toEqual(['abcd\nefgh', 'ij\nklm']);
    expect(captionPages('', 30, 2)).toEqual(['']);
  });
});
