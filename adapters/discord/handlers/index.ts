import type { CommandName } from '../command-definitions.js';
import { about, ask, fact, helplines, today } from './answers.js';
import type { CommandHandler } from './command-handler.js';
import { subscribe, unsubscribe } from './subscriptions.js';

/** One handler per registered command; the type makes a command without a handler a compile error. */
export const commandHandlers: Record<CommandName, CommandHandler> = {
  ask,
  fact,
  today,
  subscribe,
  unsubscribe,
  helplines,
  about,
};

export type { CommandContext, CommandHandler } from './command-handler.js';
