import { channelMention, MessageFlags } from 'discord.js';
import { fillTemplate } from '../../../src/i18n/fill.js';
import { messages } from '../../../src/i18n/index.js';
import { chosenChannel, missingPostPermissions } from '../channel-access.js';
import { noticeEdit, privateNotice } from '../payloads.js';
import { parseTimeOfDay } from '../time-of-day.js';
import type { CommandHandler } from './command-handler.js';

/**
 * /subscribe channel [time]: daily facts for a channel. Discord limits who sees the command (Manage Server
 * by default, which server admins may widen on purpose). Before subscribing, the bot checks it can actually
 * post there, so an admin learns about a missing permission now rather than from days of silence.
 * Only the channel id is handed on, never who asked.
 */
export const subscribe: CommandHandler = async (interaction, { subscriptions, lang }) => {
  const m = messages(lang);
  if (!interaction.inGuild()) return interaction.reply(privateNotice(m.discordGuildOnly));
  const typedTime = interaction.options.getString('time');
  const time = typedTime === null ? undefined : parseTimeOfDay(typedTime);
  if (typedTime !== null && time === undefined) return interaction.reply(privateNotice(m.discordInvalidTime));

  // Fetching the channel and storing the subscription may take longer than Discord's 3-second window.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const choice = await chosenChannel(interaction);
  if (choice.status === 'wrong_type') return interaction.editReply(noticeEdit(m.discordNotTextChannel));
  const channelId = choice.status === 'ok' ? choice.channel.id : choice.channelId;
  const channel = channelMention(channelId);
  const missing =
    choice.status === 'ok'
      ? await missingPostPermissions(choice.channel)
      : (['discordPermissionViewChannel'] as const);
  if (missing.length > 0) {
    const template = missing.length === 1 ? m.discordMissingPermission : m.discordMissingPermissions;
    const permissions = missing.map((name) => m[name]).join(', ');
    return interaction.editReply(noticeEdit(fillTemplate(template, { channel, permissions })));
  }

  const result = await subscriptions.subscribe({
    platform: 'discord',
    chatId: channelId,
    ...(time ? { time } : {}),
    lang,
  });
  const template = result.updated ? m.discordSubscriptionUpdated : m.discordSubscribed;
  return interaction.editReply(
    noticeEdit(fillTemplate(template, { channel, time: result.time, timeZone: result.timeZone })),
  );
};

/** /unsubscribe channel: no permission check, so a channel the bot lost access to can still be turned off. */
export const unsubscribe: CommandHandler = async (interaction, { subscriptions, lang }) => {
  const m = messages(lang);
  if (!interaction.inGuild()) return interaction.reply(privateNotice(m.discordGuildOnly));
  const channelId = String(interaction.options.get('channel', true).value);
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const removed = await subscriptions.unsubscribe('discord', channelId);
  const template = removed ? m.discordUnsubscribed : m.discordNotSubscribed;
  return interaction.editReply(noticeEdit(fillTemplate(template, { channel: channelMention(channelId) })));
};
