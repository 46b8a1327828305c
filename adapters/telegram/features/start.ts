import { Composer } from 'grammy';
import type { BotContext, BotEnv } from '../bot-env.js';
import { countCampaign } from '../campaigns.js';
import { escapeHtml } from '../html.js';
import { helplinesKeyboard } from '../keyboards.js';
import { sendHtml } from '../send.js';

/** The deep link the group safeguarding button opens (t.me/<bot>?start=help). */
export const HELP_PAYLOAD = 'help';

/**
 * /start: the welcome (what Bala knows, how to ask, what it keeps). A deep-link payload is either `help`,
 * which opens the helpline card, or a campaign tag, which is only counted.
 */
export function startFeature(env: BotEnv): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.command('start', async (ctx) => {
    const payload = ctx.match.trim();
    if (payload === HELP_PAYLOAD) {
      await sendHtml(ctx.api, ctx.chat.id, env.render(env.core.safeguarding(ctx.lang)));
      return;
    }
    if (payload !== '') countCampaign(payload);
    const welcome = env.render(env.core.welcome(ctx.lang));
    await sendHtml(ctx.api, ctx.chat.id, `${welcome}\n\n${escapeHtml(ctx.messages.privacyNote)}`, {
      keyboard: helplinesKeyboard(ctx.lang),
    });
  });
  return feature;
}
