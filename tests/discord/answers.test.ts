import { MessageFlags } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/index.js';
import {
  CALLBACK,
  CHANNEL_ID,
  callbackBody,
  command,
  expectNoMentionsAnywhere,
  GUILD_ID,
  type Harness,
  messageOf,
  messageRequests,
  questionOption,
  startHarness,
} from './harness.js';

const en = messages('en');
// 20 November is World Children's Day; the 21st an ordinary day for the daily fact.
const WORLD_CHILDRENS_DAY = new Date('2026-11-20T06:00:00Z');
const ORDINARY_DAY = new Date('2026-11-21T06:00:00Z');

let h: Harness;
let clock = ORDINARY_DAY;

beforeEach(async () => {
  clock = ORDINARY_DAY;
  h = await startHarness({ discord: { now: () => clock } });
});

afterEach(async () => {
  expectNoMentionsAnywhere(h.fake);
  await h.stop();
});

describe('the Discord bot answering slash commands', () => {
  it('logs in through the gateway and reports ready', () => {
    expect(h.bot.name).toBe('discord');
    expect(h.bot.isReady()).toBe(true);
    expect(h.fake.connectedClients).toBe(1);
    expect(h.fake.requestsTo('GET', /\/gateway\/bot$/)).toHaveLength(1);
  });

  it('/ask answers with the fact in an embed: answer as description, source as footer', async () => {
    const question = 'average years of schooling in kazakhstan';
    const expected = h.core.reply(question, 'en');
    expect(expected.kind).toBe('answer');

    const { callback } = await command(h.fake, 'ask', questionOption(question));

    expect(callbackBody(callback).type).toBe(4);
    const embed = messageOf(callback).embeds?.[0];
    expect(embed?.description).toContain(expected.fact?.answer.slice(0, 40));
    expect(embed?.footer?.text).toBe(
      `Source: ${expected.fact?.source.title}, ${expected.fact?.source.location}`,
    );
    expect(embed?.footer?.text).toMatch(/, paragraphs? \d+/);
    expect(messageOf(callback).flags ?? 0).toBe(0);
  });

  it('/ask without a match says so and lists questions that can be asked', async () => {
    const reply = h.core.reply('what is the best pizza for me', 'en');
    expect(reply.kind).toBe('no_match');

    const { callback } = await command(h.fake, 'ask', questionOption('what is the best pizza for me'));

    const embed = messageOf(callback).embeds?.[0];
    expect(embed?.description).toContain("I don't know that yet");
    expect(embed?.fields?.[0]?.name).toBe(en.suggestionsIntro);
    const listed = embed?.fields?.[0]?.value.split('\n') ?? [];
    expect(listed).toHaveLength(reply.suggestions?.length ?? -1);
    expect(listed.every((line) => line.startsWith('• '))).toBe(true);
  });

  it('answers a disclosure privately (ephemeral) with the helpline numbers', async () => {
    const { callback } = await command(h.fake, 'ask', questionOption('my dad hits me'));

    const message = messageOf(callback);
    expect(callbackBody(callback).type).toBe(4);
    expect(message.flags).toBe(MessageFlags.Ephemeral);
    const embed = message.embeds?.[0];
    expect(embed?.description).toBe(en.safeguardingIntro);
    const names = embed?.fields?.map((f) => f.name) ?? [];
    for (const number of ['150', '111', '112']) {
      expect(names.some((name) => name.startsWith(`**${number}**`))).toBe(true);
    }
    expect(embed?.fields?.at(-1)?.value).toContain('call 112');
  });

  it('never lets a hostile question ping anyone or restyle the reply', async () => {
    const hostile = `@everyone <@&${GUILD_ID}> <@1300000000000000001> **how many** _children_ [click](https://evil.example) # live in kazakhstan`;

    const { callback } = await command(h.fake, 'ask', questionOption(hostile));

    const message = messageOf(callback);
    expect(message.allowed_mentions).toEqual({ parse: [] });
    const shown = JSON.stringify(message);
    expect(shown).not.toContain('@everyone');
    expect(shown).not.toContain('<@');
    expect(shown).not.toContain('evil.example');
    // The question is never echoed, so none of its markup can reach the channel.
    expect(message.content).toBeUndefined();
    expect(shown).not.toContain('**how many**');
  });

  it('/fact posts a random fact with its source', async () => {
    const { callback } = await command(h.fake, 'fact');

    const embed = messageOf(callback).embeds?.[0];
    expect(embed?.title).toBe(en.factTitle);
    expect(embed?.description?.length).toBeGreaterThan(20);
    expect(embed?.footer?.text).toMatch(/^Source: .+/);
  });

  it("/today gives the channel's fact of the day, the same one its daily post would be", async () => {
    const expected = h.core.today(`discord:${CHANNEL_ID}`, '2026-11-21', 'en');

    const { callback } = await command(h.fake, 'today', [], { channelId: CHANNEL_ID });

    const embed = messageOf(callback).embeds?.[0];
    expect(embed?.title).toBe(en.dailyTitle);
    expect(embed?.description).toContain(expected.fact?.answer.slice(0, 30));
  });

  it("/today on 20 November is the World Children's Day post, its sections as fields", async () => {
    clock = WORLD_CHILDRENS_DAY;
    const expected = h.core.worldChildrensDay('en');

    const { callback } = await command(h.fake, 'today');

    const embed = messageOf(callback).embeds?.[0];
    expect(embed?.title).toBe(expected.title);
    const headings = expected.sections?.map((s) => s.heading) ?? [];
    expect(headings.length).toBeGreaterThan(0);
    expect(embed?.fields?.slice(0, headings.length).map((f) => f.name)).toEqual(headings);
    expect(embed?.fields?.[0]?.value.split('\n')).toHaveLength(expected.sections?.[0]?.lines.length ?? -1);
  });

  it('/helplines shows each number in bold in its own field', async () => {
    const { callback } = await command(h.fake, 'helplines');

    const message = messageOf(callback);
    expect(message.flags ?? 0).toBe(0);
    const embed = message.embeds?.[0];
    expect(embed?.title).toBe(en.helplinesTitle);
    expect(embed?.description).toBe(en.helplinesIntro);
    expect(embed?.fields?.slice(0, 3).map((f) => f.name.split(' · ')[0])).toEqual([
      '**150**',
      '**111**',
      '**112**',
    ]);
    expect(embed?.fields?.[0]?.value).toMatch(/checked 2026-11-01/);
  });

  it('/about says where the facts come from and that no messages are kept', async () => {
    const { callback } = await command(h.fake, 'about');

    expect(messageOf(callback).embeds?.[0]?.description).toContain('keeps no names and no messages');
  });

  it('a person whose Discord is in Russian gets the Russian reply', async () => {
    const question = 'сколько детей живёт в казахстане';
    const ru = h.core.reply(question, 'ru');

    const { callback } = await command(h.fake, 'ask', questionOption(question), { locale: 'ru' });

    expect(messageOf(callback).embeds?.[0]?.description).toContain(ru.fact?.answer.slice(0, 30));
    expect(messageOf(callback).embeds?.[0]?.footer?.text).toMatch(
      new RegExp(`^${messages('ru').sourceLabel}: `),
    );
  });

  it('autocomplete offers up to 25 question phrasings that match the typed text', async () => {
    const sent = h.fake.sendAutocomplete('ask', questionOption('school'), { guildId: GUILD_ID });
    const callback = await h.fake.waitForRequest('POST', CALLBACK, (r) => r.path.includes(sent.id));

    const body = callbackBody(callback);
    expect(callback.status).toBe(204);
    expect(body.type).toBe(8);
    const choices = body.data?.choices ?? [];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const choice of choices) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
    expect(choices[0]?.name.toLowerCase()).toContain('school');
  });

  it('autocomplete with nothing typed yet suggests featured questions', async () => {
    const sent = h.fake.sendAutocomplete('ask', questionOption(''), { guildId: GUILD_ID });
    const callback = await h.fake.waitForRequest('POST', CALLBACK, (r) => r.path.includes(sent.id));

    expect(callbackBody(callback).data?.choices?.map((c) => c.name)).toEqual(
      h.core.suggestQuestions('', 'en', 25).map((q) => q.slice(0, 100)),
    );
  });

  it('sent every message of a busy session with mentions switched off', async () => {
    await command(h.fake, 'ask', questionOption('@everyone how many children live in kazakhstan'));
    await command(h.fake, 'ask', questionOption('i want to die'));
    await command(h.fake, 'helplines');
    await command(h.fake, 'fact');
    await h.bot.publisher.publish(CHANNEL_ID, h.core.randomFact('en'));

    const sent = messageRequests(h.fake);
    expect(sent.length).toBe(5);
    expect(sent.map((r) => messageOf(r).allowed_mentions)).toEqual(Array(5).fill({ parse: [] }));
    expect(h.fake.unhandledRequests).toEqual([]);
  });
});
