import type { RateLimits } from './rate-limiter.js';

/** Telegram's broadcast limit: about 30 messages a second over all chats. */
export const TELEGRAM_MESSAGES_PER_SECOND = 30;
/** One message a second in a private chat; 20 a minute in a group (groups have negative ids). */
const TELEGRAM_PRIVATE_GAP_MS = 1000;
const TELEGRAM_GROUP_GAP_MS = 3000;

export function telegramLimits(perSecond = TELEGRAM_MESSAGES_PER_SECOND): RateLimits {
  return {
    perSecond,
    gapMs: (chatId) => (chatId.startsWith('-') ? TELEGRAM_GROUP_GAP_MS : TELEGRAM_PRIVATE_GAP_MS),
  };
}

/** How many posts each platform may have on the wire at once. */
export const CONCURRENCY = { telegram: 8, discord: 4 } as const;
