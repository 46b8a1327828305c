/** How updates reach the bot, long polling or a webhook; index.ts picks one. */
export interface UpdateReceiver {
  isReady(): boolean;
  stop(): Promise<void>;
}

/** The updates the bot handles; asking for fewer spares traffic (edits, reactions, member changes). */
export const ALLOWED_UPDATES = ['message', 'callback_query', 'inline_query'] as const;
