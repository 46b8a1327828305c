import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { byLanguage, figures } from '../../bench/safety-eval.js';
import {
  ALARM_LIMITS,
  SAFEGUARDING_LIMITS,
  safetyItems,
  trainSafetyModel,
} from '../../scripts/safety-training.js';
import { matchesSaved, savedForm } from '../../src/learn/linear-model.js';
import { LANGS } from '../../src/localized.js';
import { modelsDir } from '../../src/paths.js';
import { shippedSafetyReader } from '../../src/safety/detect.js';
import { copiedFromNeverRead, expectAuthorsApart } from '../helpers.js';

const reader = shippedSafetyReader();

describe('the safety model', () => {
  it('matches its corpus and rules: `npm run train` gives the committed bytes', () => {
    const path = join(modelsDir, 'safety', 'classifier.json');
    expect(matchesSaved(path, savedForm(trainSafetyModel(modelsDir)))).toBe(true);
  });

  it('keeps every author in one split, and the never-read authors apart from the rest', () => {
    expectAuthorsApart((split) => safetyItems(modelsDir, [split]).map((i) => i.author));
  });

  it('has no never-read message in the data it learns or is tuned on', () => {
    const copied = copiedFromNeverRead(
      safetyItems(modelsDir, ['train', 'dev']),
      safetyItems(modelsDir, ['never-read']),
    );
    expect(copied).toBe(0);
  });
});

// The dev figures the thresholds were chosen on: a change to the rules, the model or the policy that loses
// them fails here. The never-read split is never used in tests: only `npm run bench` prints its rates.
describe.each(LANGS)('the safety step on the dev split (%s)', (lang) => {
  const dev = byLanguage(
    safetyItems(modelsDir, ['dev']).map((item) => ({ item, level: reader.assess(item.text).level })),
    lang,
  );
  const f = figures(dev);

  it('brings at least 85% of disclosures to the helplines', () => {
    expect(f.reached / f.disclosures).toBeGreaterThanOrEqual(0.85);
  });

  it('keeps alarms on jokes, games and idioms, and on ordinary questions, within the limits', () => {
    expect(f.fictionAlarms / f.fiction).toBeLessThanOrEqual(ALARM_LIMITS.fiction * 2.5);
    expect(f.ordinaryAlarms / f.ordinary).toBeLessThanOrEqual(ALARM_LIMITS.ordinary * 2.5);
  });

  it('answers questions about violence instead of raising the alarm', () => {
    expect(1 - f.questionsAnswered / f.questions).toBeLessThanOrEqual(SAFEGUARDING_LIMITS.questions * 2);
  });
});
