import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../src/safety/detect.js';

describe('assessSafety', () => {
  it.each([
    ['my dad hits me', 'harmed'],
    ['My stepmother HITS me every day!!!', 'harmed'],
    ['i want to die', 'self_harm'],
    ["I don't want to live anymore", 'self_harm'],
    ['im thinking about suicide', 'self_harm'],
    ['i am being bullied', 'harmed'],
    ["I'm scared to go home", 'in_danger'],
    ['i am not safe', 'in_danger'],
    ['i ran away from home', 'running_away'],
    ['my fathr beatt me', 'harmed'],
    ['i wnat to die', 'self_harm'],
  ])('"%s" is a disclosure (%s)', (text, reason) => {
    expect(assessSafety(text)).toMatchObject({ disclosure: true, reason });
  });

  it.each([
    'how common is violence against children?',
    'how many children are beaten at home',
    'is bullying common in schools',
    'how many children commit suicide',
    'what number should a bullied child call',
    'who do i call to report abuse of a child',
  ])('"%s" is a question about violence, not a disclosure', (text) => {
    expect(assessSafety(text)).toEqual({ disclosure: false, sensitive: true });
  });

  it.each([
    'what is the best pizza for me',
    'tell me the best fact',
    'how many years do children study',
    'i want to dye my hair',
    'can you help me find the source',
    'i touched the screen',
    'we are going to the beach',
    // Read as Russian or Kazakh letters these would be harm words ("бет", "урады"): English stays English.
    'i bet you cannot answer this',
    'urady is not an english word',
  ])('"%s" is neither', (text) => {
    expect(assessSafety(text)).toEqual({ disclosure: false, sensitive: false });
  });
});
