import { articleFacts, conventionOf } from '../knowledge/convention.js';
import type { Fact, KnowledgeBase } from '../knowledge/schema.js';

/**
 * "What does article 12 say?", "статья 31", "12-бап не туралы", "stat'ya 19": a question that names an
 * article of the Convention is answered by that article's fact, by rule, because a number must be exact.
 * A question that names another document ("article 31 of the Labour Code") is left to the fact matcher.
 */
const ARTICLE_BEFORE = String.raw`(?:article|art\.?|стать\p{L}*|ст\.?|stat'?\p{L}*|бап|баб\p{L}*|bap|bab\p{L}*)\s*(?:№|no\.?|#)?\s*(\d{1,3})(?!\d)`;
const ARTICLE_AFTER = String.raw`(?<!\d)(\d{1,3})\s*-?\s*(?:st|nd|rd|th|я|ая|ой|ші|шы|інші|ынші|shi|shy)?\s*(?:article|стать\p{L}*|бап|баб\p{L}*|bap|bab\p{L}*)`;
const ARTICLE = new RegExp(`(?<!\\p{L})(?:${ARTICLE_BEFORE}|${ARTICLE_AFTER})`, 'iu');
const OTHER_DOCUMENT =
  /(?<!\p{L})(?:code|constitution|кодекс\p{L}*|закон\p{L}*|конституц\p{L}*|заң\p{L}*|kodeks\p{L}*|zakon\p{L}*|konstituc\p{L}*)/iu;

const ARTICLES = new RegExp(ARTICLE.source, 'giu');

/**
 * The message without the numbers of the articles it names ("article 12" → "article"): the rule answers
 * those exactly, and a matcher that learned "12" as a word of Article 12 would read "what's 2+2" as
 * Article 2.
 */
export function withoutArticleNumbers(text: string): string {
  return text.replace(ARTICLES, (match) => match.replace(/\d+/g, ' '));
}

export type ArticleMatch = { kind: 'fact'; fact: Fact; article: number } | { kind: 'beyond'; count: number };

export class ArticleLookup {
  private readonly byArticle: Map<number, Fact>;
  private readonly count: number;

  constructor(knowledge: KnowledgeBase) {
    this.count = conventionOf(knowledge)?.articles ?? 0;
    this.byArticle = articleFacts(knowledge);
  }

  find(question: string): ArticleMatch | undefined {
    if (this.count === 0 || OTHER_DOCUMENT.test(question)) return undefined;
    const match = ARTICLE.exec(question);
    if (!match) return undefined;
    const article = Number(match[1] ?? match[2]);
    const fact = this.byArticle.get(article);
    if (fact) return { kind: 'fact', fact, article };
    return article > this.count || article === 0 ? { kind: 'beyond', count: this.count } : undefined;
  }
}
