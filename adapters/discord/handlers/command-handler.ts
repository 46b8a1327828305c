import type { ChatInputCommandInteraction } from 'discord.js';
import type { BalaCore } from '../../../src/core.js';
import type { Lang } from '../../../src/localized.js';
import type { SubscriptionService } from '../../../src/platform.js';
import type { Reply } from '../../../src/reply.js';

/** What a command handler may use besides the interaction; built per interaction by the router. */
export interface CommandContext {
  core: BalaCore;
  lang: Lang;
  subscriptions: SubscriptionService;
  defaultTimeZone: string;
  now: () => Date;
  /** Answers the interaction with a reply from the core, counted by kind: every such answer goes here. */
  sendReply: (reply: Reply) => Promise<unknown>;
}

/** Answers one slash command. It may throw: the router's error funnel tells the person and logs. */
export type CommandHandler = (
  interaction: ChatInputCommandInteraction,
  context: CommandContext,
) => Promise<unknown>;
