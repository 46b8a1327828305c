import type { BalaCore } from '../src/core.js';
import {
  type ConventionItem,
  conventionCorpusDir,
  loadConventionQuestions,
} from '../src/intent/convention-corpus.js';
import { articlesSpokenFor } from '../src/knowledge/convention.js';
import { LANGS } from '../src/localized.js';
import { modelsDir } from '../src/paths.js';
import { pct } from './stats.js';
import { printTable } from './table.js';

const SPLITS = ['dev', 'read', 'never-read'] as const;

/**
 * Questions on the Convention by authors who saw only its list of articles, through the whole bot (the
 * safety read, the article-number rule, the fact matcher): how often the reply is a fact of an article
 * the author named. Never-read items are counted, never printed.
 */
export function benchConvention(core: BalaCore): void {
  const articlesOf = articlesSpokenFor(core.knowledge);
  const factArticles = new Map(core.knowledge.facts.map((f) => [f.id, articlesOf(f)]));
  console.log('\n== Convention questions (models/intent/convention), through the whole bot');
  for (const split of SPLITS) {
    const items = loadConventionQuestions(conventionCorpusDir(modelsDir), [split]);
    if (items.length === 0) continue;
    const authors = new Set(items.map((i) => i.author)).size;
    const rows = LANGS.map((lang) => {
      const of = items.filter((i) => i.lang === lang);
      const questions = of.filter((i) => i.kind !== 'out_of_scope');
      const outOfScope = of.filter((i) => i.kind === 'out_of_scope');
      let right = 0;
      let wrong = 0;
      let safety = 0;
      for (const q of questions) {
        const reply = core.reply(q.text, lang);
        if (reply.kind === 'safeguarding' || reply.kind === 'check_in') safety++;
        const got = reply.fact ? factArticles.get(reply.fact.id) : undefined;
        if (got === undefined) continue;
        if (got.some((n) => q.articles.includes(n))) right++;
        else wrong++;
      }
      const answeredOutOfScope = outOfScope.filter(
        (q: ConventionItem) => core.reply(q.text, lang).fact,
      ).length;
      return [
        lang,
        `${pct(right / questions.length)} of ${questions.length}`,
        pct(wrong / questions.length),
        pct(safety / questions.length),
        `${pct(1 - answeredOutOfScope / Math.max(1, outOfScope.length))} of ${outOfScope.length}`,
      ];
    });
    console.log(
      `\n[${split}] ${items.length} messages by ${authors} authors${split === 'never-read' ? ' (rates only)' : ''}`,
    );
    printTable(
      ['', 'right article', 'wrong article', 'safety reply', 'abstain: not in the Convention'],
      rows,
    );
  }
}
