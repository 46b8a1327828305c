import { z } from 'zod';
import { LANGS, type Lang, langSchema } from '../../src/localized.js';

/**
 * Button payloads. Telegram caps callback data at 64 bytes and hands it back verbatim, possibly from a
 * message sent by an older version of the bot, so it is parsed rather than trusted. Buttons under a reply
 * carry the reply's language, so what they open stays in the language of the message they sit under.
 */
const MAX_CALLBACK_BYTES = 64;
const LANG = `(?:${LANGS.join('|')})`;

/** The language at the end of a payload (`…:ru`); payloads from before languages have none. */
function trailingLang(parts: string[], index: number): Lang | undefined {
  const parsed = langSchema.safeParse(parts[index]);
  return parsed.success ? parsed.data : undefined;
}

/** Under a fact: another one, or its source. Under "I don't know": the suggested fact itself. */
type FactAction = 'next' | 'src' | 'show';

const factButton = z
  .string()
  .regex(new RegExp(`^fact:(next|src|show):[a-z0-9][a-z0-9-]*(:${LANG})?$`))
  .transform((data) => {
    const parts = data.split(':');
    const [, action, factId] = parts as [string, FactAction, string];
    return { action, factId, lang: trailingLang(parts, 3) };
  });
const helplinesButton = z
  .string()
  .regex(new RegExp(`^helplines(:${LANG})?$`))
  .transform((data) => ({ action: 'helplines' as const, lang: trailingLang(data.split(':'), 1) }));
const languageButton = z
  .string()
  .regex(new RegExp(`^lang:${LANG}$`))
  .transform((data) => ({ action: 'language' as const, lang: langSchema.parse(data.split(':')[1]) }));

export const callbackDataSchema = z.union([factButton, helplinesButton, languageButton]);
export type CallbackAction = z.infer<typeof callbackDataSchema>;

export function parseCallbackData(data: string): CallbackAction | undefined {
  const parsed = callbackDataSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}

/** The data for a fact button, or undefined when the id would not fit in 64 bytes. */
export function factButtonData(action: FactAction, factId: string, lang: Lang): string | undefined {
  const data = `fact:${action}:${factId}:${lang}`;
  return Buffer.byteLength(data) <= MAX_CALLBACK_BYTES ? data : undefined;
}

export function helplinesButtonData(lang: Lang): string {
  return `helplines:${lang}`;
}

/** The /language buttons: the chat's new language. */
export function languageButtonData(lang: Lang): string {
  return `lang:${lang}`;
}
