import { describe, expect, it } from 'vitest';
import { kazakhKey, russianKey } from '../../src/safety/fold.js';
import { ruleWords } from '../../src/safety/rule-engine.js';

const keys = (text: string, key: (token: string) => string) => ruleWords(text).map(key);

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
});
