import type { InlineQueryResultArticle } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import type { RunningPlatform } from '../../adapters/platform-deps.js';
import { commandMenu } from '../../adapters/telegram/command-menu.js';
import { startTelegram } from '../../adapters/telegram/index.js';
import { renderReply } from '../../adapters/telegram/render.js';
import { fillTemplate } from '../../src/i18n/fill.js';
import { messages } from '../../src/i18n/index.js';
import { StoredChatLanguages } from '../../src/storage/chat-languages.js';
import { DEFAULT_GROUP_ID, DEFAULT_USER, FakeTelegramApi } from '../fakes/telegram-api.js';
import { memoryStore, shippedCore, storedSubscriptions } from '../helpers.js';
import {
  buttonData,
  defined,
  type Harness,
  memoryLog,
  nthMessage,
  startHarness,
  TOKEN,
  telegramSettings,
  testConfig,
} from './harness.js';

const USER = DEFAULT_USER.id;
const GROUP = DEFAULT_GROUP_ID;
const OTHER_MEMBER = { id: 2002, first_name: 'Other' };
const RU_QUESTION = 'Сколько детей живёт в Казахстане?';
const EN_QUESTION = 'How many children live in Kazakhstan?';
const { en, ru, kk } = { en: messages('en'), ru: messages('ru'), kk: messages('kk') };
const core = shippedCore();

let harness: Harness | undefined;

/** The answer the bot should send: the core's reply in `lang`, rendered, whatever the fact base says. */
function expectedAnswer(question: string, lang: 'en' | 'ru' | 'kk'): string {
  const reply = core.reply(question, lang);
  expect(reply.lang).toBe(lang);
  return renderReply(reply);
}

async function answerOfCallback(h: Harness, update: { callback_query?: { id: string } }) {
  const call = await h.fake.waitForCall(
    'answerCallbackQuery',
    (c) => c.params.callback_query_id === update.callback_query?.id,
  );
  return call.params;
}

describe('Telegram: the language of a reply', () => {
  it('answers a Russian question in Russian, even from a phone set to English', async () => {
    harness = await startHarness();
    harness.fake.sendPrivateText(RU_QUESTION, { languageCode: 'en' });
    const sent = await nthMessage(harness.fake, USER, 1);
    expect(sent.html).toBe(expectedAnswer(RU_QUESTION, 'ru'));
    // The language made a difference: the English rendering of the same reply is something else.
    expect(sent.html).not.toBe(expectedAnswer(RU_QUESTION, 'en'));
  });

  it('greets a person whose Telegram is set to Kazakh in Kazakh, buttons included', async () => {
    harness = await startHarness();
    harness.fake.sendCommand('start', '', 'private', { language_code: 'kk' });
    const sent = await nthMessage(harness.fake, USER, 1);
    expect(sent.text).toContain(kk.greeting);
    expect(sent.text).toContain(kk.privacyNote);
    expect(sent.message.reply_markup?.inline_keyboard[0]?.[0]?.text).toBe(kk.helplinesButton);

    harness.fake.pressButton(defined(buttonData(sent.message)[0], 'the helplines button'), sent.message);
    const card = await nthMessage(harness.fake, USER, 2);
    expect(card.html).toBe(renderReply(core.helplines('kk')));
  });

  it('answers an English question in English for a person whose Telegram is set to Russian', async () => {
    harness = await startHarness();
    harness.fake.sendPrivateText(EN_QUESTION, { languageCode: 'ru' });
    expect((await nthMessage(harness.fake, USER, 1)).html).toBe(expectedAnswer(EN_QUESTION, 'en'));
  });

  it('keeps "Another fact" in the language of the fact it is under', async () => {
    harness = await startHarness({ random: () => 0 });
    const { fake } = harness;
    fake.sendCommand('fact', '', 'private', { language_code: 'ru' });
    const fact = await nthMessage(fake, USER, 1);
    expect(fact.text).toContain(ru.factTitle);
    const [next, source] = buttonData(fact.message);
    expect(next).toMatch(/^fact:next:[a-z0-9-]+:ru$/);
    for (const data of buttonData(fact.message)) expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);

    // The chat switches to Kazakh; the Russian fact's buttons still answer in Russian.
    fake.sendCommand('language', 'kk');
    await nthMessage(fake, USER, 2);
    const sourcePress = fake.pressButton(defined(source, 'the source button'), fact.message);
    expect(String((await answerOfCallback(harness, sourcePress)).text)).toMatch(
      new RegExp(`^${ru.sourceLabel}: `),
    );
    fake.pressButton(defined(next, 'the next button'), fact.message);
    const another = await nthMessage(fake, USER, 3);
    expect(another.text).toContain(ru.factTitle);
    expect(buttonData(another.message)[0]).toMatch(/:ru$/);
  });

  it('offers inline results in the language of the query, or of the person', async () => {
    harness = await startHarness();
    const inline = async (query: string, languageCode: string) => {
      const update = defined(harness, 'a bot').fake.sendInlineQuery(query, { language_code: languageCode });
      const call = await defined(harness, 'a bot').fake.waitForCall(
        'answerInlineQuery',
        (c) => c.params.inline_query_id === update.inline_query?.id,
      );
      return call.params.results as InlineQueryResultArticle[];
    };
    const featured = await inline('', 'ru');
    expect(featured.map((r) => r.id)).toEqual(core.searchFacts('', 'ru', 10).map((f) => f.id));
    for (const result of featured) expect(result.description).toMatch(new RegExp(`^${ru.sourceLabel}: `));

    const school = await inline('школа', 'en');
    expect(school.length).toBeGreaterThan(0);
    expect(school.map((r) => r.id)).toEqual(core.searchFacts('школа', 'ru', 10).map((f) => f.id));
    for (const result of school) expect(result.description).toMatch(new RegExp(`^${ru.sourceLabel}: `));
  });

  it('says "too many questions" in the person\'s language', async () => {
    harness = await startHarness({ env: { QUESTIONS_PER_MINUTE: '1' } });
    harness.fake.sendPrivateText(RU_QUESTION);
    harness.fake.sendPrivateText(RU_QUESTION);
    expect((await nthMessage(harness.fake, USER, 2)).text).toBe(ru.tooManyQuestions);
  });

  it('falls back to DEFAULT_LANGUAGE when nothing says otherwise', async () => {
    harness = await startHarness({ env: { DEFAULT_LANGUAGE: 'kk' } });
    harness.fake.sendCommand('help');
    expect((await nthMessage(harness.fake, USER, 1)).text).toContain(kk.help);
  });
});

describe('Telegram /language', () => {
  it('offers a button per language; the choice is kept for the chat and confirmed in the new language', async () => {
    const languages = new StoredChatLanguages(memoryStore());
    harness = await startHarness({ languages });
    const { fake } = harness;
    fake.sendCommand('language');
    const prompt = await nthMessage(fake, USER, 1);
    expect(prompt.text).toBe(en.languagePrompt);
    expect(buttonData(prompt.message)).toEqual(['lang:en', 'lang:ru', 'lang:kk']);
    expect(prompt.message.reply_markup?.inline_keyboard.flat().map((b) => b.text)).toEqual([
      en.languageNative,
      ru.languageNative,
      kk.languageNative,
    ]);

    const press = fake.pressButton('lang:kk', prompt.message);
    const edit = await fake.waitForCall('editMessageText');
    expect(edit.params.text).toBe(fillTemplate(kk.languageSet, { language: kk.languageNameKk }));
    expect(await answerOfCallback(harness, press)).not.toHaveProperty('text');
    expect(await languages.get('telegram', String(USER))).toBe('kk');

    // An English question now gets a Kazakh answer: the chat's choice comes first.
    fake.sendPrivateText(EN_QUESTION, { languageCode: 'en' });
    expect((await nthMessage(fake, USER, 2)).html).toBe(expectedAnswer(EN_QUESTION, 'kk'));

    // The choice outlives a restart: a new bot on the same storage still speaks Kazakh.
    await harness.stop();
    harness = await startHarness({ languages });
    harness.fake.sendCommand('about');
    expect((await nthMessage(harness.fake, USER, 1)).text).toBe(shippedCore().about('kk').text);
  });

  it('takes the language as an argument: /language ru', async () => {
    harness = await startHarness();
    harness.fake.sendCommand('language', 'ru');
    const sent = await nthMessage(harness.fake, USER, 1);
    expect(sent.text).toBe(fillTemplate(ru.languageSet, { language: ru.languageNameRu }));
    harness.fake.sendCommand('fact');
    expect((await nthMessage(harness.fake, USER, 2)).text).toContain(ru.factTitle);
  });

  it('in a group, lets only admins change it, by command or by button', async () => {
    const languages = new StoredChatLanguages(memoryStore());
    harness = await startHarness({ languages });
    const { fake } = harness;
    fake.sendCommand('language', 'ru', 'group');
    expect((await nthMessage(fake, GROUP, 1)).text).toBe(en.languageAdminsOnly);
    expect(await languages.get('telegram', String(GROUP))).toBeUndefined();

    fake.setChatMemberStatus(GROUP, USER, 'administrator');
    fake.sendCommand('language', '', 'group');
    const prompt = await nthMessage(fake, GROUP, 2);
    const refused = fake.pressButton('lang:ru', prompt.message, OTHER_MEMBER);
    expect(await answerOfCallback(harness, refused)).toMatchObject({
      text: en.languageAdminsOnly,
      show_alert: true,
    });
    expect(await languages.get('telegram', String(GROUP))).toBeUndefined();

    fake.pressButton('lang:ru', prompt.message);
    await fake.waitForCall('editMessageText');
    expect(await languages.get('telegram', String(GROUP))).toBe('ru');
  });

  it("makes the group's safeguarding note come in the group's language", async () => {
    harness = await startHarness();
    const { fake } = harness;
    fake.setChatMemberStatus(GROUP, USER, 'creator');
    fake.sendCommand('language', 'ru', 'group');
    await nthMessage(fake, GROUP, 1);
    fake.sendGroupText('@bala_test_bot my dad hits me every day', { from: OTHER_MEMBER });
    const note = await nthMessage(fake, GROUP, 2);
    expect(note.text).toBe(ru.safeguardingGroup);
    expect(note.message.reply_markup?.inline_keyboard[0]?.[0]?.text).toBe(ru.helplinesButton);
  });
});

describe('Telegram command menus', () => {
  it('sets the default menu in DEFAULT_LANGUAGE and one per language, for language_code en, ru and kk', async () => {
    const fake = new FakeTelegramApi({ token: TOKEN });
    await fake.start();
    const config = testConfig({ TELEGRAM_API_ROOT: fake.apiRoot, DEFAULT_LANGUAGE: 'ru' });
    let running: RunningPlatform | undefined;
    try {
      running = await startTelegram(
        { core, config, logger: memoryLog().logger, subscriptions: storedSubscriptions() },
        telegramSettings(config),
      );
      await fake.waitForCall('setMyCommands', (c) => c.params.language_code === 'kk');
      const menus = new Map(
        fake.callsOf('setMyCommands').map((c) => [c.params.language_code ?? 'default', c.params.commands]),
      );
      expect(menus).toEqual(
        new Map([
          ['default', commandMenu(ru)],
          ['en', commandMenu(en)],
          ['ru', commandMenu(ru)],
          ['kk', commandMenu(kk)],
        ]),
      );
    } finally {
      await running?.stop();
      await fake.stop();
    }
  });
});
