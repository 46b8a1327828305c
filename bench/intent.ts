import { withArticleFacts } from '../src/intent/convention-corpus.js';
import { intentCorpusDir, loadQuestions, OUT_OF_SCOPE, type QuestionItem } from '../src/intent/corpus.js';
import {
  candidatesFor,
  decide,
  type IntentThresholds,
  lexicalHits,
  lexicallyConfident,
} from '../src/intent/fusion.js';
import { IntentModel } from '../src/intent/model.js';
import { fromTreatyOrLaw } from '../src/knowledge/convention.js';
import type { KnowledgeBase } from '../src/knowledge/schema.js';
import { LANGS } from '../src/localized.js';
import { modelsDir } from '../src/paths.js';
import { FactIndex } from '../src/search/fact-index.js';
import { miniSearchOverAnswers, plainFuseOverAnswers } from './baselines.js';
import { pct } from './stats.js';
import { printTable } from './table.js';

type Decider = (item: QuestionItem) => string | undefined;

const NEAR = new Set(['near_domain', 'other_attribute', 'other_place']);

function row(name: string, items: readonly QuestionItem[], decider: Decider): string[] {
  const facts = items.filter((i) => i.intent !== OUT_OF_SCOPE);
  const unrelated = items.filter((i) => i.intent === OUT_OF_SCOPE && !NEAR.has(i.kind));
  const near = items.filter((i) => i.intent === OUT_OF_SCOPE && NEAR.has(i.kind));
  let right = 0;
  let article = 0;
  let wrong = 0;
  for (const q of facts) {
    const got = decider(q);
    if (got === q.intent) right++;
    else if (got !== undefined && q.also?.includes(got)) article++;
    else if (got !== undefined) wrong++;
  }
  const abstains = (set: readonly QuestionItem[]) => set.filter((q) => decider(q) === undefined).length;
  return [
    name,
    `${pct(right / facts.length)} of ${facts.length}`,
    pct(article / facts.length),
    pct(wrong / facts.length),
    `${pct(abstains(unrelated) / unrelated.length)} of ${unrelated.length}`,
    `${pct(abstains(near) / near.length)} of ${near.length}`,
  ];
}

/**
 * Fact questions written by other authors, on dev (tuned on) and never-read (rates only): the lexical index
 * alone, the classifier alone and the fusion the bot ships, beside plain Fuse.js and MiniSearch.
 */
export function benchIntent(knowledge: KnowledgeBase): void {
  const model = IntentModel.load();
  const index = new FactIndex(knowledge.facts);
  const t = model.model.thresholds as unknown as IntentThresholds;
  // The corpus was written before the Convention was a source: some of its out-of-scope messages it answers now.
  const secondSource = new Set(knowledge.facts.filter(fromTreatyOrLaw(knowledge)).map((f) => f.id));
  console.log(
    `\n== Fact questions (models/intent): fusion weight ${t.weight}, answer at ${t.answerAt} (from dev)`,
  );
  for (const split of ['dev', 'never-read'] as const) {
    const items = withArticleFacts(loadQuestions(intentCorpusDir(modelsDir), [split]), knowledge);
    const authors = new Set(items.map((i) => i.author)).size;
    console.log(
      `\n[${split}] ${items.length} messages by ${authors} authors${split === 'never-read' ? ' (rates only)' : ''}`,
    );
    for (const lang of LANGS) {
      const of = items.filter((i) => i.lang === lang);
      const cache = new Map(of.map((q) => [q, lexicalHits(index, q.text)]));
      const fuse = plainFuseOverAnswers(knowledge, lang);
      const mini = miniSearchOverAnswers(knowledge, lang);
      const lexical: Decider = (q) => {
        const best = cache.get(q)?.[0];
        return best && lexicallyConfident(best) ? best.fact.id : undefined;
      };
      const classifier: Decider = (q) => {
        const top = model.rank(q.text)[0];
        return top && top.id !== OUT_OF_SCOPE && top.probability >= t.answerAt ? top.id : undefined;
      };
      const fused: Decider = (q) =>
        decide(q.text, candidatesFor(q.text, model, knowledge, cache.get(q) ?? []), t)?.fact.id;
      const asDecider =
        (responder: typeof fuse): Decider =>
        (q) => {
          const reply = responder(q.text);
          return reply.kind === 'answer' ? reply.factId : undefined;
        };
      console.log(`${split} · ${lang}`);
      printTable(
        ['', 'right fact', "its article's fact", 'wrong fact', 'abstain: unrelated', 'abstain: near domain'],
        [
          row('lexical index alone', of, lexical),
          row('classifier alone', of, classifier),
          row('lexical + classifier (shipped)', of, fused),
          row('baseline: plain Fuse.js over the answers', of, asDecider(fuse)),
          row('baseline: MiniSearch over the answers', of, asDecider(mini)),
        ],
      );
      const outOfScope = of.filter((q) => q.intent === OUT_OF_SCOPE);
      const bySecondSource = outOfScope.filter((q) => secondSource.has(fused(q) ?? '')).length;
      console.log(
        `  out-of-scope messages the shipped bot answers with a Convention or law fact: ${pct(bySecondSource / outOfScope.length)}`,
      );
    }
  }
}
