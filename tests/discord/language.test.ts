import { afterEach, describe, expect, it } from 'vitest';
import { renderEmbed } from '../../adapters/discord/render.js';
import { messages } from '../../src/i18n/index.js';
import type { Lang } from '../../src/localized.js';
import { StoredChatLanguages } from '../../src/storage/chat-languages.js';
import { memoryStore } from '../helpers.js';
import {
  CALLBACK,
  CHANNEL_ID,
  callbackBody,
  command,
  GUILD_ID,
  type Harness,
  type HarnessOptions,
  messageOf,
  questionOption,
  startHarness,
} from './harness.js';

const RU_QUESTION = 'сколько детей живёт в казахстане';
const KK_QUESTION = 'Қазақстанда қанша бала бар?';
const EN_QUESTION = 'how many children live in kazakhstan';

let h: Harness | undefined;

afterEach(async () => {
  await h?.stop();
  h = undefined;
});

async function started(options: HarnessOptions = {}): Promise<Harness> {
  h = await startHarness(options);
  return h;
}

/** The embed the bot should send for a question: the core's reply in `lang`, rendered as the bot renders it. */
function expectedEmbed(harness: Harness, question: string, lang: Lang) {
  const reply = harness.core.reply(question, lang);
  expect(reply.lang).toBe(lang);
  return JSON.parse(JSON.stringify(renderEmbed(reply)));
}

async function askEmbed(harness: Harness, question: string, locale: string) {
  const { callback } = await command(harness.fake, 'ask', questionOption(question), { locale });
  return messageOf(callback).embeds?.[0];
}

async function autocomplete(harness: Harness, typed: string, locale: string): Promise<string[]> {
  const sent = harness.fake.sendAutocomplete('ask', questionOption(typed), { guildId: GUILD_ID, locale });
  const callback = await harness.fake.waitForRequest('POST', CALLBACK, (r) => r.path.includes(sent.id));
  return (callbackBody(callback).data?.choices ?? []).map((c) => c.name);
}

describe('Discord: the language of an answer', () => {
  it('answers a Russian question from a Russian client in Russian', async () => {
    const harness = await started();
    const embed = await askEmbed(harness, RU_QUESTION, 'ru');
    expect(embed).toEqual(expectedEmbed(harness, RU_QUESTION, 'ru'));
    expect(embed).not.toEqual(expectedEmbed(harness, RU_QUESTION, 'en'));
  });

  it('goes by the question when it is written in another script than the client language', async () => {
    const harness = await started();
    expect(await askEmbed(harness, RU_QUESTION, 'en-US')).toEqual(expectedEmbed(harness, RU_QUESTION, 'ru'));
    expect(await askEmbed(harness, EN_QUESTION, 'ru')).toEqual(expectedEmbed(harness, EN_QUESTION, 'en'));
  });

  it('answers Kazakh in Kazakh, though Discord has no Kazakh locale', async () => {
    const harness = await started();
    expect(await askEmbed(harness, KK_QUESTION, 'ru')).toEqual(expectedEmbed(harness, KK_QUESTION, 'kk'));
  });

  it('labels commands without a question in the client language', async () => {
    const harness = await started();
    const { callback } = await command(harness.fake, 'fact', [], { locale: 'ru' });
    const embed = messageOf(callback).embeds?.[0];
    expect(embed?.title).toBe(messages('ru').factTitle);
    expect(embed?.footer?.text).toMatch(new RegExp(`^${messages('ru').sourceLabel}: `));
  });

  it("puts a channel's stored language first", async () => {
    const languages = new StoredChatLanguages(memoryStore());
    await languages.set('discord', CHANNEL_ID, 'kk');
    const harness = await started({ languages });
    expect(await askEmbed(harness, EN_QUESTION, 'en-US')).toEqual(expectedEmbed(harness, EN_QUESTION, 'kk'));
  });

  it('says "too many questions" in the client language', async () => {
    const harness = await started({ env: { QUESTIONS_PER_MINUTE: '1' } });
    await command(harness.fake, 'about', [], { locale: 'ru' });
    const { callback } = await command(harness.fake, 'about', [], { locale: 'ru' });
    expect(messageOf(callback).content).toBe(messages('ru').tooManyQuestions);
  });
});

describe('Discord autocomplete in the language being typed', () => {
  it('suggests Russian questions for a Russian client, and for Cyrillic typed on an English one', async () => {
    const harness = await started();
    const expected = harness.core.suggestQuestions('школ', 'ru', 25).map((q) => q.slice(0, 100));
    expect(expected.length).toBeGreaterThan(0);
    expect(await autocomplete(harness, 'школ', 'ru')).toEqual(expected);
    expect(await autocomplete(harness, 'школ', 'en-US')).toEqual(expected);
  });

  it('suggests featured questions in the client language before anything is typed', async () => {
    const harness = await started();
    const russian = harness.core.suggestQuestions('', 'ru', 25).map((q) => q.slice(0, 100));
    expect(await autocomplete(harness, '', 'ru')).toEqual(russian);
    expect(russian).not.toEqual(harness.core.suggestQuestions('', 'en', 25).map((q) => q.slice(0, 100)));
  });
});
