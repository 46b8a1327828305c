import { describe, expect, it } from 'vitest';
import { kazakhKey, russianKey, russianLooseKey, safetyTokens } from '../../src/safety/fold.js';
import { nearlyEqual } from '../../src/safety/vocabulary.js';

const keys = (text: string, key: (token: string) => string) => safetyTokens(text).map(key);

describe('safety spellings', () => {
  it('reads a Kazakh word the same with Kazakh letters, without them, and in Latin script', () => {
    const expected = keys('өлтіргім қашқым ұрады үйден', kazakhKey);
    expect(keys('олтиргим кашкым урады уйден', kazakhKey)).toEqual(expected);
    expect(keys('óltirgim qashqym urady úıden', kazakhKey)).toEqual(expected);
    expect(keys("o'ltirgim qashqym urady uyden", kazakhKey)).toEqual(expected);
  });

  it('reads Russian with ё or е, ъ for ь, a Latin look-alike letter, or in transliteration', () => {
    const expected = keys('меня бьёт', russianKey);
    expect(keys('МЕНЯ БЪЕТ', russianKey)).toEqual(expected);
    expect(keys('мeня бьет', russianKey)).toEqual(expected); // Latin "e" inside a Cyrillic word
    expect(keys('menya', russianKey)).toEqual(keys('меня', russianKey));
  });

  it('gives unstressed-vowel slips the same loose key', () => {
    expect(russianLooseKey(russianKey('избевает'))).toBe(russianLooseKey(russianKey('избивает')));
    expect(russianLooseKey(russianKey('умерет'))).toBe(russianLooseKey(russianKey('умереть')));
    expect(russianLooseKey(russianKey('избивает'))).not.toBe(russianLooseKey(russianKey('избирает')));
  });

  it.each([
    ['избивает', 'избивает', false, true],
    ['избевает', 'избивает', false, true],
    ['избиваает', 'избивает', false, true],
    ['избвает', 'избивает', false, true],
    ['избиавет', 'избивает', false, true],
    ['изьевает', 'избивает', false, false],
    ['изнасиловали', 'изнасил', true, true],
    ['изнаселовали', 'изнасил', true, true],
    ['изнаселавали', 'изнасил', true, true],
    ['избирательный', 'избива', true, true],
    ['избрали', 'избива', true, false],
  ])('"%s" is one typo from "%s" (prefix: %s): %s', (word, term, prefix, expected) => {
    expect(nearlyEqual(word, term, prefix)).toBe(expected);
  });
});
