import { type Api, GrammyError, HttpError } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { Logger } from '../../src/logger.js';
import { loggableError } from './loggable-error.js';

const FIRST_DELAY_MS = 1000;
const MAX_DELAY_MS = 60_000;

/** A wait that ends early, with the abort reason, when `signal` aborts. */
export function abortableDelay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** A network failure or a 5xx: the Bot API may come back. A 401 (wrong token) or 404 never will. */
function worthRetrying(error: unknown): boolean {
  return error instanceof HttpError || (error instanceof GrammyError && error.error_code >= 500);
}

/**
 * getMe until the Bot API answers. grammY's own bot.init() retries forever and says nothing, so a service
 * whose Bot API is unreachable looks healthy but idle; here every retry is a warning that names the API
 * root, with backoff from 1 s up to a minute, while /readyz says not ready. The wait is for as long as it
 * takes (a network outage at boot should not crash-loop the service) and ends at once when `signal` aborts
 * (SIGTERM during start-up).
 */
export async function connectTelegram(
  api: Api,
  apiRoot: string,
  logger: Logger,
  signal: AbortSignal,
): Promise<UserFromGetMe> {
  let delay = FIRST_DELAY_MS;
  for (let attempt = 1; ; attempt++) {
    try {
      // grammY types its signal with the abort-controller polyfill; Node's own is what it uses at run time.
      return await api.getMe(signal as unknown as Parameters<Api['getMe']>[0]);
    } catch (error) {
      signal.throwIfAborted();
      if (!worthRetrying(error)) throw error;
      logger.warn(
        { apiRoot, attempt, retryInSeconds: delay / 1000, err: loggableError(error) },
        'Telegram Bot API unreachable at start-up; retrying',
      );
      await abortableDelay(delay, signal);
      delay = Math.min(delay * 2, MAX_DELAY_MS);
    }
  }
}
