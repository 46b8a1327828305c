import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/localized.js';
import { modelsDir } from '../../src/paths.js';
import { RuleSet, ruleWords } from '../../src/safety/rule-engine.js';
import { loadRuleSets } from '../../src/safety/rule-files.js';
import { type RuleFile, ruleFileSchema } from '../../src/safety/rule-schema.js';

/** A tiny rule file: each feature of the pattern language on its own. */
function tiny(rules: Partial<RuleFile['rules'][number]>[], extra: Partial<RuleFile> = {}): RuleSet {
  return new RuleSet(
    ruleFileSchema.parse({
      language: extra.language ?? 'en',
      endings: extra.endings ?? {},
      classes: extra.classes ?? { person: ['dad', 'mom'], game: ['game*'] },
      sensitive: extra.sensitive ?? ['hit*'],
      rules: rules.map((r, i) => ({ id: `r${i}`, reason: 'harmed', examples: ['x'], ...r })),
    }),
  );
}
const hits = (set: RuleSet, text: string) => set.match(ruleWords(text))?.ruleId;

describe('the safety rule engine', () => {
  it('matches words in order with at most `within` words between them', () => {
    const set = tiny([{ match: 'dad hits me', within: 1 }]);
    expect(hits(set, 'my dad hits me')).toBe('r0');
    expect(hits(set, 'dad often hits me')).toBe('r0');
    expect(hits(set, 'dad often and always hits me')).toBeUndefined();
    expect(hits(set, 'me hits dad')).toBeUndefined();
  });

  it('reads classes, prefixes, alternatives and optional slots', () => {
    const set = tiny([{ match: '{person} really? hit*|beat* me', within: 0 }]);
    expect(hits(set, 'mom hitting me')).toBe('r0');
    expect(hits(set, 'dad really beats me')).toBe('r0');
    expect(hits(set, 'dad kind of beats me')).toBeUndefined();
  });

  it('stays silent when a context word is anywhere in the message', () => {
    const set = tiny([{ match: 'dad hits me', unless: ['game'] }]);
    expect(hits(set, 'in the game my dad hits me')).toBeUndefined();
    expect(hits(set, 'in games dad hits me')).toBeUndefined();
    expect(hits(set, 'dad hits me')).toBe('r0');
  });

  it('takes a stem with any ending of a named set (Kazakh grammar)', () => {
    const set = tiny([{ match: 'мені ұр+verb' }], {
      language: 'kk',
      endings: { verb: ['ады', 'ып'] },
      classes: {},
    });
    expect(hits(set, 'әкем мені ұрады')).toBe('r0');
    expect(hits(set, 'akem meni urady')).toBe('r0');
    expect(hits(set, 'мени урып жатыр')).toBe('r0');
    expect(hits(set, 'мені ұрсады')).toBeUndefined();
  });

  it('folds every spelling of a word: hidden characters, look-alikes, leet digits', () => {
    const set = tiny([{ match: 'kill myself', within: 0 }]);
    expect(hits(set, 'i want to k1ll mys3lf')).toBe('r0');
    expect(hits(set, 'i want to ki\u200Bll myself')).toBe('r0');
  });

  it('names the rule and the problem when a pattern is wrong', () => {
    expect(() => tiny([{ id: 'bad', match: '{nobody} me' }])).toThrow(/en\/bad: unknown class \{nobody\}/);
    expect(() => tiny([{ match: 'x+nothing' }])).toThrow(/unknown ending set \+nothing/);
    expect(() => tiny([{ match: 'a? b?' }])).toThrow(/at least one slot/);
  });

  it('tells a message that only touches on harm', () => {
    const set = tiny([{ match: 'dad hits me' }]);
    expect(set.isSensitive(ruleWords('is hitting children legal'))).toBe(true);
    expect(set.isSensitive(ruleWords('how many schools are there'))).toBe(false);
  });
});

describe.each(LANGS)('the shipped %s rules', (lang) => {
  const set = loadRuleSets(`${modelsDir}/safety/rules`).find((s) => s.language === lang) as RuleSet;
  const cases = set.file.rules.flatMap((rule) => [
    ...rule.examples.map((text) => ({ id: rule.id, text, catches: true })),
    ...rule.counterexamples.map((text) => ({ id: rule.id, text, catches: false })),
  ]);

  it.each(cases)('$id: $catches for $text', ({ id, text, catches }) => {
    expect(set.matchRule(id, ruleWords(text))).toBe(catches);
  });
});
