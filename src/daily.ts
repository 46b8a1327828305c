import { messages } from './i18n/index.js';
import type { Fact, KnowledgeBase } from './knowledge/schema.js';
import { type Lang, pick } from './localized.js';
import { seededRandom } from './random.js';
import type { Reply, Section } from './reply.js';
import { dayNumber, isWorldChildrensDay, type LocalDate } from './time.js';
import { factText, factView } from './views.js';

/** FNV-1a: a stable 32-bit hash, so a chat's order of facts survives restarts and machines. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Each chat walks its own shuffled ring of all facts, one step a day. Any run of N consecutive days shows
 * N different facts, so nothing repeats until every fact was shown, with no state to store.
 */
export class DailyFacts {
  private readonly facts: Fact[];

  constructor(private readonly knowledge: KnowledgeBase) {
    this.facts = [...knowledge.facts].sort((a, b) => a.id.localeCompare(b.id));
  }

  factFor(chatKey: string, date: LocalDate): Fact {
    const order = this.orderFor(chatKey);
    const position = ((dayNumber(date) % order.length) + order.length) % order.length;
    return order[position] as Fact;
  }

  /** The post a chat gets on a day: the World Children's Day post on 20 November, else its daily fact. */
  postFor(chatKey: string, date: LocalDate, lang: Lang): Reply {
    if (isWorldChildrensDay(date)) return this.worldChildrensDayPost(lang);
    const fact = factView(this.knowledge, this.factFor(chatKey, date), lang);
    const title = messages(lang).dailyTitle;
    return { kind: 'daily_fact', lang, title, text: `${title}\n${factText(fact, lang)}`, fact };
  }

  worldChildrensDayPost(lang: Lang): Reply {
    const post = this.knowledge.worldChildrensDay;
    const answerOf = (id: string) => {
      const fact = this.knowledge.facts.find((f) => f.id === id);
      return fact ? pick(fact.answer, lang) : '';
    };
    const sections: Section[] = [
      { heading: pick(post.achievementsHeading, lang), lines: post.achievements.map(answerOf) },
      { heading: pick(post.challengesHeading, lang), lines: post.challenges.map(answerOf) },
    ];
    if (post.conventionHeading && post.convention)
      sections.push({ heading: pick(post.conventionHeading, lang), lines: post.convention.map(answerOf) });
    const title = pick(post.title, lang);
    const intro = pick(post.intro, lang);
    const closing = pick(post.closing, lang);
    const body = sections.map((s) => [s.heading, ...s.lines.map((l) => `- ${l}`)].join('\n'));
    const text = [title, `${intro} ${answerOf(post.about)}`, ...body, closing].join('\n\n');
    return { kind: 'world_childrens_day', lang, title, text, sections };
  }

  private readonly orders = new Map<string, Fact[]>();

  private orderFor(chatKey: string): Fact[] {
    let order = this.orders.get(chatKey);
    if (order) return order;
    const random = seededRandom(hash(chatKey));
    order = [...this.facts];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as Fact, order[i] as Fact];
    }
    // Bounded: a bot in many chats must not keep every chat's order forever.
    if (this.orders.size > 10_000) this.orders.clear();
    this.orders.set(chatKey, order);
    return order;
  }
}
