import { Composer } from 'grammy';
import { groupQuestion, isCommandForBot } from '../addressing.js';
import type { BotContext, BotEnv } from '../bot-env.js';
import { answerQuestion } from './answer.js';

/**
 * Questions: /ask anywhere; any text in a private chat; in groups only what is said to the bot (a mention
 * or a reply to its message). Everything else in a group is none of the bot's business.
 */
export function questionsFeature(env: BotEnv): Composer<BotContext> {
  const feature = new Composer<BotContext>();

  feature.command('ask', async (ctx) => {
    const question = ctx.match.trim();
    if (question === '') await ctx.reply(ctx.messages.askUsage);
    else await answerQuestion(ctx, env, question);
  });

  feature.chatType('private').on('message:text', async (ctx) => {
    // Commands of ours were handled before this; what is left is a command we don't have.
    if (ctx.message.entities?.some((e) => e.type === 'bot_command' && e.offset === 0)) {
      await ctx.reply(ctx.messages.unknownCommand);
      return;
    }
    await answerQuestion(ctx, env, ctx.message.text);
  });

  feature.chatType(['group', 'supergroup']).on('message:text', async (ctx, next) => {
    // A command in a group may belong to another bot, so unknown ones get no answer.
    if (isCommandForBot(ctx.message, ctx.me)) return next();
    const question = groupQuestion(ctx.message, ctx.me);
    if (question === undefined) return next();
    await answerQuestion(ctx, env, question);
  });

  return feature;
}
