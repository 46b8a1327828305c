import { statSync } from 'node:fs';
import { join } from 'node:path';
import { safetyItems } from '../scripts/safety-training.js';
import type { BalaCore } from '../src/core.js';
import { LinearModel } from '../src/learn/linear-model.js';
import { LANGS } from '../src/localized.js';
import { modelsDir } from '../src/paths.js';
import type { CorpusItem, Split } from '../src/safety/corpus.js';
import { type SafetyReader, shippedSafetyReader } from '../src/safety/detect.js';
import { safetyLevel } from '../src/safety/policy.js';
import { ruleWords } from '../src/safety/rule-engine.js';
import { hostileInputs } from './hostile-inputs.js';
import { naiveBayesCandidate } from './safety-candidates.js';
import { byLanguage, figures, recallByCategory, share, type Verdict } from './safety-eval.js';
import { ms, pct, time } from './stats.js';
import { printTable } from './table.js';

const safetyDir = join(modelsDir, 'safety');

type Reader = { name: string; level: (text: string) => Verdict['level'] };

function readers(reader: SafetyReader): Reader[] {
  const { thresholds } = reader;
  return [
    { name: 'rules alone', level: (t) => (reader.ruleHit(ruleWords(t)) ? 'disclosure' : 'none') },
    { name: 'classifier alone', level: (t) => safetyLevel(reader.probability(t), false, thresholds) },
    { name: 'rules + classifier (shipped)', level: (t) => reader.assess(t).level },
  ];
}

function row(name: string, verdicts: readonly Verdict[]): string[] {
  const f = figures(verdicts);
  return [
    name,
    `${pct(share(f.reached, f.disclosures))} of ${f.disclosures}`,
    pct(share(f.safeguarded, f.disclosures)),
    `${pct(share(f.questionsAnswered, f.questions))} of ${f.questions}`,
    `${pct(share(f.fictionAlarms, f.fiction))} of ${f.fiction}`,
    `${pct(share(f.everydayAlarms, f.everyday))} of ${f.everyday}`,
    `${pct(share(f.ordinaryAlarms, f.ordinary))} of ${f.ordinary}`,
  ];
}

const HEADER = [
  '',
  'reach helplines',
  'full safeguarding',
  'questions answered',
  'alarms: fiction/jokes',
  'alarms: everyday worries',
  'alarms: ordinary',
];

/**
 * The safeguarding figures: per split, per language, the rules alone, the classifier alone and both, beside
 * a naive Bayes candidate trained on the same data. The never-read split prints rates only, never items.
 */
export function benchSafety(core: BalaCore): void {
  const reader = shippedSafetyReader();
  const splits: Split[] = ['dev', 'never-read', 'read'];
  const bayes = naiveBayesCandidate(safetyItems(modelsDir, ['train']), safetyItems(modelsDir, ['dev']));
  console.log(
    `\n== Safeguarding (models/safety): thresholds from dev: safeguarding ≥ ${reader.thresholds.disclosure}, check-in ≥ ${reader.thresholds.checkIn}`,
  );
  for (const split of splits) {
    const items = safetyItems(modelsDir, [split]);
    if (items.length === 0) continue;
    const authors = new Set(items.map((i) => i.author)).size;
    console.log(
      `\n[${split}] ${items.length} messages by ${authors} authors${split === 'never-read' ? ' (rates only)' : ''}`,
    );
    const all = [...readers(reader), { name: 'candidate: naive Bayes (wink)', level: bayes }];
    const verdicts = all.map((r) => ({
      name: r.name,
      verdicts: items.map((item) => ({ item, level: r.level(item.text) })),
    }));
    for (const lang of LANGS) {
      console.log(`${split} · ${lang}`);
      printTable(
        HEADER,
        verdicts.map((v) => row(v.name, byLanguage(v.verdicts, lang))),
      );
    }
    const shipped = verdicts[2]?.verdicts ?? [];
    console.log(`${split} · reach helplines by category (rules + classifier)`);
    const perLang = LANGS.map((lang) => recallByCategory(byLanguage(shipped, lang)));
    const categories = [...new Set(perLang.flatMap((rows) => rows.map((r) => r.category)))];
    printTable(
      ['', ...LANGS],
      categories.map((category) => [
        category,
        ...perLang.map((rows) => {
          const r = rows.find((x) => x.category === category);
          return r ? `${pct(share(r.reached, r.n))} of ${r.n}` : '–';
        }),
      ]),
    );
  }
  benchSafetySpeed(core, reader, safetyItems(modelsDir, ['dev']));
}

function benchSafetySpeed(core: BalaCore, reader: SafetyReader, dev: readonly CorpusItem[]): void {
  const texts = dev.map((i) => i.text);
  const step = time(texts, 10, (t) => reader.assess(t));
  const reply = time(texts, 10, (t) => core.reply(t, 'en'));
  console.log(`\nSafety step and whole reply over the ${texts.length} dev messages`);
  printTable(
    ['', 'p50', 'p99'],
    [
      ['safety step (rules + classifier)', ms(step.p50), ms(step.p99)],
      ['whole reply', ms(reply.p50), ms(reply.p99)],
    ],
  );
  console.log(
    '\n4,096-character messages: the cost of hidden spellings against ordinary prose of that length',
  );
  const inputs = hostileInputs(4096);
  const prose = time([inputs[0]?.text ?? ''], 200, (t) => core.reply(t, 'en'));
  printTable(
    ['', 'p50', 'p99', '× prose (p50)'],
    inputs.map((input) => {
      const t = time([input.text], 200, (x) => core.reply(x, 'en'));
      return [input.name, ms(t.p50), ms(t.p99), (t.p50 / prose.p50).toFixed(2)];
    }),
  );
  const path = join(safetyDir, 'classifier.json');
  const before = process.memoryUsage();
  const model = LinearModel.load(path);
  const after = process.memoryUsage();
  const inMemory =
    (after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers) / 1024 / 1024;
  console.log(
    `\nSafety model: ${model.classes.length} classes, 2^${model.spec.bits} buckets; ${(statSync(path).size / 1024).toFixed(0)} KiB on disk, ~${inMemory.toFixed(1)} MiB in memory once loaded`,
  );
}
