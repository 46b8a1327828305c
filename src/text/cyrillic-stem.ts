/**
 * Light stemmers for Russian and Kazakh, on folded text (Kazakh letters folded, й→и, ё→е). Index and query
 * only need to be cut the same way, so each is a short list of endings, not a grammar.
 */

const VOWELS = /[аеиоуыэюя]/;

/** Endings longest first, so "ами" goes before "и". */
function endings(list: string): string[] {
  return list
    .split(/\s+/)
    .filter((e) => e !== '')
    .sort((a, b) => b.length - a.length);
}

// Russian: one inflection per word (noun, adjective, verb), after an optional reflexive -ся/-сь.
const RUSSIAN = endings(`
  иями ями ами ьми ого его ому ему ыми ими ешь ишь ете ите ить ать ять еть уть ыть ила ыла ена ено ены
  ых их ои еи ии ыи ая яя ое ее ую юю ов ев ам ям ах ях ом ем ия ие ию ью ья ть ет ут ют ит ат ят
  ы и а я о е у ю ь`);
const RUSSIAN_REFLEXIVE = endings('ся сь');

/**
 * Russian, after Snowball's idea: endings come off only after the word's first vowel, so the root stays
 * ("детей", "дети", "детьми" → "дет"; "года" → "год").
 */
export function stemRussian(word: string): string {
  const firstVowel = word.search(VOWELS);
  if (firstVowel < 0) return word;
  const rootEnd = firstVowel + 1;
  let stem = word;
  const strip = (list: string[]) => {
    const ending = list.find((e) => stem.length - e.length >= Math.max(rootEnd, 2) && stem.endsWith(e));
    if (ending) stem = stem.slice(0, -ending.length);
  };
  strip(RUSSIAN_REFLEXIVE);
  strip(RUSSIAN);
  return stem;
}

// Kazakh: plural, possessive and case endings, which stack (бала+лар+ы+нын).
const KAZAKH = endings(`
  лар лер дар дер тар тер нын нин дын дин тын тин дан ден тан тен нан нен мыз миз ныз низ ымыз имиз
  ыныз иниз га ге ка ке на не да де та те ны ни ды ди ты ти сы си ым им ын ин мен бен пен
  ы и а е`);
const KAZAKH_MIN_STEM = 3;
const KAZAKH_MAX_STRIPS = 5;

/** A root's last к/қ and п turn into г/ғ and б before a vowel (құқық → құқығы); folded, г and б. */
const VOICED_BACK: Readonly<Record<string, string>> = { г: 'к', б: 'п' };

/**
 * Kazakh: endings come off one after another, so "балалар", "балаларга", "балаларынын" meet at "бал"; a
 * root that voiced its last consonant before an ending gets it back ("кукыгына" → "кукык").
 */
export function stemKazakh(word: string): string {
  let stem = word;
  for (let strip = 0; strip < KAZAKH_MAX_STRIPS; strip++) {
    const ending = KAZAKH.find((e) => stem.length - e.length >= KAZAKH_MIN_STEM && stem.endsWith(e));
    if (!ending) break;
    stem = stem.slice(0, -ending.length);
  }
  const last = stem.at(-1) ?? '';
  const unvoiced = VOICED_BACK[last];
  return stem !== word && unvoiced ? stem.slice(0, -1) + unvoiced : stem;
}
