import { type Api, GrammyError, HttpError } from 'grammy';
import type { DeliveryResult, Publisher } from '../../src/platform.js';
import type { Reply } from '../../src/reply.js';
import { keyboardFor } from './keyboards.js';
import { renderReply } from './render.js';
import { sendHtml } from './send.js';

/** 400s that mean the chat itself is gone, as opposed to a bad message. */
const GONE_DESCRIPTIONS = /chat not found|PEER_ID_INVALID|user is deactivated|bot was kicked/i;

/**
 * Scheduled posts for the scheduler. It gets an Api without auto-retry: the scheduler owns the retry
 * policy and gets Telegram's retry_after back instead of a send that blocks for minutes.
 */
export class TelegramPublisher implements Publisher {
  readonly platform = 'telegram' as const;

  constructor(private readonly api: Api) {}

  async publish(chatId: string, reply: Reply): Promise<DeliveryResult> {
    try {
      await sendHtml(this.api, chatId, renderReply(reply), { keyboard: keyboardFor(reply) });
      return { status: 'sent' };
    } catch (error) {
      return deliveryFailure(error);
    }
  }
}

/** Maps a failed send to what the scheduler does next: drop the chat, retry later, or count a failure. */
export function deliveryFailure(error: unknown): DeliveryResult {
  if (error instanceof HttpError) return { status: 'failed', reason: 'network error' };
  if (!(error instanceof GrammyError)) return { status: 'failed', reason: 'unexpected error' };
  const reason = `${error.error_code}: ${error.description}`;
  if (error.error_code === 403) return { status: 'gone', reason };
  if (error.error_code === 400 && GONE_DESCRIPTIONS.test(error.description))
    return { status: 'gone', reason };
  const retryAfter = error.parameters.retry_after;
  if (error.error_code === 429 && retryAfter !== undefined) {
    return { status: 'failed', reason, retryAfterMs: retryAfter * 1000 };
  }
  return { status: 'failed', reason };
}
