import { editDistance, TermMatcher } from '../search/term-matcher.js';
import { words } from '../text/normalize.js';
import type { SafetyAssessment } from './assessment.js';
import {
  CLOSE_PEOPLE,
  DANGER_PHRASES,
  FIRST_PERSON_OBJECT,
  FIRST_PERSON_SUBJECT,
  HARM_WORDS,
  type HarmClass,
  HEIGHTS,
  JUMP_WORDS,
  LINKING_WORDS,
  RUNNING_AWAY,
  SELF_HARM_PHRASES,
  SPEAKER_DANGER_PHRASES,
  SPEAKER_SELF_HARM_PHRASES,
  SUICIDE_WORDS,
  VIOLENCE_WORDS,
} from './lexicon.js';

/** Words that make a topic sensitive on their own; "touch", "follow" or "cut" are everyday words too. */
const SENSITIVE_CLASSES = new Set<HarmClass>(['hit', 'beat', 'hurt', 'abuse', 'bully', 'threaten', 'kidnap']);

const harmClassOf = new Map<string, HarmClass>();
for (const [harmClass, forms] of Object.entries(HARM_WORDS) as [HarmClass, string][]) {
  for (const form of forms.split(' ')) harmClassOf.set(form, harmClass);
}
/** Long words may carry one typo; short ones ("beat" / "best") must be exact, or ordinary words would trip it. */
const harmSpelling = new TermMatcher(harmClassOf.keys(), {}, (length) => (length < 5 ? 0 : 1));

function classify(word: string): HarmClass | undefined {
  const near = harmSpelling.match(word, 1)[0];
  return near === undefined ? undefined : harmClassOf.get(near.term);
}

function sameWord(actual: string | undefined, expected: string): boolean {
  if (actual === undefined) return false;
  if (actual === expected) return true;
  return expected.length >= 4 && editDistance(actual, expected, 1) <= 1;
}

function containsPhrase(tokens: string[], phrase: string[]): boolean {
  for (let start = 0; start + phrase.length <= tokens.length; start++) {
    if (phrase.every((word, offset) => sameWord(tokens[start + offset], word))) return true;
  }
  return false;
}

/** "hits me", "touched me in a bad way", "threaten to hurt me": harm done to the speaker. */
function harmDoneToSpeaker(tokens: string[], harm: (HarmClass | undefined)[]): HarmClass | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const harmClass = harm[i];
    if (!harmClass || harmClass === 'fear') continue;
    for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) {
      if (FIRST_PERSON_OBJECT.has(tokens[j] ?? '')) return harmClass;
    }
  }
  return undefined;
}

/** "he beats my brother", "my sister is being hit": harm to one of the speaker's own people. */
function harmToSomeoneClose(tokens: string[], harm: (HarmClass | undefined)[]): HarmClass | undefined {
  const close = (i: number) => tokens[i] === 'my' && CLOSE_PEOPLE.has(tokens[i + 1] ?? '');
  for (let i = 0; i < tokens.length; i++) {
    const harmClass = harm[i];
    if (harmClass && harmClass !== 'fear' && [1, 2, 3].some((d) => close(i + d))) return harmClass;
    if (!close(i)) continue;
    let j = i + 2;
    while (j < tokens.length && j <= i + 5 && LINKING_WORDS.has(tokens[j] ?? '')) j++;
    const passive = harm[j];
    if (passive && passive !== 'fear' && j > i + 2) return passive;
  }
  return undefined;
}

/** "I am being bullied", "I'm scared", "we are in danger": the speaker describes their own state. */
function speakerState(tokens: string[], harm: (HarmClass | undefined)[]): HarmClass | undefined {
  for (let i = 0; i < tokens.length; i++) {
    if (!FIRST_PERSON_SUBJECT.has(tokens[i] ?? '')) continue;
    let j = i + 1;
    while (j < tokens.length && j <= i + 4 && LINKING_WORDS.has(tokens[j] ?? '')) j++;
    const harmClass = harm[j];
    // "I touched the screen" is something the speaker did; "I was touched" or "I'm scared" is done to them.
    const passive = j > i + 1;
    if (harmClass && (passive || harmClass === 'fear')) return harmClass;
    if (tokens[j] === 'safe' && tokens[j - 1] === 'not') return 'fear';
  }
  return undefined;
}

function speakerRunsAway(tokens: string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    // "me and my brother ran away" is how children say it too.
    if (!FIRST_PERSON_SUBJECT.has(tokens[i] ?? '') && tokens[i] !== 'me') continue;
    const rest = tokens.slice(i + 1, i + 6);
    if (RUNNING_AWAY.some((phrase) => containsPhrase(rest, phrase))) return true;
  }
  return false;
}

function jumpsFromHeight(tokens: string[]): boolean {
  return tokens.some((t, i) => JUMP_WORDS.has(t) && tokens.slice(i + 1, i + 5).some((w) => HEIGHTS.has(w)));
}

/** The English reading: the rules every other language follows, on English words. */
export function assessEnglish(text: string): SafetyAssessment {
  const tokens = words(text);
  const harm = tokens.map(classify);
  const firstPerson = tokens.some(
    (t) => FIRST_PERSON_SUBJECT.has(t) || FIRST_PERSON_OBJECT.has(t) || t === 'my',
  );

  const selfHarm =
    SELF_HARM_PHRASES.some((phrase) => containsPhrase(tokens, phrase)) ||
    (firstPerson &&
      (tokens.some((t) => SUICIDE_WORDS.has(t) || sameWord(t, 'suicide')) ||
        SPEAKER_SELF_HARM_PHRASES.some((phrase) => containsPhrase(tokens, phrase)) ||
        jumpsFromHeight(tokens)));
  if (selfHarm) return { disclosure: true, reason: 'self_harm', sensitive: true };

  const doneToSpeaker = harmDoneToSpeaker(tokens, harm) ?? harmToSomeoneClose(tokens, harm);
  if (doneToSpeaker) return { disclosure: true, reason: 'harmed', sensitive: true };
  const state = speakerState(tokens, harm);
  if (state) return { disclosure: true, reason: state === 'fear' ? 'in_danger' : 'harmed', sensitive: true };
  if (speakerRunsAway(tokens)) return { disclosure: true, reason: 'running_away', sensitive: true };
  const inDanger =
    DANGER_PHRASES.some((phrase) => containsPhrase(tokens, phrase)) ||
    (firstPerson && SPEAKER_DANGER_PHRASES.some((phrase) => containsPhrase(tokens, phrase)));
  if (inDanger) return { disclosure: true, reason: 'in_danger', sensitive: true };

  const sensitive =
    harm.some((h) => h !== undefined && SENSITIVE_CLASSES.has(h)) ||
    tokens.some((t) => VIOLENCE_WORDS.has(t) || SUICIDE_WORDS.has(t));
  return { disclosure: false, sensitive };
}
