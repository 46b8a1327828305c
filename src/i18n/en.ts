/** Every message the bot writes outside the fact base, in English. Other languages mirror this shape. */
export const en = {
  greeting:
    "Hi! I'm Bala. I answer questions about children's rights in Kazakhstan. Ask me anything, for example: How many children live in Kazakhstan?",
  help: 'Ask me a question in your own words, for example "Do all children go to school?". Commands: /fact a random fact, /today the fact of the day, /helplines phone numbers for help, /about where my facts come from.',
  noMatch: "I don't know that yet. I only know facts about children's rights in Kazakhstan.",
  suggestionsIntro: 'You could ask:',
  emptyInput: 'Please write your question in words, for example: How many children live in Kazakhstan?',
  tooLong: 'That message is very long. Please ask one short question at a time.',
  safeguardingIntro:
    "Thank you for telling me. What is happening is not your fault, and you don't have to deal with it alone. Please talk to someone who can help right now:",
  safeguardingSelfHarm:
    "I'm really glad you told me. You matter, and what you feel can get better with help. Please talk to someone now:",
  safeguardingDanger: 'If you are in danger right now, call 112.',
  safeguardingTrusted:
    'You can also tell an adult you trust, like a teacher, a relative or a school psychologist.',
  safeguardingGroup:
    "If you or someone you know needs help, it's free and confidential. Tap the button to see who you can talk to.",
  helplinesTitle: 'Who you can call',
  helplinesIntro: 'These lines are free and work day and night:',
  checkIn:
    "I want to check: are you safe right now? If something is hurting you or someone close to you, you don't have to keep it to yourself. You can call 150 (free, any time, in confidence) or 111, and 112 if you are in danger right now.",
  checkInAnswer: 'About your question:',
  helplinesLine: 'If something is wrong or you feel unsafe, free help is at 150 and 111: send /helplines.',
  footnote: 'If this is happening to you or someone you know, call 150 (free, any time).',
  about:
    "Bala answers questions about children's rights in Kazakhstan. Its facts are written by the Bala team, in their own words, from these sources:\n{sources}\nEach answer names its source. Bala explains rights; it does not give legal advice. Bala keeps no names and no messages: for a chat that subscribes to daily facts or picks a language, only its chat id, the time, the time zone and the language.",
  article: 'Article {article}',
  articleParagraph: 'Article {article}, paragraph {paragraph}',
  noSuchArticle:
    'The Convention on the Rights of the Child has {count} articles, numbered 1 to {count}. Ask me about any of them, for example: What does article 12 say?',
  sourceLabel: 'Source',
  paragraph: 'paragraph',
  paragraphs: 'paragraphs',
  factTitle: 'Did you know?',
  dailyTitle: 'Fact of the day',
  confirmedOn: 'checked',
  open24: 'any time, day and night',
  anotherFact: 'Another fact',
  showSource: 'Source',
  helplinesButton: 'Who can help',
  tooManyQuestions: "You're asking very fast! Please wait a minute and try again.",
  somethingWrong: 'Sorry, something went wrong on my side. Please try again in a moment.',
  adminsOnly: 'Only the admins of this chat can change its daily facts.',
  askUsage: 'Write your question after the command, for example: /ask Do all children go to school?',
  // Telegram
  privacyNote: "I don't keep your name or your messages.",
  // The console chat only (adapters/console): its extra commands, /language auto, and leaving.
  helpConsole: 'In this console: /language chooses the language I answer in, /quit leaves.',
  languageAuto: 'Done! I will answer each message in the language it is written in.',
  goodbye: 'Goodbye! If you ever need help, call 150: it is free, day and night.',
  helpTelegram:
    'In a group, write /ask and your question, mention me, or reply to one of my messages. In any chat, type @{bot} and a few words to share a fact.',
  languageAdminsOnly: 'Only the admins of this chat can change its language.',
  subscribeUsage:
    'Send /subscribe to get one fact every day, or add a time on the 24-hour clock, for example: /subscribe 08:30',
  subscribed:
    'Done! This chat will get one fact every day at {time} ({timeZone}). Send /unsubscribe to stop.',
  subscriptionUpdated: 'Updated: this chat now gets its daily fact at {time} ({timeZone}).',
  unsubscribed: 'Daily facts are off for this chat. Send /subscribe to turn them back on.',
  notSubscribed: 'This chat was not getting daily facts. Send /subscribe to start.',
  buttonExpired: 'This button is out of date. Send /fact for a new fact.',
  unknownCommand: "I don't know that command. Send /help to see what I can do.",
  commandStart: 'What I can do',
  commandHelp: 'How to ask me questions',
  commandAsk: "Ask a question about children's rights",
  commandFact: 'A random fact',
  commandToday: 'The fact of the day',
  commandSubscribe: 'A fact every day (optional time HH:MM)',
  commandUnsubscribe: 'Stop the daily facts',
  commandHelplines: 'Phone numbers for help',
  commandAbout: 'Where my facts come from',
  commandLanguage: 'Language',
  // Discord
  discordGuildOnly: 'Daily facts go to a server channel, so please use this command in a server.',
  discordNotTextChannel: 'Please pick a text or announcement channel for the daily facts.',
  discordMissingPermission:
    "I can't post daily facts in {channel} yet: I need the {permissions} permission there. A server admin can give it to me in the channel settings, under Permissions.",
  discordMissingPermissions:
    "I can't post daily facts in {channel} yet: I need these permissions there: {permissions}. A server admin can give them to me in the channel settings, under Permissions.",
  discordPermissionViewChannel: 'View Channel',
  discordPermissionSendMessages: 'Send Messages',
  discordPermissionEmbedLinks: 'Embed Links',
  discordInvalidTime: 'Please write the time on the 24-hour clock as HH:MM, for example 08:30 or 18:00.',
  discordSubscribed:
    'Done! {channel} will get one fact every day at {time} ({timeZone}). Use /unsubscribe to stop.',
  discordSubscriptionUpdated: 'Updated: {channel} now gets its daily fact at {time} ({timeZone}).',
  discordUnsubscribed: 'Daily facts are off for {channel}. Use /subscribe to turn them back on.',
  discordNotSubscribed: '{channel} was not getting daily facts. Use /subscribe to start.',
  discordUnknownCommand: "I don't know that command any more. Try /ask with your question.",
  // Languages: /language asks with one button per language (each labelled by its own `languageNative`)
  // and answers in the chosen language, filling {language} with that catalogue's name for it.
  languagePrompt: 'Which language should I speak in this chat? Tap a button.',
  languageSet: "Done! This chat's language is now {language}.",
  languageNative: 'English',
  languageNameEn: 'English',
  languageNameRu: 'Russian',
  languageNameKk: 'Kazakh',
};

export type Messages = { [K in keyof typeof en]: string };
