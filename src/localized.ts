import { z } from 'zod';

/** Languages the bot speaks. English is the reference every other language is checked against. */
export const LANGS = ['en', 'ru', 'kk'] as const;
export type Lang = (typeof LANGS)[number];
export const langSchema = z.enum(LANGS);

const text = z.string().trim().min(1);

/** Text per language; `en` is required, the others are filled in as translations land. */
export const localizedText = z.object({ en: text, ru: text.optional(), kk: text.optional() });
export type LocalizedText = z.infer<typeof localizedText>;

/** Text in every language: what the curated knowledge files must carry. */
export const localizedTextAll = z.object({ en: text, ru: text, kk: text });

// Curators write a year or a phone number as a bare keyword (`1994`); YAML reads it as a number.
const listItem = z
  .union([z.string(), z.number()])
  .transform((value) => String(value).trim())
  .pipe(z.string().min(1));

export const localizedList = z.object({
  en: z.array(listItem),
  ru: z.array(listItem).optional(),
  kk: z.array(listItem).optional(),
});
export type LocalizedList = z.infer<typeof localizedList>;

/** A list in every language, each with at least `min` items. */
export function localizedListAll(min: number) {
  const list = z.array(listItem).min(min);
  return z.object({ en: list, ru: list, kk: list });
}

export function pick(text: LocalizedText, lang: Lang): string {
  return text[lang] ?? text.en;
}

export function pickList(list: LocalizedList, lang: Lang): string[] {
  return list[lang] ?? list.en;
}
