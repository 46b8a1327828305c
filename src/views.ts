import { fillTemplate } from './i18n/fill.js';
import { messages } from './i18n/index.js';
import type { Fact, KnowledgeBase } from './knowledge/schema.js';
import { type Lang, pick } from './localized.js';
import type { FactView, HelplineView, SourceView } from './reply.js';

export function sourceView(knowledge: KnowledgeBase, fact: Fact, lang: Lang): SourceView {
  const source = knowledge.sources.find((s) => s.id === fact.source.document);
  const m = messages(lang);
  const { paragraphs, section, article, paragraph } = fact.source;
  const heading = section ? pick(section, lang) : '';
  const location =
    article !== undefined
      ? fillTemplate(paragraph === undefined ? m.article : m.articleParagraph, {
          article: String(article),
          paragraph: String(paragraph),
        })
      : paragraphs
        ? `${paragraphs.length === 1 ? m.paragraph : m.paragraphs} ${paragraphs.join(', ')}`
        : heading;
  return {
    title: source ? pick(source.title, lang) : fact.source.document,
    location,
    publisher: source ? pick(source.publisher, lang) : '',
  };
}

export function factView(knowledge: KnowledgeBase, fact: Fact, lang: Lang): FactView {
  const view: FactView = {
    id: fact.id,
    topic: fact.topic,
    answer: pick(fact.answer, lang),
    source: sourceView(knowledge, fact, lang),
  };
  if (fact.detail) view.detail = pick(fact.detail, lang);
  return view;
}

/** The documents facts are written from, one line each, for /about; the team's own notes are not among them. */
export function sourceLines(knowledge: KnowledgeBase, lang: Lang): string[] {
  return knowledge.sources
    .filter((s) => s.kind !== 'project-notes')
    .map((s) => `- ${pick(s.title, lang)} (${pick(s.publisher, lang)})`);
}

export function helplineViews(knowledge: KnowledgeBase, lang: Lang): HelplineView[] {
  return knowledge.helplines.map((h) => ({
    number: h.number,
    name: pick(h.name, lang),
    purpose: pick(h.purpose, lang),
    hours: h.hours,
    cost: pick(h.cost, lang),
    confirmedOn: h.confirmedOn,
  }));
}

/** One plain-text paragraph per helpline, for platforms without cards. */
export function helplineLines(helplines: HelplineView[]): string[] {
  return helplines.map((h) => `${h.number}: ${h.name}. ${h.purpose} (${h.cost}, ${h.hours})`);
}

export function factText(view: FactView, lang: Lang): string {
  const m = messages(lang);
  const body = view.detail ? `${view.answer} ${view.detail}` : view.answer;
  return `${body}\n${m.sourceLabel}: ${view.source.title}, ${view.source.location}`;
}
