/**
 * Article numbers written in a fact's text: "Article 5", "Articles 9 and 12", "Article 28(2)", "статья 16",
 * "статьи 5 и 19", "16-бап", "5 және 19-баптар". They are citations, not figures, so the figure check leaves
 * them out, and the knowledge check makes sure each one exists.
 */
const NUMBER = String.raw`\d+(?:\s*\(\d+\))?`;
const LIST = String.raw`${NUMBER}(?:\s*(?:,|and|or|to|и|или|және|мен|немесе|–|-)\s*${NUMBER})*`;
const REFERENCE = new RegExp(
  [
    String.raw`(?<!\p{L})articles?\s+(${LIST})`,
    String.raw`(?<!\p{L})(?:стать[\p{L}]*|ст\.)\s*(${LIST})`,
    String.raw`(?<![\p{L}\d])(${LIST})\s*-?\s*(?:бап|баб)\p{L}*`,
  ].join('|'),
  'giu',
);

/** The article numbers a text cites; a paragraph in brackets ("28(2)") is not an article. */
export function articleNumbersIn(text: string): number[] {
  const numbers: number[] = [];
  for (const match of text.matchAll(REFERENCE)) {
    const list = match[1] ?? match[2] ?? match[3] ?? '';
    for (const n of list.replace(/\(\d+\)/g, ' ').matchAll(/\d+/g)) numbers.push(Number(n[0]));
  }
  return numbers;
}

/** The text with its article citations taken out, so that only figures are left for the figure check. */
export function withoutArticleReferences(text: string): string {
  return text.replace(REFERENCE, ' ');
}
