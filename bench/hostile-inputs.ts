/** Messages of one length, written to cost the most: each against ordinary prose of the same length. */
export function hostileInputs(length: number): { name: string; text: string }[] {
  const fill = (unit: string) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  return [
    {
      name: 'ordinary prose',
      text: fill('How many children live in Kazakhstan and do they all go to school? '),
    },
    { name: 'U+FDFA (folds into 18 letters)', text: fill('\uFDFA') },
    { name: 'zero-width space inside every word', text: fill('h\u200Bi\u200Bt\u200Bs m\u200Be ') },
    { name: 'stacked combining marks', text: fill('a\u0301\u0302\u0303\u0304 ') },
    { name: 'leet digits', text: fill('k1ll mys3lf h3lp ') },
    { name: 'mixed scripts in every word', text: fill('пaпa мeня бьёт ') },
    { name: 'one long word', text: fill('a') },
    { name: 'fullwidth letters', text: fill('ｈｉｔｓ ｍｅ ') },
  ];
}
