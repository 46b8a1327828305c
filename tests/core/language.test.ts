import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trainLanguageModel } from '../../scripts/language-training.js';
import { chooseLanguage, languageOfHint, languageOfText } from '../../src/detect-language.js';
import { matchesSaved, savedForm } from '../../src/learn/linear-model.js';
import { modelsDir } from '../../src/paths.js';

describe('the language a message is written in', () => {
  it('is Kazakh when it has a Kazakh-only letter, Russian for other Cyrillic, English for Latin', () => {
    expect(languageOfText('Қазақстанда қанша бала бар?')).toBe('kk');
    expect(languageOfText('Сколько детей в Казахстане?')).toBe('ru');
    expect(languageOfText('How many children live in Kazakhstan?')).toBe('en');
  });

  it('is Kazakh for Kazakh in Latin letters, with accents or with everyday Kazakh words', () => {
    expect(languageOfText('Balalardyń quqyqtary')).toBe('kk');
    expect(languageOfText('kazakstanda kansha bala bar')).toBe('kk');
    // Words English has too ("men", "bar") prove nothing.
    expect(languageOfText('Are there men in the bar?')).toBe('en');
  });

  it('is English for English sentences with a capital I, which is also the capital of Kazakh ı', () => {
    expect(languageOfText("Is there a children's ombudsman in Kazakhstan?")).toBe('en');
    expect(languageOfText('Who can I call if I need help?')).toBe('en');
    expect(languageOfText('In which year was the convention signed?')).toBe('en');
  });

  it('is unknown without letters', () => {
    expect(languageOfText('150 ?!')).toBeUndefined();
  });
});

describe('the language of a reply', () => {
  it('follows an explicit choice first', () => {
    expect(chooseLanguage({ explicit: 'kk', hint: 'ru', text: 'Сколько детей?', fallback: 'en' })).toBe('kk');
  });

  it("follows the platform's hint when the message fits its script", () => {
    expect(chooseLanguage({ hint: 'kk', text: 'Сколько детей?', fallback: 'en' })).toBe('kk');
    expect(chooseLanguage({ hint: 'ru-RU', text: '12?', fallback: 'en' })).toBe('ru');
    expect(chooseLanguage({ hint: 'ru', fallback: 'en' })).toBe('ru');
  });

  it('follows the message when it is written in another script than the hint', () => {
    expect(chooseLanguage({ hint: 'en-US', text: 'Сколько детей в Казахстане?', fallback: 'en' })).toBe('ru');
    expect(chooseLanguage({ hint: 'ru', text: 'How many children?', fallback: 'ru' })).toBe('en');
    expect(chooseLanguage({ hint: 'ru', text: 'Қанша бала бар?', fallback: 'en' })).toBe('kk');
  });

  it('falls back to the configured default', () => {
    expect(chooseLanguage({ hint: 'de', text: '42', fallback: 'ru' })).toBe('ru');
    expect(languageOfHint('en-GB')).toBe('en');
    expect(languageOfHint(undefined)).toBeUndefined();
  });
});

describe('messages in Latin letters', () => {
  it.each([
    ['skolko detey v kazahstane v procentah ot naseleniya', 'ru'],
    ['a pravda chto v shkolu hodyat pochti vse deti', 'ru'],
    ['kazakstanda balalar neshe paiyz', 'kk'],
    ['mektepke barlyq balalar barady ma', 'kk'],
    ['how many kids live in kazakhstan', 'en'],
  ] as const)('%j is answered in %s', (text, lang) => {
    expect(chooseLanguage({ text, hint: 'en', fallback: 'en' })).toBe(lang);
  });
});

describe('the Latin-letter language model', () => {
  it('matches its data: `npm run train` gives the committed bytes', () => {
    const path = join(modelsDir, 'language', 'classifier.json');
    expect(matchesSaved(path, savedForm(trainLanguageModel(modelsDir)))).toBe(true);
  });
});
