import { describe, expect, it } from 'vitest';
import { renderEmbed } from '../../adapters/discord/render.js';
import { BalaCore } from '../../src/core.js';
import { DailyFacts } from '../../src/daily.js';
import { ArticleLookup } from '../../src/intent/article-lookup.js';
import { conventionCorpusDir, loadConventionQuestions } from '../../src/intent/convention-corpus.js';
import { intentCorpusDir, loadQuestions } from '../../src/intent/corpus.js';
import { findProblems } from '../../src/knowledge/check.js';
import { articleFacts, articlesSpokenFor, conventionOf } from '../../src/knowledge/convention.js';
import type { Fact, KnowledgeBase } from '../../src/knowledge/schema.js';
import { SPLITS } from '../../src/learn/corpus-files.js';
import { LANGS } from '../../src/localized.js';
import { modelsDir } from '../../src/paths.js';
import type { Reply } from '../../src/reply.js';
import { copiedFromNeverRead, expectAuthorsApart, shippedCore, shippedKnowledge } from '../helpers.js';

const core = shippedCore();
const knowledge = shippedKnowledge();

/** The shipped base with some facts changed, for the checks that must catch a curator's mistake. */
function withFacts(change: (facts: Fact[]) => Fact[]): KnowledgeBase {
  return { ...knowledge, facts: change(structuredClone(knowledge.facts)) };
}

describe('the Convention in the fact base', () => {
  it('has a fact for each of its 54 articles, in every language', () => {
    const convention = conventionOf(knowledge);
    expect(convention?.articles).toBe(54);
    const byArticle = articleFacts(knowledge);
    expect([...byArticle.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 54 }, (_, i) => i + 1));
    for (const fact of byArticle.values())
      for (const lang of LANGS) expect(fact.answer[lang], `${fact.id} ${lang}`).toBeTruthy();
  });

  it('is checked: a missing article, an article beyond 54 and a cited article that does not exist', () => {
    const without12 = withFacts((facts) => facts.filter((f) => f.id !== articleFacts(knowledge).get(12)?.id));
    expect(findProblems(without12)).toContain('source un-crc: no fact covers article(s) 12');

    const beyond = withFacts((facts) =>
      facts.map((f) => (f.id === 'crc-54-languages' ? { ...f, source: { ...f.source, article: 55 } } : f)),
    );
    expect(findProblems(beyond)).toContain('fact crc-54-languages: un-crc has no article 55');

    const citesNothing = withFacts((facts) =>
      facts.map((f) =>
        f.id === 'crc-16-privacy'
          ? { ...f, detail: { ...f.detail, en: 'See also Article 60 and Article 5.' } as Fact['detail'] }
          : f,
      ),
    );
    expect(findProblems(citesNothing)).toContain('fact crc-16-privacy: the Convention has no article 60');
  });

  it('asks a law for the address it was read at and the day it was checked', () => {
    const unchecked: KnowledgeBase = {
      ...knowledge,
      sources: knowledge.sources.map((s) => (s.kind === 'law' ? { ...s, checked: undefined } : s)),
    };
    const laws = knowledge.sources.filter((s) => s.kind === 'law');
    expect(laws.length).toBeGreaterThan(0);
    expect(findProblems(unchecked).filter((p) => p.includes('a law needs'))).toHaveLength(laws.length);
  });

  it('names the article under the answer, in each language', () => {
    const where = (text: string, lang: 'en' | 'ru' | 'kk') => core.reply(text, lang).fact?.source;
    expect(where('what does article 16 say?', 'en')).toMatchObject({
      title: 'Convention on the Rights of the Child',
      location: 'Article 16',
    });
    expect(where('о чём статья 16?', 'ru')?.location).toBe('статья 16');
    expect(where('16-бап не туралы?', 'kk')?.location).toBe('16-бап');
  });
});

describe('a question that names an article', () => {
  const lookup = new ArticleLookup(knowledge);
  const article = (text: string) => {
    const found = lookup.find(text);
    return found?.kind === 'fact' ? found.article : found?.kind;
  };

  it.each([
    ['what does article 12 say', 12],
    ['Art. 31 please', 31],
    ['12th article of the CRC', 12],
    ['статья 19 про что', 19],
    ['о чём 28-я статья конвенции', 28],
    ["stat'ya 16", 16],
    ['Конвенцияның 12-бабы не дейді', 12],
    ['3 bap ne turaly', 3],
  ])('%s → article %s', (text, expected) => {
    expect(article(text)).toBe(expected);
  });

  it('leaves other documents and plain numbers to the fact matcher', () => {
    expect(lookup.find('what does article 31 of the Labour Code say')).toBeUndefined();
    expect(lookup.find('Трудовой кодекс статья 31')).toBeUndefined();
    expect(lookup.find('I am 12 and my sister is 16')).toBeUndefined();
  });

  it('says how many articles there are when one beyond them is asked for', () => {
    expect(article('what does article 60 say')).toBe('beyond');
    const reply = core.reply('what does article 60 say', 'en');
    expect(reply.kind).toBe('no_match');
    expect(reply.text).toContain('has 54 articles');
    expect(reply.text).toContain('150');
    expect(core.reply('что говорит статья 99?', 'ru').text).toContain('54 статьи');
  });

  it('still reads the message for safety first', () => {
    expect(core.reply('article 19: my dad beats me every night and I am scared to go home', 'en').kind).toBe(
      'safeguarding',
    );
  });
});

describe('everyday questions about rights', () => {
  it.each([
    ['Can my parents read my messages?', 'en', 'Article 5'],
    ['можно ли родителям забирать мой телефон?', 'ru', 'стать'],
    ['ата-анам телефонымды ала ала ма?', 'kk', '5-бап'],
  ] as const)('%s: privacy, and what the Convention leaves to parents', (question, lang, otherArticle) => {
    const reply = core.reply(question, lang);
    expect(reply.fact?.id).toBe('crc-16-privacy');
    expect(reply.fact?.detail).toContain(otherArticle);
  });

  it('adds the helpline line to answers about harm', () => {
    const reply = core.reply('what does article 34 say?', 'en');
    expect(reply.kind).toBe('answer');
    expect(reply.footnote).toContain('150');
    expect(core.reply('what does article 31 say?', 'en').footnote).toBeUndefined();
  });

  it('cites the national law and its article where a law is the answer', () => {
    const reply = core.reply('at what age can I get a job in Kazakhstan?', 'en');
    expect(reply.fact?.id).toBe('kz-working-age');
    expect(reply.fact?.source).toMatchObject({
      title: 'Labour Code of the Republic of Kazakhstan',
      location: 'Article 31',
    });
  });
});

describe('both sources in posts and /about', () => {
  it('/about names every source the facts come from, in each language', () => {
    for (const lang of LANGS) {
      const text = core.about(lang).text;
      for (const source of knowledge.sources.filter((s) => s.kind !== 'project-notes'))
        expect(text, `${lang}: ${source.id}`).toContain(source.title[lang]);
    }
  });

  it('daily facts walk both sources', () => {
    const daily = new DailyFacts(knowledge);
    const ids = new Set<string>();
    for (let day = 1; day <= 28; day++)
      ids.add(daily.factFor('telegram:42', `2026-02-${String(day).padStart(2, '0')}`).source.document);
    expect(ids).toContain('un-crc');
    expect(ids).toContain('unicef-kz-article');
  });

  it("quotes the Convention on World Children's Day, whole on every platform", () => {
    const post = new BalaCore(knowledge).worldChildrensDay('ru');
    const section = post.sections?.at(-1);
    expect(section?.heading).toBe('Что тебе обещает Конвенция');
    expect(section?.lines).toHaveLength(3);
    for (const lang of LANGS) {
      const embed = renderEmbed(core.worldChildrensDay(lang));
      const field = embed.fields?.find((f) => f.name.includes(lang === 'en' ? 'Convention' : 'онвенци'));
      expect(field?.value.split('\n'), lang).toHaveLength(3);
    }
  });
});

describe('the Convention questions (models/intent/convention)', () => {
  const dir = conventionCorpusDir(modelsDir);
  const phrasings = knowledge.facts
    .flatMap((f) => LANGS.flatMap((l) => f.questions[l] ?? []))
    .map((text) => ({ text }));

  it('keeps every author in one split, with at least two never-read authors', () => {
    expectAuthorsApart((split) => loadConventionQuestions(dir, [split]).map((q) => q.author));
  });

  it('has no never-read question in the data the matcher learns or is tuned on, or in the facts', () => {
    const seen = [
      ...loadConventionQuestions(dir, ['train', 'dev']),
      ...loadQuestions(intentCorpusDir(modelsDir), ['train', 'dev']),
      ...phrasings,
    ];
    expect(copiedFromNeverRead(seen, loadConventionQuestions(dir, ['never-read']))).toBe(0);
  });

  it('names only articles the Convention has', () => {
    const all = loadConventionQuestions(dir, SPLITS);
    expect(all.flatMap((q) => q.articles).filter((n) => n > 54)).toEqual([]);
  });
});

// The dev figures the thresholds were chosen on; never-read is only ever printed by `npm run bench`.
describe.each(LANGS)('Convention questions on the dev split (%s)', (lang) => {
  const speaksFor = articlesSpokenFor(knowledge);
  const dev = loadConventionQuestions(conventionCorpusDir(modelsDir), ['dev']).filter((q) => q.lang === lang);
  const replies = dev.map((q) => ({ q, reply: core.reply(q.text, lang) }));
  const questions = replies.filter(({ q }) => q.kind !== 'out_of_scope');
  const articlesOf = (reply: Reply) => {
    const fact = knowledge.facts.find((f) => f.id === reply.fact?.id);
    return fact ? speaksFor(fact) : undefined;
  };

  it('answers at least 90% with a fact of an article the author named, and at most 1% with another', () => {
    const answered = questions.map(({ q, reply }) => ({ q, got: articlesOf(reply) }));
    const right = answered.filter(({ q, got }) => got?.some((n) => q.articles.includes(n))).length;
    const wrong = answered.filter(({ q, got }) => got && !got.some((n) => q.articles.includes(n))).length;
    expect(right / questions.length).toBeGreaterThanOrEqual(0.9);
    expect(wrong / questions.length).toBeLessThanOrEqual(0.01);
  });

  it('answers no more than 3% of the messages no article answers', () => {
    const outOfScope = replies.filter(({ q }) => q.kind === 'out_of_scope');
    expect(outOfScope.filter(({ reply }) => reply.fact).length / outOfScope.length).toBeLessThanOrEqual(0.03);
  });
});
