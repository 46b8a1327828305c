import type { MiddlewareFn } from 'grammy';
import { FloodLimiter } from '../../src/flood-limit.js';
import { isForBot } from './addressing.js';
import type { BotContext, BotEnv } from './bot-env.js';

/**
 * Per-person limit on what the bot answers (questions, commands, buttons). Over the limit the person is
 * told once per window and then ignored until it passes, so the warning itself can't become spam. Keys are
 * opaque and live only in memory for one window.
 */
export function floodGuard(env: BotEnv, now: () => number = Date.now): MiddlewareFn<BotContext> {
  const questions = new FloodLimiter(env.config.questionsPerMinute, 60_000, now);
  const warnings = new FloodLimiter(1, 60_000, now);
  return async (ctx, next) => {
    const from = ctx.from;
    if (!from || !isForBot(ctx)) return next();
    const key = `tg:${from.id}`;
    if (questions.allow(key)) return next();
    const warn = warnings.allow(key);
    if (ctx.callbackQuery) {
      await ctx.answerCallbackQuery(warn ? { text: ctx.messages.tooManyQuestions } : undefined);
    } else if (warn) {
      await ctx.reply(ctx.messages.tooManyQuestions);
    }
  };
}
