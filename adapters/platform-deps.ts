import type { Config } from '../src/config.js';
import type { BalaCore } from '../src/core.js';
import type { Lang } from '../src/localized.js';
import type { Logger } from '../src/logger.js';
import type { Metrics } from '../src/metrics.js';
import type { Platform, Publisher, SubscriptionService } from '../src/platform.js';
import type { HttpServer } from './http/server.js';

/** What the composition root hands each platform adapter. */
export interface PlatformDeps {
  core: BalaCore;
  config: Config;
  logger: Logger;
  /** The process's HTTP server, when HTTP_PORT is not 0 (the Telegram webhook is a route on it). */
  http?: HttpServer;
  /** /subscribe and /unsubscribe: the Store in production, the same Store on ':memory:' in tests. */
  subscriptions: SubscriptionService;
  /** Where /language keeps a chat's choice; absent, the choice lasts until restart. */
  languages?: ChatLanguages;
  /** Counters for /metrics; absent in tests that do not look at them. */
  metrics?: Metrics;
}

/** A chat's explicit language choice (/language), the first thing language detection asks. */
export interface ChatLanguages {
  get(platform: Platform, chatId: string): Promise<Lang | undefined>;
  set(platform: Platform, chatId: string, lang: Lang): Promise<void>;
}

/** A started platform: its publisher for scheduled posts, its readiness, and a graceful stop. */
export interface RunningPlatform {
  readonly name: Platform;
  readonly publisher: Publisher;
  isReady(): boolean;
  stop(): Promise<void>;
}
