import {
  type ApplicationCommandOptionAllowedChannelType,
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  ChannelType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';

/**
 * The slash commands as Discord stores them: plain data, registered by `npm run discord:register` rather
 * than on every start (Discord rate-limits registration, and a restart should not touch a server's setup).
 * Names stay English. Every command and option has a Russian description; Discord has no Kazakh locale
 * (it offers no `kk` key), so Kazakh speakers see English here and are recognised by their question's
 * letters instead (see language.ts).
 */
export type CommandName = 'ask' | 'fact' | 'today' | 'subscribe' | 'unsubscribe' | 'helplines' | 'about';

export const QUESTION_MAX_LENGTH = 300;

/** Daily posts change what a whole channel sees, so only people who manage the server get these by default. */
const serverManagersOnly = {
  default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
};

const postableChannelTypes: ApplicationCommandOptionAllowedChannelType[] = [
  ChannelType.GuildText,
  ChannelType.GuildAnnouncement,
];

export const commandDefinitions = [
  {
    name: 'ask',
    description: "Ask a question about children's rights in Kazakhstan",
    description_localizations: { ru: 'Задать вопрос о правах детей в Казахстане' },
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'question',
        description: 'Your question, in your own words',
        description_localizations: { ru: 'Ваш вопрос своими словами' },
        required: true,
        max_length: QUESTION_MAX_LENGTH,
        autocomplete: true,
      },
    ],
  },
  {
    name: 'fact',
    description: 'A random fact about children in Kazakhstan',
    description_localizations: { ru: 'Случайный факт о детях в Казахстане' },
  },
  {
    name: 'today',
    description: 'The fact of the day',
    description_localizations: { ru: 'Факт дня' },
  },
  {
    name: 'subscribe',
    description: 'Post one fact every day in a channel',
    description_localizations: { ru: 'Публиковать один факт в день в выбранном канале' },
    ...serverManagersOnly,
    options: [
      {
        type: ApplicationCommandOptionType.Channel,
        name: 'channel',
        description: 'The channel for the daily facts',
        description_localizations: { ru: 'Канал для ежедневных фактов' },
        required: true,
        channel_types: postableChannelTypes,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: 'time',
        description: 'Time of day on the 24-hour clock, for example 08:30',
        description_localizations: { ru: 'Время публикации в формате ЧЧ:ММ, например 08:30' },
        required: false,
        min_length: 3,
        max_length: 5,
      },
    ],
  },
  {
    name: 'unsubscribe',
    description: 'Stop the daily facts in a channel',
    description_localizations: { ru: 'Отключить ежедневные факты в канале' },
    ...serverManagersOnly,
    options: [
      {
        type: ApplicationCommandOptionType.Channel,
        name: 'channel',
        description: 'The channel that should stop getting facts',
        description_localizations: { ru: 'Канал, в котором больше не нужно публиковать факты' },
        required: true,
        channel_types: postableChannelTypes,
      },
    ],
  },
  {
    name: 'helplines',
    description: 'Free phone numbers where children can get help',
    description_localizations: { ru: 'Бесплатные телефоны, по которым дети могут получить помощь' },
  },
  {
    name: 'about',
    description: 'Who Bala is and where its facts come from',
    description_localizations: { ru: 'Кто такой Бала и откуда он берёт факты' },
  },
] satisfies RESTPostAPIApplicationCommandsJSONBody[];
