import { Composer } from 'grammy';
import type { InlineQueryResultArticle } from 'grammy/types';
import type { BotContext, BotEnv } from '../bot-env.js';
import { shorten } from '../html.js';
import { renderFact, sourceLine } from '../render.js';
import { splitHtml } from '../split-html.js';

const MAX_RESULTS = 10;
/** Facts change only with a deploy. */
const CACHE_SECONDS = 300;

/** Inline mode (`@bot school`): facts to share in any chat, each with its source. */
export function inlineFeature(env: BotEnv): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.on('inline_query', async (ctx) => {
    const facts = env.core.searchFacts(ctx.inlineQuery.query, ctx.lang, MAX_RESULTS);
    const results = facts.map(
      (fact): InlineQueryResultArticle => ({
        type: 'article',
        id: fact.id.slice(0, 64),
        title: shorten(fact.answer, 80),
        description: shorten(sourceLine(fact, ctx.lang), 120),
        input_message_content: {
          // A shared message can't be split, so a fact that is too long keeps its first part.
          message_text: splitHtml(renderFact(fact, ctx.lang))[0] ?? '',
          parse_mode: 'HTML',
          link_preview_options: { is_disabled: true },
        },
      }),
    );
    // Personal: the same query gets facts in each person's own language (their /language or Telegram's).
    await ctx.answerInlineQuery(results, { cache_time: CACHE_SECONDS, is_personal: true });
  });
  return feature;
}
