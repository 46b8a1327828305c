import { BalaCore } from '../src/core.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import type { KnowledgeBase } from '../src/knowledge/schema.js';
import { defaultKnowledgeDir } from '../src/paths.js';
import type {
  Platform,
  SubscriptionRequest,
  SubscriptionResult,
  SubscriptionService,
} from '../src/platform.js';

let shipped: KnowledgeBase | undefined;

/** The fact base as shipped in knowledge/, loaded once per test file. */
export function shippedKnowledge(): KnowledgeBase {
  shipped ??= loadKnowledge(defaultKnowledgeDir);
  return shipped;
}

export function shippedCore(): BalaCore {
  return new BalaCore(shippedKnowledge());
}

/** Subscriptions kept in a Map, recording what the bot asked for. */
export class MemorySubscriptions implements SubscriptionService {
  readonly requests: SubscriptionRequest[] = [];
  readonly chats = new Map<string, SubscriptionRequest>();

  async subscribe(request: SubscriptionRequest): Promise<SubscriptionResult> {
    this.requests.push(request);
    const key = `${request.platform}:${request.chatId}`;
    const updated = this.chats.has(key);
    this.chats.set(key, request);
    return { time: request.time ?? '09:00', timeZone: request.timeZone ?? 'Asia/Almaty', updated };
  }

  async unsubscribe(platform: Platform, chatId: string): Promise<boolean> {
    return this.chats.delete(`${platform}:${chatId}`);
  }

  has(platform: Platform, chatId: string): boolean {
    return this.chats.has(`${platform}:${chatId}`);
  }
}
