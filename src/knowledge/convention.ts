import type { Fact, KnowledgeBase, Source } from './schema.js';

/** The Convention on the Rights of the Child: the one treaty in sources.yaml (none, or several, means none). */
export function conventionOf(knowledge: KnowledgeBase): Source | undefined {
  const treaties = knowledge.sources.filter((s) => s.kind === 'treaty');
  return treaties.length === 1 ? treaties[0] : undefined;
}

/**
 * Facts from the Convention or from a national law: the second source, measured by the Convention corpus
 * rather than by the first source's question sets.
 */
export function fromTreatyOrLaw(knowledge: KnowledgeBase): (fact: Fact) => boolean {
  const documents = new Set(
    knowledge.sources.filter((s) => s.kind === 'treaty' || s.kind === 'law').map((s) => s.id),
  );
  return (fact) => documents.has(fact.source.document);
}

/** The Convention article a fact restates, if it restates one. */
function ownArticle(fact: Fact, convention: Source | undefined): number | undefined {
  const { document, article } = fact.source;
  return document === convention?.id && typeof article === 'number' ? article : undefined;
}

/** Each article's fact; where an article has several, the one about the whole article, not one paragraph. */
export function articleFacts(knowledge: KnowledgeBase): Map<number, Fact> {
  const convention = conventionOf(knowledge);
  const byArticle = new Map<number, Fact>();
  for (const fact of knowledge.facts) {
    const article = ownArticle(fact, convention);
    if (article === undefined) continue;
    const known = byArticle.get(article);
    if (!known || (known.source.paragraph !== undefined && fact.source.paragraph === undefined))
      byArticle.set(article, fact);
  }
  return byArticle;
}

/** Which Convention articles a fact speaks for: its own, or those another source's fact is about. */
export function articlesSpokenFor(knowledge: KnowledgeBase): (fact: Fact) => number[] {
  const convention = conventionOf(knowledge);
  return (fact) => {
    const own = ownArticle(fact, convention);
    return [...(own === undefined ? [] : [own]), ...(fact.convention ?? [])];
  };
}
