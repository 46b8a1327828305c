import { Composer } from 'grammy';
import { groupQuestion, isCommandForBot, writtenPart } from '../addressing.js';
import type { BotContext, BotEnv } from '../bot-env.js';
import { answerIfUnsafe, answerQuestion } from './send-reply.js';

/**
 * Questions: /ask anywhere; any text or caption in a private chat (forwarded messages too); in groups only
 * what is said to the bot (a mention or a reply to its message). Everything else in a group is none of the
 * bot's business. An edit in a private chat is read for safety only: a child who adds what is happening to
 * a message already sent gets the helplines, but an edited question is not answered twice.
 */
export function questionsFeature(env: BotEnv): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.command('ask', async (ctx) => {
    const question = ctx.match.trim();
    if (question === '') await ctx.reply(ctx.messages.askUsage);
    else await answerQuestion(ctx, env, question);
  });

  feature.chatType('private').on(['message:text', 'message:caption'], async (ctx) => {
    const written = writtenPart(ctx.message);
    // Commands of ours were handled before this; what is left is a command we don't have.
    if (written.entities?.some((e) => e.type === 'bot_command' && e.offset === 0)) {
      await ctx.reply(ctx.messages.unknownCommand);
      return;
    }
    await answerQuestion(ctx, env, written.text ?? '');
  });

  feature.chatType('private').on(['edited_message:text', 'edited_message:caption'], async (ctx) => {
    await answerIfUnsafe(ctx, env, writtenPart(ctx.editedMessage).text ?? '');
  });

  feature.chatType(['group', 'supergroup']).on(['message:text', 'message:caption'], async (ctx, next) => {
    const written = writtenPart(ctx.message);
    // A command in a group may belong to another bot, so unknown ones get no answer.
    if (isCommandForBot(written, ctx.me)) return next();
    const question = groupQuestion(written, ctx.me);
    if (question === undefined) return next();
    await answerQuestion(ctx, env, question);
  });

  return feature;
}
