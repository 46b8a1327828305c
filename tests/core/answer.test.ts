import { describe, expect, it } from 'vitest';
import { shippedCore } from '../helpers.js';

const core = shippedCore();

describe('reply kinds', () => {
  it('answers with the fact, its source and a score', () => {
    const reply = core.reply('How many children live in Kazakhstan?');
    expect(reply.kind).toBe('answer');
    expect(reply.fact?.id).toBe('children-share-of-population');
    expect(reply.text).toContain('31.4%');
    expect(reply.fact?.source.title).toBe('Change for every child in Kazakhstan');
    expect(reply.fact?.source.location).toBe('paragraph 5');
    expect(reply.score).toBeGreaterThan(0.45);
  });

  it('says it does not know, with at most three suggestions, for an unrelated question', () => {
    const reply = core.reply('how do I repair a washing machine');
    expect(reply.kind).toBe('no_match');
    expect(reply.text).toMatch(/don't know/);
    expect(reply.suggestions?.length).toBeGreaterThan(0);
    expect(reply.suggestions?.length).toBeLessThanOrEqual(3);
  });

  it('suggests facts close to a question it cannot answer', () => {
    const reply = core.reply(
      'what is the population of children in Kazakhstan compared to the rest of Asia and Europe',
    );
    const suggestions = reply.kind === 'no_match' ? reply.suggestions : [reply.fact?.id];
    expect(suggestions?.join(' ')).toMatch(/children|population/i);
  });

  it('does not answer from everyday words alone', () => {
    expect(core.reply('children').kind).toBe('no_match');
    expect(core.reply('Kazakhstan').kind).toBe('no_match');
  });

  it('greets and helps', () => {
    expect(core.reply('hello').kind).toBe('greeting');
    expect(core.reply('Hi!').kind).toBe('greeting');
    expect(core.reply('help').kind).toBe('help');
  });

  it('introduces itself when asked about itself, in every language, instead of answering a fact', () => {
    const asked = [
      ['How old are you?', 'en'],
      ['hey Bala, are you a robot?', 'en'],
      ['do you like cats', 'en'],
      ['Сколько тебе лет?', 'ru'],
      ['Кто тебя создал?', 'ru'],
      ['Сен кімсің?', 'kk'],
      ['Жасың нешеде?', 'kk'],
    ] as const;
    for (const [question, lang] of asked) {
      const reply = core.reply(question, lang);
      expect(reply.kind, question).toBe('greeting');
      expect(reply.text, question).toMatch(/Bala|Бала/);
    }
  });

  it('still answers questions that only address the bot politely', () => {
    expect(core.reply('do you have the helpline number?').fact?.id).toBe('where-to-get-help');
    expect(core.reply('where does your data come from?').kind).toBe('answer');
  });

  it('adds a helpline footnote to a statistic about violence', () => {
    const reply = core.reply('how common is violence against children?');
    expect(reply.kind).toBe('answer');
    expect(reply.fact?.id).toBe('violence-at-home');
    expect(reply.footnote).toMatch(/150/);
    expect(reply.text).toContain(reply.footnote);
  });

  it('gives no footnote on an ordinary question', () => {
    expect(core.reply('average years of schooling').footnote).toBeUndefined();
  });

  it('puts the helplines first in a safeguarding reply', () => {
    const reply = core.reply('my dad hits me');
    expect(reply.kind).toBe('safeguarding');
    expect(reply.helplines?.map((h) => h.number)).toEqual(['150', '111', '112']);
    const lines = reply.text.split('\n');
    expect(lines[1]).toMatch(/^150/);
    expect(reply.text).toMatch(/112/);
  });
});

describe('bad input always gets a clear reply', () => {
  const cases: [string, string][] = [
    ['empty', ''],
    ['only spaces', '     \t  '],
    ['emoji only', '😀😀🎉'],
    ['control characters', '\u0000\u0001\u0002\u001b[31m'],
    ['RTL marks only', '\u200f\u202e\u200e'],
  ];
  for (const [name, text] of cases) {
    it(`${name} asks for a question in words`, () => {
      const reply = core.reply(text);
      expect(reply.kind).toBe('invalid_input');
      expect(reply.text).toMatch(/question/);
    });
  }

  it('10,000 characters get a polite "too long"', () => {
    const reply = core.reply('why '.repeat(2500));
    expect(reply.kind).toBe('invalid_input');
    expect(reply.text).toMatch(/long/);
  });

  it('a disclosure hidden in a very long message still gets the helplines', () => {
    const reply = core.reply(`${'blah '.repeat(2000)} my dad hits me`);
    expect(reply.kind).toBe('safeguarding');
  });

  it('HTML and markdown around a question are ignored, never echoed', () => {
    const html = core.reply('<b>how many children</b> <script>alert(1)</script> live in kazakhstan');
    expect(html.kind).toBe('answer');
    expect(html.text).not.toMatch(/<|script/);
    const markdown = core.reply('**how many kids** _live_ in `kazakhstan`?');
    expect(markdown.fact?.id).toBe('children-share-of-population');
  });

  it('control characters and RTL marks inside a question do not break it', () => {
    const reply = core.reply('how\u0000 many\u200f children\u202e live in kazakhstan');
    expect(reply.fact?.id).toBe('children-share-of-population');
  });

  it('mentions and other scripts get a reply, not an error', () => {
    expect(core.reply('@everyone @here <@123> hi').kind).not.toBe('answer');
    expect(['no_match', 'answer']).toContain(core.reply('日本語の質問です').kind);
    expect(['no_match', 'answer']).toContain(core.reply('مرحبا كيف حالك').kind);
  });
});

describe('other replies', () => {
  it('lists the helplines with their confirmation date', () => {
    const reply = core.helplines('en');
    expect(reply.helplines?.map((h) => h.number)).toEqual(['150', '111', '112']);
    expect(reply.helplines?.every((h) => /^\d{4}-\d{2}-\d{2}$/.test(h.confirmedOn))).toBe(true);
  });

  it('gives a random fact, and another one that differs', () => {
    const first = core.randomFact('en', () => 0);
    const second = core.randomFact('en', () => 0, first.fact?.id);
    expect(first.kind).toBe('fact');
    expect(second.fact?.id).not.toBe(first.fact?.id);
  });

  it('searches facts for inline mode and suggests questions for autocomplete', () => {
    expect(core.searchFacts('', 'en', 10).length).toBeGreaterThan(0);
    expect(core.searchFacts('obesity', 'en', 10)[0]?.id).toBe('overweight-children');
    const suggestions = core.suggestQuestions('how many', 'en', 25);
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeLessThanOrEqual(25);
    const matching = suggestions.filter((s) => /how many/i.test(s));
    expect(matching.length).toBeGreaterThan(3);
    expect(suggestions.slice(0, matching.length)).toEqual(matching);
  });
});

describe('English questions that start with a capital I', () => {
  it('are read and answered as English', () => {
    const reply = core.reply("Is there a children's ombudsman in Kazakhstan?");
    expect(reply.kind).toBe('answer');
    expect(reply.fact?.id).toBe('ombudsperson-for-children');
    expect(reply.lang).toBe('en');
  });
});
