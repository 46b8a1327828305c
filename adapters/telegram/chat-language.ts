import type { Context, MiddlewareFn } from 'grammy';
import { chooseLanguage } from '../../src/detect-language.js';
import { messages } from '../../src/i18n/index.js';
import type { Lang } from '../../src/localized.js';
import type { Logger } from '../../src/logger.js';
import type { Platform } from '../../src/platform.js';
import type { ChatLanguages } from '../platform-deps.js';
import { groupQuestion, isCommandForBot, isForBot } from './addressing.js';
import type { BotContext, LanguageFlavor } from './bot-env.js';
import { parseCallbackData } from './callback-data.js';
import { loggableError } from './loggable-error.js';

/** /language choices kept in memory, for a bot started without storage (tests, a quick local try). */
export class MemoryChatLanguages implements ChatLanguages {
  private readonly chosen = new Map<string, Lang>();

  async get(platform: Platform, chatId: string): Promise<Lang | undefined> {
    return this.chosen.get(`${platform}:${chatId}`);
  }

  async set(platform: Platform, chatId: string, lang: Lang): Promise<void> {
    this.chosen.set(`${platform}:${chatId}`, lang);
  }
}

export function setLanguage(ctx: Context & Partial<LanguageFlavor>, lang: Lang): void {
  ctx.lang = lang;
  ctx.messages = messages(lang);
}

/**
 * The words a person wrote in this update, which say something about their language: a question, an
 * inline query. Undefined for a bare command or a button; the arguments of commands other than /ask are
 * codes (a time, a deep-link tag, a language), and a Latin code says nothing about how someone reads.
 */
export function writtenText(ctx: Context): string | undefined {
  if (ctx.inlineQuery) return ctx.inlineQuery.query;
  const message = ctx.message;
  if (message?.text === undefined) return undefined;
  if (isCommandForBot(message, ctx.me)) {
    const command = message.entities?.find((e) => e.type === 'bot_command' && e.offset === 0)?.length ?? 0;
    const name = message.text.slice(1, command).split('@')[0]?.toLowerCase();
    return name === 'ask' ? message.text.slice(command) : undefined;
  }
  if (message.chat.type === 'private') return message.text;
  return groupQuestion(message, ctx.me);
}

/**
 * The chat's explicit choice. A button (another fact, the helplines) speaks the language of the message it
 * is under. Inline queries come from no chat; the person's private chat with the bot has their user id.
 */
async function explicitChoice(ctx: Context, languages: ChatLanguages): Promise<Lang | undefined> {
  const data = ctx.callbackQuery?.data;
  const button = data === undefined ? undefined : parseCallbackData(data);
  if (button && button.action !== 'language' && button.lang) return button.lang;
  const chatId = ctx.chat?.id ?? ctx.inlineQuery?.from.id;
  return chatId === undefined ? undefined : languages.get('telegram', String(chatId));
}

/**
 * Puts the update's language on the context before any feature runs: the chat's /language choice, else
 * what the person wrote and their Telegram language (see chooseLanguage). Storage is asked only for
 * updates the bot answers; if it fails, the bot answers in its best guess rather than not at all.
 */
export function languageMiddleware(
  languages: ChatLanguages,
  fallback: Lang,
  logger: Logger,
): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const signals = { hint: ctx.from?.language_code, text: writtenText(ctx), fallback };
    setLanguage(ctx, chooseLanguage(signals));
    if (isForBot(ctx) || ctx.inlineQuery) {
      try {
        setLanguage(ctx, chooseLanguage({ ...signals, explicit: await explicitChoice(ctx, languages) }));
      } catch (error) {
        logger.warn({ err: loggableError(error) }, 'could not read the chat language');
      }
    }
    return next();
  };
}
