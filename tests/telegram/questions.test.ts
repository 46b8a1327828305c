import { describe, expect, it } from 'vitest';
import { TELEGRAM_TEXT_LIMIT } from '../../adapters/telegram/split-html.js';
import { BalaCore } from '../../src/core.js';
import { en } from '../../src/i18n/en.js';
import type { Lang } from '../../src/localized.js';
import type { Reply } from '../../src/reply.js';
import { DEFAULT_GROUP_ID, DEFAULT_USER } from '../fakes/telegram-api.js';
import { shippedKnowledge } from '../helpers.js';
import {
  buttonData,
  defined,
  type Harness,
  messagesTo,
  nthMessage,
  startHarness,
  waitForMessages,
} from './harness.js';

const USER = DEFAULT_USER.id;
const GROUP = DEFAULT_GROUP_ID;
const QUESTION = 'How many children live in Kazakhstan?';
const DISCLOSURE = 'my dad hits me every day';
let harness: Harness | undefined;

/** A core that hands back whatever it is given inside a reply, the way a careless core change might. */
class EchoCore extends BalaCore {
  override reply(text: string, lang: Lang = 'en'): Reply {
    return { kind: 'no_match', lang, text, suggestions: [text] };
  }
}

/** A core whose answer is far longer than one Telegram message, full of characters that need escaping. */
class LongAnswerCore extends BalaCore {
  override reply(_text: string, lang: Lang = 'en'): Reply {
    const answer = Array.from({ length: 900 }, (_, i) => `Line ${i}: A & B < C > "D".`).join(' ');
    const fact = {
      id: 'long',
      topic: 'test',
      answer,
      source: { title: 'Test <doc>', location: 'p. 1', publisher: '' },
    };
    return { kind: 'answer', lang, text: answer, fact };
  }
}

describe('Telegram questions in a private chat', () => {
  it('answers any text with the fact and its source', async () => {
    harness = await startHarness();
    harness.fake.sendPrivateText(QUESTION);
    const sent = await nthMessage(harness.fake, USER, 1);
    expect(sent.text).toContain("Children and teenagers make up 31.4% of Kazakhstan's people");
    expect(sent.html).toContain('<i>Source: Change for every child in Kazakhstan, paragraph 5</i>');
    expect(sent.call.params).toMatchObject({ parse_mode: 'HTML' });
  });

  it('suggests questions as buttons when it does not know, and a button answers its question', async () => {
    harness = await startHarness();
    harness.fake.sendPrivateText('what is the capital of france');
    const sent = await nthMessage(harness.fake, USER, 1);
    expect(sent.text).toContain(en.noMatch);
    expect(sent.text).toContain(en.suggestionsIntro);
    const buttons = sent.message.reply_markup?.inline_keyboard ?? [];
    expect(buttons.length).toBeGreaterThan(0);
    expect(buttons.length).toBeLessThanOrEqual(3);
    // One question per row, labelled with the question itself.
    for (const row of buttons) {
      expect(row).toHaveLength(1);
      expect(row[0]?.text).toMatch(/\?$/);
    }
    const data = buttonData(sent.message);
    expect(data.every((d) => /^fact:show:[a-z0-9-]+:en$/.test(d))).toBe(true);

    const first = defined(data[0], 'a suggestion button');
    harness.fake.pressButton(first, sent.message);
    const answer = await nthMessage(harness.fake, USER, 2);
    const factId = first.split(':')[2] ?? '';
    const fact = new BalaCore(shippedKnowledge()).factById(factId, 'en')?.fact;
    expect(answer.text).toContain(defined(fact, 'the suggested fact').answer);
    expect(answer.html).toContain('<i>Source:');
  });

  it('answers a disclosure with the helpline card at once, numbers in bold', async () => {
    harness = await startHarness();
    harness.fake.sendPrivateText(DISCLOSURE);
    const sent = await nthMessage(harness.fake, USER, 1);
    expect(sent.text).toContain(en.safeguardingIntro);
    for (const number of ['150', '111', '112']) expect(sent.html).toContain(`<b>${number}</b>`);
    expect(sent.text).toContain(en.safeguardingTrusted);
  });

  it('never lets hostile text reach Telegram as markup', async () => {
    const hostile = '<b>&"</b><script>alert(1)</script>';
    harness = await startHarness({ core: new EchoCore(shippedKnowledge()) });
    harness.fake.sendPrivateText(`${hostile} how many children?`);
    const sent = await nthMessage(harness.fake, USER, 1);
    // The fake rejects broken HTML as Telegram does; this went through and reads back as typed.
    expect(harness.fake.callsOf('sendMessage').every((c) => c.error === undefined)).toBe(true);
    expect(sent.text).toContain(`${hostile} how many children?`);
    expect(sent.html).not.toContain('<script>');
    expect(sent.html).not.toContain('<b>&');
    expect(sent.html).toContain('&lt;b&gt;&amp;&quot;&lt;/b&gt;&lt;script&gt;');
  });

  it('answers a hostile question to the real core without markup errors', async () => {
    harness = await startHarness();
    harness.fake.sendPrivateText(`<b>&"</b><script>alert(1)</script> ${QUESTION}`);
    const sent = await nthMessage(harness.fake, USER, 1);
    expect(sent.text).toContain('31.4%');
    expect(sent.html).not.toContain('<script');
  });

  it('splits an answer longer than 4,096 characters into valid messages', async () => {
    harness = await startHarness({ core: new LongAnswerCore(shippedKnowledge()) });
    harness.fake.sendPrivateText('tell me everything');
    await harness.fake.waitForCall('sendMessage', (c) =>
      String(c.params.text).includes('Source: Test &lt;doc&gt;'),
    );
    const sent = messagesTo(harness.fake, USER);
    expect(sent.length).toBeGreaterThanOrEqual(2);
    expect(harness.fake.callsOf('sendMessage').every((c) => c.error === undefined)).toBe(true);
    for (const part of sent) expect(part.html.length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
    const all = sent.map((s) => s.text).join(' ');
    for (let i = 0; i < 900; i++) expect(all).toContain(`Line ${i}: A & B < C > "D".`);
    expect(sent.at(-1)?.text).toContain('Source: Test <doc>, p. 1');
  });
});

describe('Telegram questions in a group', () => {
  it('stays silent on ordinary messages and answers /ask', async () => {
    harness = await startHarness();
    const { fake } = harness;
    fake.sendGroupText(QUESTION);
    fake.sendGroupText(DISCLOSURE);
    fake.sendCommand('ask', QUESTION, 'group');
    const sent = await waitForMessages(fake, GROUP, 1);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.text).toContain('31.4%');
  });

  it('answers a mention, without the mention, threaded under the question', async () => {
    harness = await startHarness();
    const update = harness.fake.sendGroupText(`@bala_test_bot ${QUESTION}`);
    const sent = await nthMessage(harness.fake, GROUP, 1);
    expect(sent.text).toContain('31.4%');
    expect(sent.call.params.reply_parameters).toMatchObject({ message_id: update.message?.message_id });
  });

  it('answers a reply to one of its own messages', async () => {
    harness = await startHarness();
    const { fake } = harness;
    fake.sendCommand('about', '', 'group');
    const about = await nthMessage(fake, GROUP, 1);
    fake.sendGroupText(QUESTION, { replyToBotMessageId: about.message.message_id });
    const sent = await nthMessage(fake, GROUP, 2);
    expect(sent.text).toContain('31.4%');
  });

  it('never repeats a disclosure in a group and offers help in private', async () => {
    harness = await startHarness();
    harness.fake.sendGroupText(`@bala_test_bot ${DISCLOSURE}`);
    const sent = await nthMessage(harness.fake, GROUP, 1);
    expect(sent.text).toBe(en.safeguardingGroup);
    for (const word of ['dad', 'hits', 'every day']) expect(sent.html).not.toContain(word);
    // A reply would show the disclosure again above the bot's message.
    expect(sent.call.params.reply_parameters).toBeUndefined();
    const buttons = sent.message.reply_markup?.inline_keyboard.flat() ?? [];
    expect(buttons).toEqual([{ text: en.helplinesButton, url: 'https://t.me/bala_test_bot?start=help' }]);
  });
});
