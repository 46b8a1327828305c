/** How updates reach the bot, long polling or a webhook; index.ts picks one. */
export interface UpdateReceiver {
  isReady(): boolean;
  stop(): Promise<void>;
}

/**
 * The updates the bot handles; asking for fewer spares traffic (reactions, member changes). Edits are read
 * because a child may add what is happening to a message already sent.
 */
export const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query', 'inline_query'] as const;
