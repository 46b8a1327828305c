import { unmask } from '../text/unmask.js';

/**
 * One spelling for the three ways the same words reach Bala: Cyrillic, Kazakh typed without its letters,
 * and Latin (Russian transliteration, the Kazakh Latin alphabets). "Меня бьют", "menya bjut", "мені
 * ұрады", "meni urady" and "мени урады" land on nearly the same letters, so what the model learns from one
 * spelling carries over to the others.
 */
const CYRILLIC_TO_SKELETON: Readonly<Record<string, string>> = {
  а: 'a',
  ә: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'z',
  з: 'z',
  и: 'i',
  й: 'i',
  і: 'i',
  к: 'k',
  қ: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'u',
  ү: 'u',
  ф: 'f',
  х: 'h',
  һ: 'h',
  ц: 'c',
  ч: 'c',
  ш: 's',
  щ: 's',
  ъ: '',
  ы: 'i',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

/** Latin letters and pairs as the skeleton spells them ("sh" and "ş" are one sound, so one letter). */
const LATIN_PAIRS: readonly [RegExp, string][] = [
  [/shch|sch/g, 's'],
  [/sh|ş/g, 's'],
  [/ch|ç/g, 'c'],
  [/zh/g, 'z'],
  // "jit", "jizn", "jene": j before i or e is ж in Russian transliteration and in Kazakh Latin letters alike.
  [/j(?=[ie])/g, 'z'],
  [/kh/g, 'h'],
  [/ts/g, 'c'],
  [/[yj]a/g, 'ia'],
  [/[yj]u/g, 'iu'],
  [/[yj]o/g, 'e'],
];
const LATIN_LETTERS: Readonly<Record<string, string>> = {
  á: 'a',
  ä: 'a',
  ǵ: 'g',
  ğ: 'g',
  ı: 'i',
  í: 'i',
  ń: 'n',
  ñ: 'n',
  ó: 'o',
  ö: 'o',
  ú: 'u',
  ü: 'u',
  ý: 'u',
  j: 'i',
  y: 'i',
  q: 'k',
  w: 'v',
  x: 'ks',
};

export function skeleton(text: string): string {
  let out = '';
  for (const char of unmask(text)) out += CYRILLIC_TO_SKELETON[char] ?? char;
  for (const [pair, letter] of LATIN_PAIRS) out = out.replace(pair, letter);
  let spelled = '';
  for (const char of out) spelled += LATIN_LETTERS[char] ?? char;
  // "помогитееее", "pleeease": a letter held down is still one letter.
  return spelled.replace(/(\p{L})\1{2,}/gu, '$1$1');
}

/** The skeleton's words: letters and digits, everything else a boundary. */
export function skeletonWords(text: string): string[] {
  return skeleton(text).match(/[\p{L}\d]+/gu) ?? [];
}
