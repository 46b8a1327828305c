import { describe, expect, it } from 'vitest';
import { campaignCounts } from '../../adapters/telegram/index.js';
import { en } from '../../src/i18n/en.js';
import { localDate } from '../../src/time.js';
import { DEFAULT_GROUP_ID, DEFAULT_USER } from '../fakes/telegram-api.js';
import { shippedCore } from '../helpers.js';
import {
  buttonData,
  defined,
  lazyHarness,
  nthMessage,
  type startHarness,
  waitForMessages,
} from './harness.js';

const USER = DEFAULT_USER.id;
const core = shippedCore();
const bot = lazyHarness();
const current = bot.current;

async function command(name: string, args = '', options: Parameters<typeof startHarness>[0] = {}) {
  const harness = await bot.start(options);
  harness.fake.sendCommand(name, args);
  return nthMessage(harness.fake, USER, 1);
}

describe('Telegram commands', () => {
  it('/start welcomes with what Bala knows, how to ask and what it keeps, and a helplines button', async () => {
    const sent = await command('start');
    expect(sent.text).toContain(en.greeting);
    expect(sent.text).toContain(en.privacyNote);
    expect(buttonData(sent.message)).toEqual(['helplines:en']);

    current().fake.pressButton('helplines:en', sent.message);
    const card = await nthMessage(current().fake, USER, 2);
    expect(card.html).toContain('<b>150</b>');
    expect(card.text).toContain(en.helplinesTitle);
  });

  it('/start help (the deep link from groups) opens the helpline card', async () => {
    const sent = await command('start', 'help');
    expect(sent.html).toContain('<b>150</b>');
    expect(sent.html).toContain('<b>111</b>');
    expect(sent.text).toContain(en.safeguardingDanger);
    expect(sent.text).not.toContain(en.greeting);
  });

  it('/start <campaign> counts the tag and welcomes as usual', async () => {
    const before = campaignCounts().get('school_poster_2025') ?? 0;
    const sent = await command('start', 'school_poster_2025');
    expect(sent.text).toContain(en.greeting);
    expect(campaignCounts().get('school_poster_2025')).toBe(before + 1);
  });

  it('/help explains how to ask, with the group and inline ways', async () => {
    const sent = await command('help');
    expect(sent.text).toContain(en.help);
    expect(sent.text).toContain('@bala_test_bot');
    expect(sent.text).toContain('/ask');
  });

  it('/ask with a question answers it, with the source', async () => {
    const sent = await command('ask', 'How many children live in Kazakhstan?');
    expect(sent.text).toContain('31.4%');
    expect(sent.html).toContain('<i>Source: Change for every child in Kazakhstan, paragraph 5</i>');
  });

  it('/ask without text explains the usage', async () => {
    const sent = await command('ask');
    expect(sent.text).toBe(en.askUsage);
  });

  it('/fact sends a fact with "Another fact" and "Source" buttons, and both work', async () => {
    const sent = await command('fact', '', { random: () => 0 });
    const [next, source] = buttonData(sent.message);
    expect(next).toMatch(/^fact:next:[a-z0-9-]+:en$/);
    expect(source).toMatch(/^fact:src:[a-z0-9-]+:en$/);
    const factId = String(next).split(':')[2] ?? '';
    const fact = core.factById(factId, 'en')?.fact;
    expect(sent.text).toContain(fact?.answer);
    expect(sent.text).toContain(en.factTitle);

    const fake = current().fake;
    const sourcePress = fake.pressButton(String(source), sent.message);
    const alert = await fake.waitForCall(
      'answerCallbackQuery',
      (c) => c.params.callback_query_id === sourcePress.callback_query?.id,
    );
    expect(alert.params).toMatchObject({
      show_alert: true,
      text: `Source: ${fact?.source.title}, ${fact?.source.location}`,
    });
    expect(String(alert.params.text).length).toBeLessThanOrEqual(200);

    const nextPress = fake.pressButton(String(next), sent.message);
    const another = await nthMessage(fake, USER, 2);
    expect(fake.callsOf('answerCallbackQuery').map((c) => c.params.callback_query_id)).toContain(
      nextPress.callback_query?.id,
    );
    const anotherNext = buttonData(another.message)[0];
    expect(anotherNext).toMatch(/^fact:next:/);
    expect(anotherNext).not.toBe(next);
    // The keyboard of the first fact is still there, so it can be pressed again.
    expect(buttonData(defined(fake.sentMessages(USER)[0], 'the first fact'))).toEqual([next, source]);
  });

  it('answers an outdated button politely instead of failing', async () => {
    const sent = await command('fact');
    const fake = current().fake;
    // A message from an older version of the bot: rewrite the button to data the bot no longer knows.
    sent.message.reply_markup = {
      inline_keyboard: [[{ text: 'Old', callback_data: 'fact:next:removed-fact' }]],
    };
    defined(fake.sentMessages(USER)[0], 'the first fact').reply_markup = sent.message.reply_markup;
    const press = fake.pressButton('fact:next:removed-fact', sent.message);
    const answer = await fake.waitForCall(
      'answerCallbackQuery',
      (c) => c.params.callback_query_id === press.callback_query?.id,
    );
    expect(answer.params.text).toBe(en.buttonExpired);
  });

  it("/today posts the chat's fact of the day in the configured time zone", async () => {
    const now = new Date('2025-03-10T20:30:00Z');
    const sent = await command('today', '', { now: () => now });
    const expected = core.today(`telegram:${USER}`, localDate(now, 'Asia/Almaty'), 'en');
    expect(localDate(now, 'Asia/Almaty')).toBe('2025-03-11');
    expect(sent.html.startsWith(`<b>${en.dailyTitle}</b>`)).toBe(true);
    expect(sent.text).toContain(expected.fact?.answer);
  });

  it("/today on 20 November posts World Children's Day with a bold title and sections", async () => {
    const sent = await command('today', '', { now: () => new Date('2025-11-20T06:00:00Z') });
    expect(sent.html.startsWith("<b>Happy World Children's Day!</b>")).toBe(true);
    expect(sent.html).toContain('<b>What has got better</b>\n• ');
    expect(sent.html).toContain('<b>What still needs to change</b>');
  });

  it('/helplines shows the card with every number in bold', async () => {
    const sent = await command('helplines');
    for (const number of ['150', '111', '112']) expect(sent.html).toContain(`<b>${number}</b>`);
    expect(sent.html).toContain(`<b>${en.helplinesTitle}</b>`);
  });

  it('/about says where the facts come from and what Bala keeps', async () => {
    const sent = await command('about');
    expect(sent.text).toBe(core.about('en').text);
    expect(sent.text).toContain('Convention on the Rights of the Child');
  });

  it('answers an unknown command with a pointer to /help', async () => {
    const sent = await command('dance');
    expect(sent.text).toBe(en.unknownCommand);
  });

  it('ignores a command addressed to another bot in a group', async () => {
    const { fake } = await bot.start();
    fake.sendGroupText('/fact@other_bot', {
      entities: [{ type: 'bot_command', offset: 0, length: '/fact@other_bot'.length }],
    });
    fake.sendGroupText('/about@bala_test_bot', {
      entities: [{ type: 'bot_command', offset: 0, length: '/about@bala_test_bot'.length }],
    });
    const sent = await waitForMessages(fake, DEFAULT_GROUP_ID, 1);
    expect(sent.map((s) => s.text)).toEqual([core.about('en').text]);
  });
});
