import type { Lang } from '../localized.js';
import type { Platform } from '../platform.js';
import type { Store } from './store.js';

/** A chat's /language choice, kept in the Store so it outlives restarts and reaches its daily posts. */
export class StoredChatLanguages {
  constructor(
    private readonly store: Store,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get(platform: Platform, chatId: string): Promise<Lang | undefined> {
    return this.store.chatLanguage(platform, chatId);
  }

  set(platform: Platform, chatId: string, lang: Lang): Promise<void> {
    return this.store.setChatLanguage(platform, chatId, lang, this.now());
  }
}
