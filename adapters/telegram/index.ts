import { autoRetry } from '@grammyjs/auto-retry';
import { Api } from 'grammy';
import type { Config } from '../../src/config.js';
import type { HttpServer } from '../http/server.js';
import type { PlatformDeps, RunningPlatform } from '../platform-deps.js';
import { createTelegramBot } from './bot.js';
import { setCommandMenus } from './command-menu.js';
import { connectTelegram } from './connect.js';
import { startPolling } from './polling.js';
import { TelegramPublisher } from './publisher.js';
import type { UpdateReceiver } from './receiver.js';
import { startWebhook } from './webhook.js';

export { createTelegramBot } from './bot.js';
export { campaignCounts } from './campaigns.js';

/**
 * Replies wait out Telegram's 429s (retry_after) and retry 5xx with backoff, a few times. Network errors
 * are not retried here: the plugin would retry them forever, and grammY's polling loop already retries
 * getUpdates on its own.
 */
const RETRY = { maxRetryAttempts: 3, maxDelaySeconds: 60, rethrowHttpErrors: true };

/**
 * Starts the Telegram bot: long polling by default, a webhook on the HTTP server when a URL is set.
 * `startup` aborts the start (SIGTERM while the Bot API is still unreachable).
 */
export async function startTelegram(
  deps: PlatformDeps,
  config: NonNullable<Config['telegram']>,
  startup: AbortSignal = new AbortController().signal,
): Promise<RunningPlatform> {
  const logger = deps.logger.child({ platform: 'telegram' });
  const webhook = webhookSettings(deps, config);
  const client = { apiRoot: config.apiRoot };
  const bot = createTelegramBot(deps.core, { ...deps, logger }, { token: config.token, client });
  // getMe: a wrong token fails here, at start-up, rather than on the first update.
  bot.botInfo = await connectTelegram(bot.api, config.apiRoot, logger, startup);

  // Aborted on stop: a reply waiting between retries gives up at once instead of holding the stop
  // past its deadline. Installed after autoRetry so that it runs first and hands autoRetry the signal.
  const stopRetries = new AbortController();
  bot.api.config.use(autoRetry(RETRY));
  bot.api.config.use((prev, method, payload, signal) => {
    // grammY types signals with the abort-controller polyfill; at run time they are Node's own.
    const given = signal as unknown as AbortSignal | undefined;
    const both = given ? AbortSignal.any([given, stopRetries.signal]) : stopRetries.signal;
    return prev(method, payload, both as unknown as typeof signal);
  });

  // Not awaited: a missing menu is cosmetic and must not hold up answering.
  void setCommandMenus(bot.api, deps.config.defaultLanguage, logger);

  const receiver: UpdateReceiver = webhook
    ? await startWebhook(bot, webhook.http, webhook, logger)
    : startPolling(bot, logger);

  let stopping: Promise<void> | undefined;
  return {
    name: 'telegram',
    // A bounded wait (grammY's default is 500 s): the scheduler's claim on a post must outlive its send.
    publisher: new TelegramPublisher(new Api(config.token, { ...client, timeoutSeconds: 30 })),
    isReady: () => receiver.isReady(),
    stop() {
      stopping ??= receiver.stop(() => stopRetries.abort(new Error('the bot is stopping')));
      return stopping;
    },
  };
}

/** Webhook mode when a URL is set; a misconfiguration stops start-up with a message that says what to fix. */
function webhookSettings(
  deps: PlatformDeps,
  config: NonNullable<Config['telegram']>,
): { http: HttpServer; url: string; secret: string } | undefined {
  if (!config.webhookUrl) return undefined;
  if (!deps.http) {
    throw new Error(
      'TELEGRAM_WEBHOOK_URL is set but the HTTP server is off (HTTP_PORT=0): set HTTP_PORT, or unset TELEGRAM_WEBHOOK_URL to use long polling',
    );
  }
  // Without a secret anyone who finds the URL could post fake updates.
  if (!config.webhookSecret) throw new Error('TELEGRAM_WEBHOOK_SECRET is required with TELEGRAM_WEBHOOK_URL');
  return { http: deps.http, url: config.webhookUrl, secret: config.webhookSecret };
}
