import { type Bot, webhookCallback } from 'grammy';
import type { Logger } from '../../src/logger.js';
import type { HttpServer } from '../http/server.js';
import type { BotContext } from './bot-env.js';
import { ALLOWED_UPDATES, type UpdateReceiver } from './receiver.js';

/** The route Telegram posts updates to; TELEGRAM_WEBHOOK_URL must reach this path on HTTP_PORT. */
export const WEBHOOK_PATH = '/telegram/webhook';

/**
 * Webhook mode: a route on the process's HTTP server, then setWebhook. grammY checks the secret token
 * header on every request (in constant time) and answers 401 when it is wrong.
 */
export async function startWebhook(
  bot: Bot<BotContext>,
  http: HttpServer,
  webhook: { url: string; secret: string },
  logger: Logger,
): Promise<UpdateReceiver> {
  let accepting = true;
  const handle = webhookCallback(bot, 'http', {
    secretToken: webhook.secret,
    // Answering late makes Telegram send the update again; better to let the handler finish on its own.
    onTimeout: 'return',
    timeoutMilliseconds: 9000,
  });
  http.route('POST', WEBHOOK_PATH, async (req, res) => {
    // While stopping, a 503 makes Telegram keep the update for the next instance.
    if (!accepting) {
      res.writeHead(503).end();
      return;
    }
    await handle(req, res);
  });
  await bot.api.setWebhook(webhook.url, {
    secret_token: webhook.secret,
    drop_pending_updates: false,
    allowed_updates: [...ALLOWED_UPDATES],
  });
  logger.info({ mode: 'webhook' }, 'telegram bot started');
  return {
    isReady: () => accepting,
    async stop() {
      accepting = false;
    },
  };
}
