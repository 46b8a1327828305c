import { describe, expect, it } from 'vitest';
import { commandMenu } from '../../adapters/telegram/command-menu.js';
import { loadQuestionSet } from '../../bench/question-set.js';
import { en } from '../../src/i18n/en.js';
import { type Messages, messages } from '../../src/i18n/index.js';
import { LANGS } from '../../src/localized.js';
import { questionSetFacts, shippedKnowledge } from '../helpers.js';

type Key = keyof Messages;
const KEYS = Object.keys(en) as Key[];
const TRANSLATED = LANGS.filter((lang) => lang !== 'en');

const all = (pattern: RegExp, text: string): string[] => [...text.matchAll(pattern)].map((m) => m[0]).sort();
const placeholders = (text: string) => all(/\{\w+\}/g, text);
const commands = (text: string) => all(/\/[a-z]+\b/g, text);
const numbers = (text: string) => all(/\d+/g, text);

/**
 * What may stay in Latin letters inside a Russian or Kazakh message: slots, commands, hashtags, links, the
 * bot's name. Everything else in Latin letters is English that was left untranslated.
 */
const ALLOWED_LATIN = [/\{\w+\}/g, /\/[a-z]+\b/g, /#\w+/g, /https?:\/\/\S+/g, /\bBala\b/g];
function latinLeftovers(text: string): string[] {
  const rest = ALLOWED_LATIN.reduce((t, pattern) => t.replace(pattern, ' '), text);
  return rest.match(/[A-Za-z]+/g) ?? [];
}

// Letters Kazakh has and Russian does not.
const KAZAKH_ONLY = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;
const CYRILLIC = /[а-яёА-ЯЁ]/;

const SAFEGUARDING: Key[] = [
  'safeguardingIntro',
  'safeguardingSelfHarm',
  'safeguardingDanger',
  'safeguardingTrusted',
  'safeguardingGroup',
  'footnote',
];

describe('message catalogues', () => {
  it.each(LANGS)('%s has every English key, each with text, and nothing else', (lang) => {
    const m = messages(lang);
    expect(Object.keys(m).sort()).toEqual([...KEYS].sort());
    const empty = KEYS.filter((key) => m[key].trim() === '');
    expect(empty).toEqual([]);
  });

  it.each(TRANSLATED)('%s keeps the {placeholders} of every English message', (lang) => {
    const m = messages(lang);
    const differing = KEYS.filter((key) => placeholders(m[key]).join() !== placeholders(en[key]).join());
    expect(differing).toEqual([]);
  });

  it.each(TRANSLATED)(
    '%s keeps the commands and numbers (phones, times) of every English message',
    (lang) => {
      const m = messages(lang);
      for (const key of KEYS) {
        expect(commands(m[key]), key).toEqual(commands(en[key]));
        expect(numbers(m[key]), key).toEqual(numbers(en[key]));
      }
    },
  );

  it.each(TRANSLATED)('%s has no English left in it', (lang) => {
    const m = messages(lang);
    const leftovers = Object.fromEntries(
      KEYS.map((key) => [key, latinLeftovers(m[key])] as const).filter(([, words]) => words.length > 0),
    );
    expect(leftovers).toEqual({});
    const notCyrillic = KEYS.filter((key) => !CYRILLIC.test(m[key]));
    expect(notCyrillic).toEqual([]);
  });

  it('has Russian in ru and Kazakh in kk, not the other way round', () => {
    const ru = messages('ru');
    expect(KEYS.filter((key) => KAZAKH_ONLY.test(ru[key]))).toEqual([]);
    // A short word can be spelt alike in both languages; a sentence in Kazakh always has a Kazakh letter.
    const kk = messages('kk');
    const kkSentences = KEYS.filter((key) => kk[key].split(/\s+/).length >= 4);
    expect(kkSentences.length).toBeGreaterThan(KEYS.length / 2);
    expect(kkSentences.filter((key) => !KAZAKH_ONLY.test(kk[key]))).toEqual([]);
  });

  it.each(LANGS)('%s safeguarding messages name 150 and 112 as English does', (lang) => {
    const m = messages(lang);
    const phones = (text: string) => all(/\b1(?:50|11|12)\b/g, text);
    for (const key of SAFEGUARDING) expect(phones(m[key]), key).toEqual(phones(en[key]));
    const said = SAFEGUARDING.map((key) => m[key]).join('\n');
    expect(said).toMatch(/\b150\b/);
    expect(said).toMatch(/\b112\b/);
  });

  it.each(LANGS)('%s Telegram command menu descriptions are short', (lang) => {
    for (const { command, description } of commandMenu(messages(lang))) {
      expect(description.length, command).toBeGreaterThan(0);
      expect(description.length, command).toBeLessThanOrEqual(60);
    }
  });

  it('each language names itself for the language buttons, and every language by name', () => {
    expect(LANGS.map((lang) => messages(lang).languageNative)).toEqual(['English', 'Русский', 'Қазақша']);
    for (const lang of LANGS) {
      const m = messages(lang);
      const names = [m.languageNameEn, m.languageNameRu, m.languageNameKk];
      expect(new Set(names).size, lang).toBe(3);
    }
  });
});

describe('Russian and Kazakh question sets (tests/questions)', () => {
  // Loaded inside the tests, so a fact base being edited cannot hide the catalogue checks above.
  const facts = () => shippedKnowledge().facts;
  const folded = (q: string) =>
    q
      .toLowerCase()
      .replace(/ё/g, 'е')
      .replace(/[^\p{L}\p{N}#]+/gu, ' ')
      .trim();

  describe.each(['ru', 'kk'] as const)('%s', (lang) => {
    const set = loadQuestionSet(lang);
    const expected = [...set.answer, ...set.about_violence];
    const all = [...expected.map((e) => e.q), ...set.unrelated, ...set.distress];

    it('has at least 150 questions, none repeated', () => {
      expect(all.length).toBeGreaterThanOrEqual(150);
      const seen = new Set<string>();
      const repeated = all.filter((q) => seen.size === seen.add(folded(q)).size);
      expect(repeated).toEqual([]);
    });

    it('asks about every fact at least three ways, and names only facts that exist', () => {
      const ids = new Set(facts().map((f) => f.id));
      expect(expected.map((e) => e.fact).filter((id) => !ids.has(id))).toEqual([]);
      const thin = questionSetFacts(shippedKnowledge())
        .map((f) => f.id)
        .filter((id) => set.answer.filter((e) => e.fact === id).length < 3);
      expect(thin).toEqual([]);
    });

    it('has the unrelated, distress and about-violence groups the targets are measured on', () => {
      expect(set.unrelated.length).toBeGreaterThanOrEqual(30);
      expect(set.distress.length).toBeGreaterThanOrEqual(25);
      expect(set.about_violence.length).toBeGreaterThanOrEqual(8);
    });

    it("does not reuse the fact base's own phrasings, so it measures search rather than recall", () => {
      const indexed = new Set(
        facts()
          .flatMap((f) => f.questions[lang] ?? [])
          .map(folded),
      );
      expect(all.filter((q) => indexed.has(folded(q)))).toEqual([]);
    });
  });

  it('types Kazakh the ways people do: with and without Kazakh letters, and in Latin script', () => {
    const questions = ((set) => [...set.answer.map((e) => e.q), ...set.distress])(loadQuestionSet('kk'));
    const cyrillic = questions.filter((q) => CYRILLIC.test(q));
    const latin = questions.filter((q) => !CYRILLIC.test(q) && /[a-z]/i.test(q));
    expect(cyrillic.filter((q) => KAZAKH_ONLY.test(q)).length).toBeGreaterThanOrEqual(50);
    expect(cyrillic.filter((q) => !KAZAKH_ONLY.test(q)).length).toBeGreaterThanOrEqual(15);
    expect(latin.filter((q) => /[áǵıńóúý]/.test(q)).length).toBeGreaterThanOrEqual(15);
  });
});
