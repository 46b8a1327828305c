import { describe, expect, it } from 'vitest';
import { TermMatcher } from '../../src/search/term-matcher.js';

const matcher = new TermMatcher(['father', 'children', 'mortality', 'violence']);
const best = (word: string) => matcher.match(word)[0]?.term;

describe('typo correction', () => {
  it('forgives one or two slips in a long word', () => {
    expect(best('chidlren')).toBe('children');
    expect(best('mortaility')).toBe('mortality');
    expect(best('violense')).toBe('violence');
    expect(best('fathr')).toBe('father');
  });

  it('forgives one slip in the first letter', () => {
    expect(best('vhildren')).toBe('children');
  });

  it('does not take a different word with another first letter and a second slip for a typo', () => {
    expect(best('weather')).toBeUndefined();
    expect(best('leather')).toBeUndefined();
  });
});
