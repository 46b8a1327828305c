import type { BotCommand } from 'grammy/types';
import type { Messages } from '../../src/i18n/index.js';

/** The command menu Telegram shows next to the text box, in the order people are likely to need it. */
export const COMMAND_NAMES = [
  'start',
  'help',
  'ask',
  'fact',
  'today',
  'subscribe',
  'unsubscribe',
  'helplines',
  'about',
  'language',
] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

const DESCRIPTION_KEYS: Record<CommandName, keyof Messages> = {
  start: 'commandStart',
  help: 'commandHelp',
  ask: 'commandAsk',
  fact: 'commandFact',
  today: 'commandToday',
  subscribe: 'commandSubscribe',
  unsubscribe: 'commandUnsubscribe',
  helplines: 'commandHelplines',
  about: 'commandAbout',
  language: 'commandLanguage',
};

export function commandMenu(m: Messages): BotCommand[] {
  return COMMAND_NAMES.map((command) => ({ command, description: m[DESCRIPTION_KEYS[command]] }));
}

export function isCommandName(name: string): name is CommandName {
  return (COMMAND_NAMES as readonly string[]).includes(name);
}
