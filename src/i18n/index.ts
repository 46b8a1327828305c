import type { Lang } from '../localized.js';
import { en, type Messages } from './en.js';
import { kk } from './kk.js';
import { ru } from './ru.js';

const catalogues: Record<Lang, Messages> = { en, ru, kk };

export function messages(lang: Lang): Messages {
  return catalogues[lang];
}

export type { Messages };
