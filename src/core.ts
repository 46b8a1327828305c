import { Answerer, firstQuestion } from './answerer.js';
import { DailyFacts } from './daily.js';
import { fillTemplate } from './i18n/fill.js';
import { messages } from './i18n/index.js';
import { type IntentModel, shippedIntentModel } from './intent/model.js';
import type { Fact, KnowledgeBase } from './knowledge/schema.js';
import { type Lang, pickList } from './localized.js';
import type { FactView, Reply } from './reply.js';
import { type SafetyReader, shippedSafetyReader } from './safety/detect.js';
import { FactIndex } from './search/fact-index.js';
import { normalize } from './text/normalize.js';
import type { LocalDate } from './time.js';
import { factText, factView, helplineLines, helplineViews, sourceLines } from './views.js';

/**
 * Everything the adapters may ask of the bot. Platform-free: it takes text and returns Reply data.
 */
export class BalaCore {
  private readonly index: FactIndex;
  private readonly answerer: Answerer;
  private readonly daily: DailyFacts;

  /** The safety rules and model are Bala's own, never an operator's: KNOWLEDGE_DIR cannot replace them. */
  constructor(
    readonly knowledge: KnowledgeBase,
    safety: SafetyReader = shippedSafetyReader(),
    intent: IntentModel | undefined = shippedIntentModel(),
  ) {
    this.index = new FactIndex(knowledge.facts);
    this.answerer = new Answerer(knowledge, this.index, safety, intent);
    this.daily = new DailyFacts(knowledge);
  }

  get factCount(): number {
    return this.knowledge.facts.length;
  }

  /** The reply to anything a person writes. */
  reply(text: string, lang: Lang = 'en'): Reply {
    return this.answerer.reply(text, lang);
  }

  welcome(lang: Lang): Reply {
    return { kind: 'greeting', lang, text: messages(lang).greeting };
  }

  help(lang: Lang): Reply {
    return { kind: 'help', lang, text: messages(lang).help };
  }

  about(lang: Lang): Reply {
    const sources = sourceLines(this.knowledge, lang).join('\n');
    return { kind: 'about', lang, text: fillTemplate(messages(lang).about, { sources }) };
  }

  helplines(lang: Lang): Reply {
    const m = messages(lang);
    const helplines = helplineViews(this.knowledge, lang);
    const text = [m.helplinesTitle, m.helplinesIntro, ...helplineLines(helplines), m.safeguardingDanger].join(
      '\n',
    );
    return { kind: 'helplines', lang, title: m.helplinesTitle, text, helplines };
  }

  /** The reply for a disclosure, also used by adapters that open the helpline card on request. */
  safeguarding(lang: Lang): Reply {
    return this.answerer.safeguarding(lang);
  }

  /** A fact picked by `random` (0..1); pass `excludeId` so "another fact" never shows the same one. */
  randomFact(lang: Lang, random: () => number = Math.random, excludeId?: string): Reply {
    const pool = this.knowledge.facts.filter((f) => f.id !== excludeId);
    const fact = pool[Math.floor(random() * pool.length)] ?? (this.knowledge.facts[0] as Fact);
    return this.factReply(fact, lang);
  }

  factById(id: string, lang: Lang): Reply | undefined {
    const fact = this.knowledge.facts.find((f) => f.id === id);
    return fact ? this.factReply(fact, lang) : undefined;
  }

  /** The post a chat gets on a local date: its daily fact, or the World Children's Day post. */
  today(chatKey: string, date: LocalDate, lang: Lang): Reply {
    return this.daily.postFor(chatKey, date, lang);
  }

  worldChildrensDay(lang: Lang): Reply {
    return this.daily.worldChildrensDayPost(lang);
  }

  /** Facts for a search box (Telegram inline mode): the best matches, or the featured facts when empty. */
  searchFacts(query: string, lang: Lang, limit: number): FactView[] {
    const facts =
      normalize(query) === '' ? this.featured() : this.index.search(query, limit).hits.map((h) => h.fact);
    return facts.slice(0, limit).map((f) => factView(this.knowledge, f, lang));
  }

  /** Question phrasings that start with or contain what was typed so far (Discord autocomplete). */
  suggestQuestions(typed: string, lang: Lang, limit: number): string[] {
    const needle = normalize(typed);
    const all = this.knowledge.facts.flatMap((f) => pickList(f.questions, lang));
    if (needle === '')
      return this.featured()
        .map((f) => firstQuestion(f, lang))
        .slice(0, limit);
    const starts = all.filter((q) => normalize(q).startsWith(needle));
    const contains = all.filter((q) => !starts.includes(q) && normalize(q).includes(needle));
    const picked = [...starts, ...contains];
    if (picked.length >= limit) return picked.slice(0, limit);
    const related = this.index.search(typed, limit).hits.map((h) => firstQuestion(h.fact, lang));
    return [...new Set([...picked, ...related])].slice(0, limit);
  }

  private featured(): Fact[] {
    return this.knowledge.facts.filter((f) => f.featured);
  }

  private factReply(fact: Fact, lang: Lang): Reply {
    const view = factView(this.knowledge, fact, lang);
    const title = messages(lang).factTitle;
    return { kind: 'fact', lang, title, text: factText(view, lang), fact: view };
  }
}
