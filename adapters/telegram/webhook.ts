import type { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import { z } from 'zod';
import type { Logger } from '../../src/logger.js';
import { BodyError, readJsonBody } from '../http/read-body.js';
import { secretMatches } from '../http/secret-header.js';
import type { HttpServer } from '../http/server.js';
import type { BotContext } from './bot-env.js';
import { loggableError } from './loggable-error.js';
import { ALLOWED_UPDATES, type UpdateReceiver } from './receiver.js';

/** Telegram's updates are a few kilobytes; 1 MB leaves room and keeps a flood of big posts from filling memory. */
export const MAX_UPDATE_BYTES = 1024 * 1024;
/** Answering late makes Telegram send the update again; after this the handler finishes on its own. */
const ANSWER_WITHIN_MS = 9000;
const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

/** All the bot relies on before grammY takes over; the rest of the update is grammY's to read. */
const updateSchema = z.looseObject({ update_id: z.number().int().nonnegative() });

/**
 * Webhook mode: a route on the process's HTTP server at the path of TELEGRAM_WEBHOOK_URL, then setWebhook.
 * The secret header is checked (in constant time) before a byte of the body is read; the body is capped
 * and never logged, since it holds what a child wrote.
 */
export async function startWebhook(
  bot: Bot<BotContext>,
  http: HttpServer,
  webhook: { url: string; secret: string },
  logger: Logger,
): Promise<UpdateReceiver> {
  let accepting = true;
  const handling = new Set<Promise<void>>();
  const path = new URL(webhook.url).pathname;

  http.route('POST', path, async (req, res) => {
    // While stopping, a 503 makes Telegram keep the update for the next instance.
    if (!accepting) {
      res.writeHead(503).end();
      return;
    }
    if (!secretMatches(req.headers[SECRET_HEADER], webhook.secret)) {
      logger.warn({ status: 401 }, 'webhook request without the right secret token');
      res.writeHead(401, { connection: 'close' }).end();
      return;
    }
    let update: Update;
    try {
      const parsed = updateSchema.safeParse(await readJsonBody(req, MAX_UPDATE_BYTES));
      if (!parsed.success) throw new BodyError(400);
      update = parsed.data as unknown as Update;
    } catch (error) {
      if (!(error instanceof BodyError)) throw error;
      logger.warn({ status: error.status }, `webhook request refused: ${error.message}`);
      // Closing the connection stops a client that is still sending an oversized body.
      res.writeHead(error.status, { connection: 'close' }).end();
      return;
    }
    // The error boundary (bot.ts) answers and logs a failing handler; anything past it is logged here
    // without the update (grammY's BotError carries it, with what the child wrote).
    const handled = bot
      .handleUpdate(update)
      .catch((err: unknown) => logger.error({ err: loggableError(err) }, 'telegram update failed'))
      .finally(() => handling.delete(handled));
    handling.add(handled);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ANSWER_WITHIN_MS);
    });
    await Promise.race([handled, late]);
    clearTimeout(timer);
    res.writeHead(200).end();
  });
  await bot.api.setWebhook(webhook.url, {
    secret_token: webhook.secret,
    drop_pending_updates: false,
    allowed_updates: [...ALLOWED_UPDATES],
  });
  logger.info({ mode: 'webhook' }, 'telegram bot started');
  return {
    isReady: () => accepting,
    async stop(cancelRetries) {
      accepting = false;
      cancelRetries();
      await Promise.allSettled([...handling]);
    },
  };
}
