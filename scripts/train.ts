import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchesSaved, savedForm, weightsPath } from '../src/learn/linear-model.js';
import { defaultKnowledgeDir, modelsDir } from '../src/paths.js';
import { trainIntentModel } from './intent-training.js';
import { trainLanguageModel } from './language-training.js';
import { trainSafetyModel } from './safety-training.js';

/**
 * `npm run train`: trains every model from its data and writes it beside the data. Deterministic: the same
 * data gives the same bytes. `npm run train -- --check` trains in memory and fails when the committed model
 * does not match its data (CI runs it).
 */
const check = process.argv.includes('--check');
const targets = [
  // First: the lexical index reads a message's language with it while the fact matcher is tuned.
  {
    name: 'language',
    path: join(modelsDir, 'language', 'classifier.json'),
    train: () => trainLanguageModel(modelsDir),
  },
  {
    name: 'safety',
    path: join(modelsDir, 'safety', 'classifier.json'),
    train: () => trainSafetyModel(modelsDir),
  },
  {
    name: 'intent',
    path: join(modelsDir, 'intent', 'classifier.json'),
    train: () => trainIntentModel(modelsDir, defaultKnowledgeDir),
  },
];

let stale = 0;
for (const target of targets) {
  const started = performance.now();
  const saved = savedForm(target.train());
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (check) {
    const same = matchesSaved(target.path, saved);
    if (!same) stale++;
    console.log(
      `${target.name}: ${same ? 'matches its data' : 'does NOT match its data: run npm run train'} (${seconds} s)`,
    );
  } else {
    writeFileSync(target.path, saved.json);
    writeFileSync(weightsPath(target.path), saved.weights);
    console.log(`${target.name}: wrote ${target.path} and its weights (${seconds} s)`);
  }
}
process.exitCode = stale > 0 ? 1 : 0;
