import { MessageFlags } from 'discord.js';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { questionChoices } from '../../adapters/discord/autocomplete.js';
import { EMBED_LIMITS, fitText } from '../../adapters/discord/embed-limits.js';
import { interactionLanguage } from '../../adapters/discord/interaction-language.js';
import { replyPayload } from '../../adapters/discord/payloads.js';
import { renderEmbed } from '../../adapters/discord/render.js';
import { parseTimeOfDay } from '../../adapters/discord/time-of-day.js';
import type { Reply } from '../../src/reply.js';
import { coreWithSafetyProbability, shippedCore } from '../helpers.js';

function embedSize(embed: ReturnType<typeof renderEmbed>): number {
  const fields = (embed.fields ?? []).reduce((n, f) => n + [...f.name].length + [...f.value].length, 0);
  return [embed.title, embed.description, embed.footer?.text].reduce(
    (n, t) => n + [...(t ?? '')].length,
    fields,
  );
}

describe('renderEmbed', () => {
  it('keeps a huge reply within every Discord limit', () => {
    const long = 'Every child has the right to be heard *and* to learn. '.repeat(400);
    const reply: Reply = {
      kind: 'world_childrens_day',
      lang: 'en',
      title: 'T'.repeat(400),
      text: `${'T'.repeat(400)}\n\n${long}`,
      sections: Array.from({ length: 40 }, (_, i) => ({
        heading: `Heading ${i} `.repeat(40),
        lines: [long, long],
      })),
    };

    const embed = renderEmbed(reply);

    expect([...(embed.title ?? '')].length).toBeLessThanOrEqual(EMBED_LIMITS.title);
    expect([...(embed.description ?? '')].length).toBeLessThanOrEqual(EMBED_LIMITS.description);
    expect(embed.fields?.length).toBeLessThanOrEqual(EMBED_LIMITS.fields);
    for (const field of embed.fields ?? []) {
      expect([...field.name].length).toBeLessThanOrEqual(EMBED_LIMITS.fieldName);
      expect([...field.value].length).toBeLessThanOrEqual(EMBED_LIMITS.fieldValue);
    }
    expect(embedSize(embed)).toBeLessThanOrEqual(EMBED_LIMITS.total);
    expect(embed.fields?.length).toBeGreaterThan(0);
  });

  it('escapes markdown in text from the core, so it shows as written', () => {
    const embed = renderEmbed({
      kind: 'about',
      lang: 'en',
      text: '**bold** _x_ [link](https://example.org)\n# big',
    });

    expect(embed.description).toBe('\\*\\*bold\\*\\* \\_x\\_ \\[link](https://example.org)\n\\# big');
  });

  it('puts the footnote of a sensitive answer in its own field under the fact', () => {
    const reply = shippedCore().reply('how many children are beaten at home', 'en');
    expect(reply.footnote).toBeDefined();

    const embed = renderEmbed(reply);

    expect(embed.fields?.at(-1)?.value).toBe(reply.footnote);
    expect(embed.footer?.text).toMatch(/^Source: /);
  });
});

describe('fitText', () => {
  it('cuts by characters, never inside an emoji or an escape, and marks the cut', () => {
    expect(fitText('short', 10)).toBe('short');
    expect(fitText('😀😀😀😀😀😀', 7)).toBe('😀😀😀…');
    const escaped = fitText('a*b*c*d*e*f', 6, (t) => t.replace(/\*/g, '\\*'));
    expect(escaped.length).toBeLessThanOrEqual(6);
    expect(escaped).toMatch(/^a\\\*b…$|^a…$/);
  });
});

describe('questionChoices (autocomplete)', () => {
  it('gives at most 25 distinct choices of at most 100 characters', () => {
    const choices = questionChoices(shippedCore(), 'children', 'en');

    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(new Set(choices.map((c) => c.name)).size).toBe(choices.length);
    expect(choices.every((c) => c.name.length <= 100 && c.value.length <= 100 && c.name.length > 0)).toBe(
      true,
    );
  });
});

describe('small parsers', () => {
  it.each([
    ['08:30', '08:30'],
    ['8:30', '08:30'],
    [' 23.59 ', '23:59'],
    ['00:00', '00:00'],
    ['24:00', undefined],
    ['8:5', undefined],
    ['noon', undefined],
  ])('parseTimeOfDay(%j) is %j', (input, expected) => {
    expect(parseTimeOfDay(input)).toBe(expected);
  });
});

describe('interactionLanguage', () => {
  const logger = pino({ level: 'silent' });
  const signals = { channelId: '1', locale: undefined, text: undefined };

  it.each([
    ['ru', undefined, 'ru'],
    ['RU', undefined, 'ru'],
    ['en-US', undefined, 'en'],
    // No Bala language: the deployment's default.
    ['uk', undefined, 'kk'],
    [undefined, undefined, 'kk'],
    // The question's script beats the client language; Kazakh letters mean Kazakh.
    ['en-US', 'сколько детей в казахстане', 'ru'],
    ['ru', 'Қазақстанда қанша бала бар?', 'kk'],
  ] as const)('locale %j, question %j: %j', async (locale, text, lang) => {
    expect(await interactionLanguage({ ...signals, locale, text }, { defaultLanguage: 'kk', logger })).toBe(
      lang,
    );
  });

  it("puts the channel's stored choice first, and gets by without storage when it fails", async () => {
    const languages = {
      get: async (platform: string, chatId: string) =>
        platform === 'discord' && chatId === '1' ? 'kk' : undefined,
      set: async () => {},
    } as const;
    const russian = { ...signals, locale: 'ru', text: 'сколько детей' };
    expect(await interactionLanguage(russian, { languages, defaultLanguage: 'en', logger })).toBe('kk');
    const broken = { get: () => Promise.reject(new Error('disk')), set: () => Promise.resolve() };
    expect(await interactionLanguage(russian, { languages: broken, defaultLanguage: 'en', logger })).toBe(
      'ru',
    );
  });
});

describe('the check-in on Discord', () => {
  const reply = coreWithSafetyProbability(0.5).reply('How many children live in Kazakhstan?', 'en');

  it('is seen only by the person who asked', () => {
    expect(reply.kind).toBe('check_in');
    expect(replyPayload(reply).flags).toBe(MessageFlags.Ephemeral);
  });

  it('shows the question, the helplines and the answer', () => {
    const embed = renderEmbed(reply);
    const shown = JSON.stringify(embed);
    for (const number of ['150', '111']) expect(shown).toContain(number);
    expect(shown).toContain('31.4%');
  });
});
