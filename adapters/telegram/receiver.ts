/** How updates reach the bot, long polling or a webhook; index.ts picks one. */
export interface UpdateReceiver {
  isReady(): boolean;
  /**
   * Takes no new updates, calls `cancelRetries` once none can arrive any more (replies waiting to retry a
   * 5xx give up), and resolves when the updates being handled have finished.
   */
  stop(cancelRetries: () => void): Promise<void>;
}

/**
 * The updates the bot handles; asking for fewer spares traffic (reactions, member changes). Edits are read
 * because a child may add what is happening to a message already sent.
 */
export const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query', 'inline_query'] as const;
