import type { ChatInputCommandInteraction } from 'discord.js';
import type { BalaCore } from '../../../src/core.js';
import type { Lang } from '../../../src/lang.js';
import type { SubscriptionService } from '../../../src/platform.js';

/** What a command handler may use besides the interaction; built per interaction by the router. */
export interface CommandContext {
  core: BalaCore;
  lang: Lang;
  /** Absent until storage is configured. */
  subscriptions: SubscriptionService | undefined;
  defaultTimeZone: string;
  now: () => Date;
}

/** Answers one slash command. It may throw: the router's error funnel tells the person and logs. */
export type CommandHandler = (
  interaction: ChatInputCommandInteraction,
  context: CommandContext,
) => Promise<unknown>;
