import { type Client, DiscordAPIError, HTTPError } from 'discord.js';
import type { Logger } from '../../src/logger.js';
import type { DeliveryResult, Publisher } from '../../src/platform.js';
import type { Reply } from '../../src/reply.js';
import { channelPost } from './payloads.js';

/** Answers that will not change on a retry: the channel is deleted, hidden from the bot, or closed to it. */
const GONE_CODES = new Map<unknown, string>([
  [10003, 'unknown channel'],
  [50001, 'missing access'],
  [50013, 'missing permissions'],
]);

/**
 * Scheduled posts to Discord channels. It never throws: the scheduler gets a DeliveryResult and decides
 * about retries and unsubscribing. Rate limits (429) are waited out by discord.js's REST queue.
 */
export class DiscordPublisher implements Publisher {
  readonly platform = 'discord' as const;

  constructor(
    private readonly client: Client,
    private readonly logger: Logger,
  ) {}

  async publish(chatId: string, reply: Reply): Promise<DeliveryResult> {
    try {
      const channel = this.client.channels.cache.get(chatId) ?? (await this.client.channels.fetch(chatId));
      if (!channel?.isSendable()) return { status: 'gone', reason: 'not a channel the bot can post in' };
      await channel.send(channelPost(reply));
      return { status: 'sent' };
    } catch (error) {
      const result = deliveryFailure(error);
      this.logger.debug(
        { kind: reply.kind, status: result.status, reason: result.reason },
        'discord post not delivered',
      );
      return result;
    }
  }
}

/** Reasons name Discord's error, never the channel, so the scheduler may log them at any level. */
function deliveryFailure(error: unknown): Exclude<DeliveryResult, { status: 'sent' }> {
  if (error instanceof DiscordAPIError) {
    const gone = GONE_CODES.get(error.code);
    if (gone) return { status: 'gone', reason: `discord ${error.code}: ${gone}` };
    return { status: 'failed', reason: `discord ${error.code} (http ${error.status}): ${error.message}` };
  }
  if (error instanceof HTTPError) return { status: 'failed', reason: `discord http ${error.status}` };
  return {
    status: 'failed',
    reason: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
  };
}
