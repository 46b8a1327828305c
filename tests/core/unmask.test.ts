import { describe, expect, it } from 'vitest';
import { skeleton } from '../../src/learn/skeleton.js';
import { unmask } from '../../src/text/unmask.js';

describe('unmask', () => {
  it.each([
    ['my dad h\u200Bits me', 'my dad hits me'],
    ['I want to d\u200Bie', 'i want to die'],
    ['i want to d\u00ADie', 'i want to die'],
    ['h\u2060i\uFEFFt\u200Ds', 'hits'],
    ['папа меня б\u200Bьёт', 'папа меня бьёт'],
    ['әкем мені ұ\u200Bрады', 'әкем мені ұрады'],
  ])('takes out invisible characters without splitting the word: %j', (input, expected) => {
    expect(unmask(input)).toBe(expected);
  });

  it('drops combining marks stacked on letters', () => {
    expect(unmask('h\u0336i\u0301\u0301t\u0308s')).toBe('hits');
  });

  it('reads fullwidth and styled letters as plain ones', () => {
    expect(unmask('ｍｙ ｄａｄ ｈｉｔｓ ｍｅ')).toBe('my dad hits me');
    expect(unmask('𝐡𝐢𝐭𝐬')).toBe('hits');
  });

  it('reads digits as letters only right after a letter', () => {
    expect(unmask('i want to k1ll mys3lf')).toBe('i want to kill myself');
    expect(unmask('31.4% of 6-9 year olds, 2050, 12yo, 5th')).toBe('31.4% of 6-9 year olds, 2050, 12yo, 5th');
  });

  it('reads look-alike letters in the script most of the word is written in', () => {
    // Latin a, e, o inside Russian words; a Cyrillic о and а inside an English word.
    expect(unmask('пaпa мeня бьёт')).toBe('папа меня бьёт');
    expect(unmask('bе\u0430ts')).toBe('beats');
  });

  it('never lets one character grow into a phrase', () => {
    const out = unmask('\uFDFA'.repeat(100));
    expect(out.length).toBeLessThanOrEqual(400);
    expect(out.trim()).toBe('');
  });
});

describe('skeleton', () => {
  it('spells Russian in Cyrillic and in translit alike', () => {
    expect(skeleton('меня бьют')).toBe(skeleton('menya bjut'));
    expect(skeleton('не хочу больше жить')).toBe(skeleton('ne hochu bolshe jit'));
  });

  it('spells Kazakh with and without its letters, and in Latin letters, alike', () => {
    expect(skeleton('мені ұрады')).toBe(skeleton('мени урады'));
    expect(skeleton('мені ұрады')).toBe(skeleton('meni urady'));
  });
});
