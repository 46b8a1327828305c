import { evaluate } from '../bench/quality.js';
import { loadQuestionSet } from '../bench/question-set.js';
import { BalaCore } from '../src/core.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { defaultKnowledgeDir } from '../src/paths.js';

const core = new BalaCore(loadKnowledge(defaultKnowledgeDir));
const r = evaluate(loadQuestionSet('en'), (q) => {
  const x = core.reply(q);
  return { kind: x.kind, factId: x.fact?.id };
});
console.log(JSON.stringify({ ...r, misses: undefined }));
for (const m of r.misses) console.log(m.group, '|', m.question, '| want', m.expected, '| got', m.got);

import { FactIndex } from '../src/search/fact-index.js';

const idx = new FactIndex(core.knowledge.facts);
for (const m of r.misses) {
  const res = idx.search(m.question, 3);
  console.log(
    m.question,
    JSON.stringify(res.unknownWords),
    res.hits
      .map(
        (h) =>
          `${h.fact.id} cov=${h.coverage.toFixed(2)} ph=${h.phraseSimilarity.toFixed(2)} sp=${h.specificity.toFixed(2)} s=${h.score.toFixed(2)}`,
      )
      .join(' ; '),
  );
}
