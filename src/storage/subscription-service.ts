import type { Config } from '../config.js';
import type { Platform, SubscriptionRequest, SubscriptionResult, SubscriptionService } from '../platform.js';
import type { Store } from './store.js';

/**
 * /subscribe and /unsubscribe over the Store. A chat has at most one subscription: subscribing again sets
 * its time (the configured default when none is given) and turns it back on if it was off.
 */
export class StoredSubscriptions implements SubscriptionService {
  constructor(
    private readonly store: Store,
    private readonly defaults: Pick<Config, 'defaultTimeZone' | 'dailyPostTime'>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async subscribe(request: SubscriptionRequest): Promise<SubscriptionResult> {
    const { subscription, wasActive } = await this.store.upsertSubscription(
      {
        platform: request.platform,
        chatId: request.chatId,
        time: request.time ?? this.defaults.dailyPostTime,
        timeZone: request.timeZone ?? this.defaults.defaultTimeZone,
        lang: request.lang,
      },
      this.now(),
    );
    return { time: subscription.time, timeZone: subscription.timeZone, updated: wasActive };
  }

  unsubscribe(platform: Platform, chatId: string): Promise<boolean> {
    return this.store.deactivateSubscription(platform, chatId, this.now());
  }
}
