import {
  ChannelType,
  type ChatInputCommandInteraction,
  DiscordAPIError,
  type NewsChannel,
  PermissionFlagsBits,
  type TextChannel,
} from 'discord.js';
import type { Messages } from '../../src/i18n/index.js';

export type PostChannel = TextChannel | NewsChannel;

/** What the bot needs to post a daily fact embed, with the name Discord's settings show for each. */
const POST_PERMISSIONS = [
  [PermissionFlagsBits.ViewChannel, 'discordPermissionViewChannel'],
  [PermissionFlagsBits.SendMessages, 'discordPermissionSendMessages'],
  [PermissionFlagsBits.EmbedLinks, 'discordPermissionEmbedLinks'],
] as const satisfies ReadonlyArray<readonly [bigint, keyof Messages]>;

/** Codes Discord answers with for a channel the bot may not see, or one deleted since it was picked. */
const INVISIBLE_CODES = new Set<unknown>([10003, 50001]);

export type ChannelChoice =
  | { status: 'ok'; channel: PostChannel }
  | { status: 'invisible'; channelId: string }
  | { status: 'wrong_type' };

/**
 * The channel picked in the `channel` option, fetched fresh: a cached copy may predate a change to its
 * permission overwrites, and a wrong answer here means daily posts that silently fail later.
 */
export async function chosenChannel(interaction: ChatInputCommandInteraction): Promise<ChannelChoice> {
  // The raw option rather than getChannel(): it needs Discord's `resolved` data, which carries no overwrites.
  const channelId = String(interaction.options.get('channel', true).value);
  let channel: Awaited<ReturnType<typeof interaction.client.channels.fetch>>;
  try {
    channel = await interaction.client.channels.fetch(channelId, { force: true });
  } catch (error) {
    if (error instanceof DiscordAPIError && INVISIBLE_CODES.has(error.code)) {
      return { status: 'invisible', channelId };
    }
    throw error;
  }
  if (!channel || channel.isDMBased() || channel.guildId !== interaction.guildId) {
    return { status: 'invisible', channelId };
  }
  if (channel.type !== ChannelType.GuildText && channel.type !== ChannelType.GuildAnnouncement) {
    return { status: 'wrong_type' };
  }
  return { status: 'ok', channel };
}

/** The catalogue names of the post permissions the bot lacks in `channel`; empty when it can post. */
export async function missingPostPermissions(channel: PostChannel): Promise<Array<keyof Messages>> {
  const me = channel.guild.members.me ?? (await channel.guild.members.fetchMe());
  const granted = channel.permissionsFor(me);
  return POST_PERMISSIONS.filter(([flag]) => !granted.has(flag)).map(([, name]) => name);
}
