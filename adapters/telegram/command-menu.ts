import type { Api } from 'grammy';
import type { BotCommand } from 'grammy/types';
import { type Messages, messages } from '../../src/i18n/index.js';
import { LANGS, type Lang } from '../../src/localized.js';
import type { Logger } from '../../src/logger.js';
import { loggableError } from './loggable-error.js';

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

/**
 * The menu in the deployment's default language for everyone, then one per language for people whose
 * Telegram is set to it. Each is set on its own, so one failure costs only that menu; failures are logged.
 */
export async function setCommandMenus(api: Api, defaultLanguage: Lang, logger: Logger): Promise<void> {
  const menus: Array<Lang | undefined> = [undefined, ...LANGS];
  for (const languageCode of menus) {
    const menu = commandMenu(messages(languageCode ?? defaultLanguage));
    await api
      .setMyCommands(menu, languageCode ? { language_code: languageCode } : undefined)
      .catch((err: unknown) =>
        logger.warn({ err: loggableError(err), languageCode }, 'could not set the command menu'),
      );
  }
}
