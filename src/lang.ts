import { z } from 'zod';

/** Languages the bot speaks. English is the reference every other language is checked against. */
export const LANGS = ['en', 'ru', 'kk'] as const;
export type Lang = (typeof LANGS)[number];
export const langSchema = z.enum(LANGS);

/** Text per language; `en` is required, the others are filled in as translations land. */
export const localizedText = z.object({
  en: z.string().trim().min(1),
  ru: z.string().trim().min(1).optional(),
  kk: z.string().trim().min(1).optional(),
});
export type LocalizedText = z.infer<typeof localizedText>;

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

export function pick(text: LocalizedText, lang: Lang): string {
  return text[lang] ?? text.en;
}

export function pickList(list: LocalizedList, lang: Lang): string[] {
  return list[lang] ?? list.en;
}
