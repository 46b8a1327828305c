import { MessageFlags } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { CommandHandler } from '../../adapters/discord/handlers/index.js';
import { commandHandlers } from '../../adapters/discord/handlers/index.js';
import { messages } from '../../src/i18n/index.js';
import {
  callbackBody,
  command,
  editOf,
  expectNoMentionsAnywhere,
  type Harness,
  messageOf,
  questionOption,
  startHarness,
} from './harness.js';

const en = messages('en');

let h: Harness | undefined;

afterEach(async () => {
  if (!h) return;
  expectNoMentionsAnywhere(h.fake);
  await h.stop();
  h = undefined;
});

/** The real /fact handler, except that its first call fails before answering. */
function failingOnce(failure: (interaction: Parameters<CommandHandler>[0]) => Promise<void>): CommandHandler {
  let failed = false;
  return async (interaction, context) => {
    if (!failed) {
      failed = true;
      await failure(interaction);
    }
    return commandHandlers.fact(interaction, context);
  };
}

describe('the error funnel', () => {
  it('answers a failed command with a polite private message, logs it without content, and keeps working', async () => {
    const fact = failingOnce(async () => {
      throw new Error('the fact base is on fire');
    });
    h = await startHarness({ discord: { handlers: { fact } } });

    const failed = await command(h.fake, 'fact');
    const next = await command(h.fake, 'fact');

    expect(callbackBody(failed.callback).type).toBe(4);
    expect(messageOf(failed.callback)).toMatchObject({
      content: en.somethingWrong,
      flags: MessageFlags.Ephemeral,
    });
    expect(messageOf(next.callback).embeds?.[0]?.title).toBe(en.factTitle);
    const errors = h.logLines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((l) => l.level === 50);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      command: 'fact',
      interactionId: failed.id,
      msg: 'discord command failed',
    });
    expect(Object.keys(errors[0] ?? {}).sort()).toEqual([
      'command',
      'err',
      'interactionId',
      'level',
      'msg',
      'platform',
      'time',
    ]);
  });

  it('fills a deferred reply with the apology (editReply) when the handler fails after deferring', async () => {
    const fact = failingOnce(async (interaction) => {
      await interaction.deferReply();
      throw new Error('storage timed out');
    });
    h = await startHarness({ discord: { handlers: { fact } } });

    const failed = await command(h.fake, 'fact');

    expect(callbackBody(failed.callback).type).toBe(5);
    expect(messageOf(await editOf(h.fake, failed.token)).content).toBe(en.somethingWrong);
    expect(h.fake.responseTo(failed.id).original?.content).toBe(en.somethingWrong);
    const next = await command(h.fake, 'fact');
    expect(messageOf(next.callback).embeds).toHaveLength(1);
  });

  it('keeps an answer already shown and apologises in a private follow-up', async () => {
    const fact = failingOnce(async (interaction) => {
      await interaction.reply({ content: 'half an answer', allowedMentions: { parse: [] } });
      throw new Error('failed after replying');
    });
    h = await startHarness({ discord: { handlers: { fact } } });

    const failed = await command(h.fake, 'fact');

    const followUp = await h.fake.waitForRequest('POST', /^\/api\/v10\/webhooks\/\d+\/[^/]+$/, (r) =>
      r.path.includes(failed.token),
    );
    expect(followUp.body).toMatchObject({ content: en.somethingWrong, flags: MessageFlags.Ephemeral });
    expect(h.fake.responseTo(failed.id).original?.content).toBe('half an answer');
  });

  it('logs, and does not throw, when even the apology cannot be delivered', async () => {
    const fact = failingOnce(async (interaction) => {
      // Acknowledged behind the bot's back, so both the answer and the apology are refused (40060).
      await interaction.client.rest.post(`/interactions/${interaction.id}/${interaction.token}/callback`, {
        body: { type: 5 },
        auth: false,
      });
      throw new Error('too late');
    });
    h = await startHarness({ discord: { handlers: { fact } } });

    const sent = h.fake.sendSlashCommand('fact', [], { guildId: '1200000000000000001' });
    await h.fake.waitForRequest('POST', /callback$/, (r) => r.path.includes(sent.id) && r.status === 400);

    await expect
      .poll(() => h?.logLines.some((l) => l.includes('discord could not report a failed command')))
      .toBe(true);
    expect(h.bot.isReady()).toBe(true);
    expect(messageOf((await command(h.fake, 'fact')).callback).embeds).toHaveLength(1);
  });
});

describe('a command the bot no longer has', () => {
  it('gets a private pointer to /ask instead of silence', async () => {
    h = await startHarness();

    const { callback } = await command(h.fake, 'help');

    expect(messageOf(callback)).toMatchObject({
      content: en.discordUnknownCommand,
      flags: MessageFlags.Ephemeral,
    });
  });
});

describe('the flood limit', () => {
  it('asks a person who sends too many commands to wait, privately, and leaves others alone', async () => {
    h = await startHarness({ env: { QUESTIONS_PER_MINUTE: '2' } });
    const fast = { userId: '1300000000000000042' };

    const first = await command(h.fake, 'ask', questionOption('how many children live in kazakhstan'), fast);
    const second = await command(h.fake, 'fact', [], fast);
    const third = await command(h.fake, 'ask', questionOption('do all children go to school'), fast);
    const someoneElse = await command(h.fake, 'fact', [], { userId: '1300000000000000043' });

    expect(messageOf(first.callback).embeds).toHaveLength(1);
    expect(messageOf(second.callback).embeds).toHaveLength(1);
    expect(messageOf(third.callback)).toMatchObject({
      content: en.tooManyQuestions,
      flags: MessageFlags.Ephemeral,
    });
    expect(messageOf(someoneElse.callback).embeds).toHaveLength(1);
  });

  it('does not count autocomplete, which fires on every keystroke', async () => {
    h = await startHarness({ env: { QUESTIONS_PER_MINUTE: '1' } });
    for (const typed of ['s', 'sc', 'sch', 'scho']) {
      const sent = h.fake.sendAutocomplete('ask', questionOption(typed), { guildId: '1200000000000000001' });
      await h.fake.waitForRequest('POST', /callback$/, (r) => r.path.includes(sent.id));
    }

    const asked = await command(h.fake, 'ask', questionOption('school'));

    expect(messageOf(asked.callback).content).toBeUndefined();
    expect(messageOf(asked.callback).embeds).toHaveLength(1);
  });
});
