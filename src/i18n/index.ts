import type { Lang } from '../lang.js';
import { en, type Messages } from './en.js';

const catalogues: Record<Lang, Messages> = { en, ru: en, kk: en };

export function messages(lang: Lang): Messages {
  return catalogues[lang];
}

export type { Messages };
