import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { LANGS } from '../localized.js';
import { RuleSet } from './rule-engine.js';
import { ruleFileSchema } from './rule-schema.js';

/** The rules of every language, from models/safety/rules/<lang>.yaml; a bad file stops start-up. */
export function loadRuleSets(dir: string): RuleSet[] {
  return LANGS.map((lang) => {
    const path = join(dir, `${lang}.yaml`);
    const parsed = ruleFileSchema.safeParse(yaml.load(readFileSync(path, 'utf8')));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${path}: ${issue?.path.join('.')}: ${issue?.message}`);
    }
    if (parsed.data.language !== lang) throw new Error(`${path}: says it is "${parsed.data.language}"`);
    return new RuleSet(parsed.data);
  });
}
