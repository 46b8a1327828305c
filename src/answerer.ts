import { fillTemplate } from './i18n/fill.js';
import { messages } from './i18n/index.js';
import { ArticleLookup } from './intent/article-lookup.js';
import {
  candidatesFor,
  decide,
  type FusedAnswer,
  type IntentThresholds,
  LEXICAL_THRESHOLDS,
  lexicalHits,
  lexicallyConfident,
} from './intent/fusion.js';
import type { IntentModel } from './intent/model.js';
import type { Fact, KnowledgeBase } from './knowledge/schema.js';
import { type Lang, pickList } from './localized.js';
import type { Reply } from './reply.js';
import type { SafetyAssessment, SafetyReader } from './safety/detect.js';
import type { FactIndex, SearchHit } from './search/fact-index.js';
import { asksAboutTheBot } from './small-talk.js';
import { words } from './text/normalize.js';
import { factText, factView, helplineLines, helplineViews } from './views.js';

/** Longer messages are not questions; they still get a safety read, which is linear and cheap. */
export const MAX_QUESTION_LENGTH = 500;
const MAX_SAFETY_SCAN = 20_000;

/** Without the intent model's own thresholds (an old model file), the lexical index decides alone. */
const LEXICAL_ONLY: IntentThresholds = { weight: 0, answerAt: LEXICAL_THRESHOLDS.score };

// In the folded spelling normalize() gives (сәлем → салем, здравствуйте → здравствуите).
const GREETINGS = new Set(
  [
    'hi',
    'hello',
    'hey',
    'hiya',
    'good morning',
    'good evening',
    'salem',
    'privet',
    'привет',
    'здравствуите',
  ].concat(['добрыи день', 'доброе утро', 'салем', 'салеметсиз бе', 'саламатсыз ба', 'кайырлы кун']),
);
const HELP_WORDS = new Set(
  ['help', 'start', 'menu', 'what can you do', 'commands', 'how does this work', 'помощь', 'меню'].concat([
    'команды',
    'что ты умеешь',
    'комек',
    'мазир',
    'не истеи аласын',
  ]),
);

/** Terminal colour codes ("ESC[31m"): the escape is stripped below, and the rest must go with it. */
const ANSI_ESCAPE = new RegExp(`${String.fromCharCode(27)}\\[[\\d;?]*[A-Za-z]`, 'g');

/**
 * Control characters carry no meaning, and neither do HTML tags pasted from a web page. Invisible format
 * marks (zero-width spaces and joiners, soft hyphens, direction overrides) are taken out without a trace:
 * put inside a word ("h\u200Bits") they must not split it in two.
 */
export function cleanInput(text: string): string {
  return text
    .replace(ANSI_ESCAPE, ' ')
    .replace(/\p{Cf}+/gu, '')
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?[a-z][^<>]*>/gi, ' ')
    .trim();
}

export class Answerer {
  private readonly thresholds: IntentThresholds;
  private readonly articles: ArticleLookup;

  constructor(
    private readonly knowledge: KnowledgeBase,
    private readonly index: FactIndex,
    private readonly safetyReader: SafetyReader,
    private readonly intent?: IntentModel,
  ) {
    const t = intent?.model.thresholds;
    this.thresholds =
      t?.weight !== undefined && t.answerAt !== undefined
        ? { weight: t.weight, answerAt: t.answerAt }
        : LEXICAL_ONLY;
    this.articles = new ArticleLookup(knowledge);
  }

  reply(raw: string, lang: Lang): Reply {
    const text = cleanInput(raw.slice(0, MAX_SAFETY_SCAN));
    const m = messages(lang);
    if (!/[\p{L}\p{N}]/u.test(text)) return { kind: 'invalid_input', lang, text: m.emptyInput };

    const safety = this.safetyReader.assess(text);
    if (safety.level === 'disclosure') return this.safeguarding(lang, safety);
    if (text.length > MAX_QUESTION_LENGTH)
      return safety.level === 'check_in'
        ? this.checkIn(lang)
        : { kind: 'invalid_input', lang, text: m.tooLong };

    const phrase = words(text).join(' ');
    if (safety.level === 'none') {
      if (GREETINGS.has(phrase) || asksAboutTheBot(phrase))
        return { kind: 'greeting', lang, text: m.greeting };
      if (HELP_WORDS.has(phrase)) return { kind: 'help', lang, text: m.help };
    }

    const cited = this.articles.find(text);
    if (cited?.kind === 'beyond') {
      const text = fillTemplate(m.noSuchArticle, { count: String(cited.count) });
      const reply: Reply = { kind: 'no_match', lang, text };
      return safety.level === 'check_in' ? this.checkIn(lang) : withFootnote(reply, m.helplinesLine);
    }
    const hits = cited ? [] : lexicalHits(this.index, text);
    const found = cited ? { fact: cited.fact, score: 1 } : this.decide(text, hits);
    const answer = found ? this.answer(found, lang, safety) : undefined;
    if (safety.level === 'check_in') return this.checkIn(lang, answer);
    return answer ?? this.noMatch(hits, lang);
  }

  /**
   * A message that may be a disclosure: a short, warm question whether they are safe, with 150 and 111, and
   * the answer to their question when there was one (a question about violence deserves its figure).
   */
  checkIn(lang: Lang, answer?: Reply): Reply {
    const m = messages(lang);
    const helplines = helplineViews(this.knowledge, lang);
    if (!answer?.fact) return { kind: 'check_in', lang, text: m.checkIn, helplines };
    const text = [m.checkIn, '', m.checkInAnswer, factText(answer.fact, lang)].join('\n');
    return {
      kind: 'check_in',
      lang,
      text,
      helplines,
      fact: answer.fact,
      ...(answer.score ? { score: answer.score } : {}),
    };
  }

  safeguarding(lang: Lang, safety?: SafetyAssessment): Reply {
    const m = messages(lang);
    const helplines = helplineViews(this.knowledge, lang);
    const intro = safety?.reason === 'self_harm' ? m.safeguardingSelfHarm : m.safeguardingIntro;
    const text = [intro, ...helplineLines(helplines), m.safeguardingDanger, m.safeguardingTrusted].join('\n');
    return { kind: 'safeguarding', lang, text, helplines };
  }

  /** The learned matcher and the lexical index together; the index alone when there is no model. */
  private decide(text: string, hits: readonly SearchHit[]): FusedAnswer | undefined {
    if (!this.intent) {
      const best = hits[0];
      return best && lexicallyConfident(best) ? { fact: best.fact, score: best.score } : undefined;
    }
    return decide(text, candidatesFor(text, this.intent, this.knowledge, hits), this.thresholds);
  }

  private answer(hit: FusedAnswer, lang: Lang, safety: SafetyAssessment): Reply {
    const fact = factView(this.knowledge, hit.fact, lang);
    const reply: Reply = {
      kind: 'answer',
      lang,
      text: factText(fact, lang),
      fact,
      score: round(hit.score),
    };
    const sensitive = safety.sensitive || hit.fact.helpline === true || hit.fact.topic === 'protection';
    return sensitive ? withFootnote(reply) : reply;
  }

  /** "I don't know", with questions it can answer and, always, one line on where help is. */
  private noMatch(hits: SearchHit[], lang: Lang): Reply {
    const m = messages(lang);
    const related = hits.filter((h) => h.coverage > 0).map((h) => h.fact);
    const suggested = (related.length > 0 ? related : this.featured()).slice(0, 3);
    const suggestions = suggested.map((fact) => firstQuestion(fact, lang));
    const lines = [m.noMatch, m.suggestionsIntro, ...suggestions.map((s) => `- ${s}`)];
    const reply: Reply = {
      kind: 'no_match',
      lang,
      text: lines.join('\n'),
      suggestions,
      suggestedFactIds: suggested.map((fact) => fact.id),
    };
    const best = hits[0];
    if (best) reply.score = round(best.score);
    return withFootnote(reply, m.helplinesLine);
  }

  private featured(): Fact[] {
    return this.knowledge.facts.filter((f) => f.featured);
  }
}

function withFootnote(reply: Reply, footnote = messages(reply.lang).footnote): Reply {
  return { ...reply, footnote, text: `${reply.text}\n${footnote}` };
}

export function firstQuestion(fact: Fact, lang: Lang): string {
  return pickList(fact.questions, lang)[0] ?? fact.id;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
