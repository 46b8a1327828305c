import { TermMatcher } from '../search/term-matcher.js';
import { words } from '../text/normalize.js';
import type { DistressReason, SafetyAssessment } from './assessment.js';
import { compilePattern, matchesPattern } from './english-patterns.js';
import { containsPhrase, likelyTypo, sameWord } from './english-spelling.js';
import {
  ACCIDENT_WORDS,
  AUTHORITY,
  AWAY_WORDS,
  CLOSE_PEOPLE,
  DANGER_PHRASES,
  DISCOVERY,
  FIRST_PERSON_OBJECT,
  FIRST_PERSON_SUBJECT,
  HARM_LOOKALIKES,
  HARM_WORDS,
  type HarmClass,
  HEIGHTS,
  HYPOTHETICAL_AFTER_IF,
  JUMP_WORDS,
  LAUGHTER,
  LINKING_WORDS,
  MEDICAL_WORDS,
  PATTERN_GROUPS,
  PATTERN_SLOTS,
  type PatternContext,
  PHOTO_WORDS,
  PLAY_WORDS,
  RUNNING_AWAY,
  SCHOOL_WORDS,
  SELF_HARM_PHRASES,
  SOMEDAY_WORDS,
  SPEAKER_DANGER_PHRASES,
  SPEAKER_SELF_HARM_PHRASES,
  SUICIDE_WORDS,
  TOYS,
  TRAFFICKING_SIGNS,
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

/**
 * The harm class of each word of the message being read, worked out once: patterns ask for it at every
 * position they try (`@harm`), and the typo-tolerant lookup is the dearest step of the English reading.
 * Reset for every message, so it never grows.
 */
const harmOfWord = new Map<string, HarmClass | undefined>();

function harmClassOfWord(word: string): HarmClass | undefined {
  if (!harmOfWord.has(word)) harmOfWord.set(word, classify(word));
  return harmOfWord.get(word);
}

function classify(word: string): HarmClass | undefined {
  const near = harmSpelling.match(word, 1)[0];
  if (near === undefined || HARM_LOOKALIKES.has(word)) return undefined;
  if (near.term !== word && !likelyTypo(word, near.term)) return undefined;
  return harmClassOf.get(near.term);
}

/** Harm that may fall on someone named after it: "her dad beats her", "hes hitting mama". */
const HARM_ON_OTHERS = new Set<HarmClass>([
  'hit',
  'beat',
  'hurt',
  'abuse',
  'touch',
  'bully',
  'threaten',
  'kidnap',
]);

function slotTest(name: string): (token: string) => boolean {
  if (name === 'harm') return (t) => HARM_ON_OTHERS.has(harmClassOfWord(t) as HarmClass);
  const slot = PATTERN_SLOTS[name];
  if (!slot) throw new Error(`unknown pattern slot @${name}`);
  if (name === 'many') return (t) => slot.has(t) || (/^\d+$/.test(t) && Number(t) >= 10);
  return (t) => slot.has(t);
}

const compiledGroups = PATTERN_GROUPS.map((group) => ({
  ...group,
  patterns: group.patterns.map((pattern) => compilePattern(pattern, slotTest)),
}));
const compiledTrafficking = TRAFFICKING_SIGNS.map((sign) =>
  sign.map((pattern) => compilePattern(pattern, slotTest)),
);

/** "hits me", "touched me in a bad way", "threaten to hurt me": harm done to the speaker. */
function harmDoneToSpeaker(
  tokens: string[],
  harm: (HarmClass | undefined)[],
  context: Context,
): HarmClass | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const harmClass = harm[i];
    if (!harmClass || harmClass === 'fear') continue;
    for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) {
      const object = tokens[j] ?? '';
      const struck = (harmClass === 'hit' || harmClass === 'beat') && !context.has('toy');
      if (!FIRST_PERSON_OBJECT.has(object) && !(struck && ownBodyPart(tokens, i, j))) continue;
      // "I burned myself on the stove" is an accident; self-harm has its own patterns.
      if ((object === 'myself' || object === 'my') && context.has('accident')) continue;
      if (PLAY_SENSES.has(tokens[i] ?? '') && (context.has('play') || contest(tokens, j + 1))) continue;
      // "the dentist hurt me a bit" is a treatment.
      if (harmClass === 'hurt' && context.has('medical')) continue;
      // "she follows me on instagram" is a follower, not a stalker.
      if (harmClass === 'follow' && tokens.some((t) => SOCIAL_APPS.has(t))) continue;
      if (withToy(tokens.slice(j + 1, j + 5))) continue;
      return harmClass;
    }
  }
  return undefined;
}

/**
 * "burns my hands", "hit my face": the speaker's body struck by someone else than the speaker. Only blows:
 * "hurts my back" is a pain, and a ball that hit my face a game.
 */
const BODY_PARTS = new Set(
  'hand hands arm arms face back leg legs head fingers neck body stomach'.split(' '),
);

function ownBodyPart(tokens: string[], harmAt: number, at: number): boolean {
  return tokens[at] === 'my' && BODY_PARTS.has(tokens[at + 1] ?? '') && !speakerActs(tokens, harmAt);
}

/** "hitting me with pillows": a game. */
function withToy(after: string[]): boolean {
  return after.some((t, i) => t === 'with' && after.slice(i + 1, i + 3).some((w) => TOYS.has(w)));
}

const SOCIAL_APPS = new Set('instagram insta tiktok snapchat twitter youtube telegram vk twitch'.split(' '));

/** Words that also tell who won ("he beat me at chess") or what happened in a game ("stabbed me in pubg"). */
const PLAY_SENSES = new Set(['beat', 'beats', 'beaten', 'beating', 'stab', 'stabs', 'stabbed', 'stabbing']);
/** Where a beating happens ("at home", "at school") against what it was won at ("at chess", "3-0"). */
const PLACES_AFTER_AT = new Set([
  'home',
  'school',
  'night',
  'the',
  'my',
  'his',
  'her',
  'work',
  'times',
  'least',
  'all',
]);

function contest(tokens: string[], next: number): boolean {
  const word = tokens[next] ?? '';
  if (/^\d/.test(word)) return true;
  return word === 'at' && !PLACES_AFTER_AT.has(tokens[next + 1] ?? 'home');
}

/** "he beats my brother", "my sister is being hit": harm to one of the speaker's own people. */
function harmToSomeoneClose(tokens: string[], harm: (HarmClass | undefined)[]): HarmClass | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const harmClass = harm[i];
    // "following my sister on instagram", "cut my brother a slice": everyday senses of these two.
    const active = harmClass && harmClass !== 'fear' && !/^(follow|cut)/.test(tokens[i] ?? '');
    if (active && [1, 2, 3].some((d) => closePersonEnd(tokens, i + d, !speakerActs(tokens, i)) > 0)) {
      return harmClass;
    }
    const end = closePersonEnd(tokens, i, false);
    if (end < 0) continue;
    let j = end;
    while (j < tokens.length && j <= end + 3 && LINKING_WORDS.has(tokens[j] ?? '')) j++;
    const passive = harm[j];
    if (passive && passive !== 'fear' && j > end) return passive;
  }
  return undefined;
}

/** Adjectives between "my" and the person: "my little brother", "my older sister", "my best friend". */
const KIN_ADJECTIVES = new Set('little younger older big small baby best twin half step elder'.split(' '));

/** "I hurt mom's feelings", "we hit dad up": the speaker doing it, to a parent named without "my". */
function speakerActs(tokens: string[], harmAt: number): boolean {
  return tokens.slice(Math.max(0, harmAt - 2), harmAt).some((t) => FIRST_PERSON_SUBJECT.has(t));
}

/**
 * Where "my brother", "my little sister" or (when `bare`) a bare "mama" ends, or -1 when no close person
 * starts at i. A bare parent counts only as the one harmed: "mom was hurt" is as often a fall.
 */
function closePersonEnd(tokens: string[], i: number, bare: boolean): number {
  const word = tokens[i] ?? '';
  if (bare && PATTERN_SLOTS.parent?.has(word)) return i + 1;
  if (word !== 'my' && word !== 'our') return -1;
  let j = i + 1;
  while (j <= i + 2 && KIN_ADJECTIVES.has(tokens[j] ?? '')) j++;
  return CLOSE_PEOPLE.has(tokens[j] ?? '') ? j + 1 : -1;
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
    if (harmClass === 'fear' && everydayFear(tokens.slice(j + 1, j + 5))) continue;
    // "I got hit by a ball in PE".
    if (harmClass !== 'fear' && tokens.slice(j + 1, j + 5).some((t) => TOYS.has(t))) continue;
    if (harmClass && (passive || harmClass === 'fear')) return harmClass;
    if (tokens[j] === 'safe' && tokens[j - 1] === 'not') return 'fear';
  }
  return undefined;
}

/** "I'm afraid of spiders", "scared of the exam": fears every child has, not a danger to them. */
const EVERYDAY_FEARS = new Set(
  'spiders spider dogs dark heights exam exams test tests flying clowns needles injections snakes insects bugs ghosts horror movies movie water deep speaking presentation dentist doctor'.split(
    ' ',
  ),
);

function everydayFear(after: string[]): boolean {
  return (
    ['of', 'for', 'about', 'before'].includes(after[0] ?? '') && after.some((t) => EVERYDAY_FEARS.has(t))
  );
}

function speakerRunsAway(tokens: string[]): boolean {
  for (let i = -1; i < tokens.length; i++) {
    // "me and my brother ran away" is how children say it too; "gonna run away tonight" leaves out the "I".
    const subject =
      i < 0 ? impliedSpeaker(tokens) : FIRST_PERSON_SUBJECT.has(tokens[i] ?? '') || tokens[i] === 'me';
    if (!subject) continue;
    const rest = tokens.slice(i + 1, i + 6);
    if (RUNNING_AWAY.some((phrase) => containsPhrase(rest, phrase)) && !fleeingAnimal(rest)) return true;
  }
  return false;
}

/** Messages that start with the verb leave out "I": "gonna leave home forever", "packed my bag". */
const IMPLIED_I = new Set(
  'gonna wanna going want leaving packed running thinking feel feeling cant dont been cut cutting'.split(' '),
);

function impliedSpeaker(tokens: string[]): boolean {
  return IMPLIED_I.has(tokens[0] ?? '');
}

/** "how do I run away from a bear", "ran away from the rain": what one flees there is no home. */
const CHASERS = new Set(
  'bear bears dog dogs wolf wolves bee bees wasp wasps snake snakes spider spiders rain storm thunder'.split(
    ' ',
  ),
);

function fleeingAnimal(rest: string[]): boolean {
  return rest.some(
    (t, i) => t === 'from' && (CHASERS.has(rest[i + 1] ?? '') || CHASERS.has(rest[i + 2] ?? '')),
  );
}

/** Landing in snow or water is a dare or a swim ("jumped off the garage roof into the snow"). */
const SOFT_LANDINGS = new Set('snow pool water lake river sea trampoline mattress sand'.split(' '));

function jumpsFromHeight(tokens: string[]): boolean {
  return tokens.some(
    (t, i) =>
      JUMP_WORDS.has(t) &&
      tokens.slice(i + 1, i + 5).some((w) => HEIGHTS.has(w)) &&
      !tokens.slice(i + 1, i + 9).some((w) => SOFT_LANDINGS.has(w)),
  );
}

type Context = ReadonlySet<PatternContext>;

const REPORTED = new Set('said says told threatened threatens warned promised'.split(' '));

/** "if someone posts my photo", "if a friend tells me": the message asks what to do if it happened. */
function hypothetical(tokens: string[], from = 0, to = tokens.length): boolean {
  for (let i = Math.max(0, from); i < to; i++) {
    if (tokens[i] === 'if' && tokens.slice(i + 1, i + 4).some((t) => HYPOTHETICAL_AFTER_IF.has(t)))
      return true;
  }
  return false;
}

/**
 * "dad will kill me when he sees my grades", "this test is gonna kill me": anger at what the speaker did, or
 * school wearing them out. "dad said he'll kill me if I tell" is reported, and stays a threat.
 */
function idiomatic(tokens: string[]): boolean {
  const has = (words: ReadonlySet<string>) => tokens.some((t) => words.has(t));
  if (has(REPORTED)) return false;
  const speakerDidIt =
    has(DISCOVERY) || containsPhrase(tokens, ['if', 'i']) || containsPhrase(tokens, ['when', 'i']);
  if (has(AUTHORITY) && speakerDidIt) return true;
  return (has(DISCOVERY) || has(SCHOOL_WORDS)) && !has(PATTERN_SLOTS.third ?? new Set());
}

/** What in the message makes a pattern mean something else; see PatternContext. */
function readContext(tokens: string[]): Context {
  const has = (words: ReadonlySet<string>) => tokens.some((t) => words.has(t));
  const context = new Set<PatternContext>();
  if (has(PLAY_WORDS)) context.add('play');
  if (has(LAUGHTER)) context.add('joke');
  if (idiomatic(tokens)) context.add('idiom');
  if (has(ACCIDENT_WORDS) && !tokens.includes('purpose')) context.add('accident');
  if (hypothetical(tokens)) context.add('hypothetical');
  if (has(SOMEDAY_WORDS) || containsPhrase(tokens, ['one', 'day'])) context.add('someday');
  if (has(SCHOOL_WORDS)) context.add('school');
  if (has(TOYS)) context.add('toy');
  if (has(MEDICAL_WORDS)) context.add('medical');
  if (has(AWAY_WORDS)) context.add('away');
  if (has(PHOTO_WORDS)) context.add('media');
  return context;
}

/** "dad has been gone for days, there's no food": a bare "mum" or "dad" is the speaker's own. */
function speaking(tokens: string[], firstPerson: boolean): boolean {
  return firstPerson || impliedSpeaker(tokens) || tokens.some((t) => PATTERN_SLOTS.parent?.has(t));
}

/** The first pattern group that reads the message as a disclosure, if any. */
function patternReason(tokens: string[], firstPerson: boolean, context: Context): DistressReason | undefined {
  const speaker = speaking(tokens, firstPerson);
  const present = new Set(tokens);
  for (const group of compiledGroups) {
    if (group.speaker && !speaker) continue;
    if (group.unless?.some((c) => context.has(c))) continue;
    if (group.only && !context.has(group.only)) continue;
    if (group.patterns.some((pattern) => matchesPattern(tokens, pattern, present))) return group.reason;
  }
  return undefined;
}

/** Two kinds of trafficking sign together; see TRAFFICKING_SIGNS. */
function trafficked(tokens: string[]): boolean {
  const present = new Set(tokens);
  const signs = compiledTrafficking.filter((sign) =>
    sign.some((pattern) => matchesPattern(tokens, pattern, present)),
  );
  return signs.length >= 2;
}

/** Words of a school project or a poster: "thinking about suicide" there is the topic, not the speaker. */
const TOPIC_WORDS = new Set(
  'project essay poster presentation research prevention statistics assembly leaflet article signs'.split(
    ' ',
  ),
);

/** "I'm thinking about suicide", "my friend talks about suicide": the word close after the speaker's. */
function speakerSuicide(tokens: string[]): boolean {
  if (tokens.some((t) => TOPIC_WORDS.has(t))) return false;
  return tokens.some(
    (t, i) =>
      (SUICIDE_WORDS.has(t) || sameWord(t, 'suicide')) &&
      tokens.slice(Math.max(0, i - 5), i).some((w) => FIRST_PERSON.has(w)),
  );
}

const FIRST_PERSON = new Set([...FIRST_PERSON_SUBJECT, ...FIRST_PERSON_OBJECT, 'my', 'our', 'ive', 'imma']);

/** A danger phrase read anywhere but after "if someone" ("what happens if someone posts my photos"). */
function dangerPhrase(tokens: string[], phrases: string[][]): boolean {
  return phrases.some((phrase) => {
    for (let start = 0; start + phrase.length <= tokens.length; start++) {
      const here = phrase.every((word, offset) => sameWord(tokens[start + offset], word));
      if (here && !hypothetical(tokens, start - 5, start)) return true;
    }
    return false;
  });
}

/** The English reading: the rules every other language follows, on English words. */
export function assessEnglish(text: string): SafetyAssessment {
  // A full stop before a space leaves an empty word behind ("bag. leaving"); gaps must not count it.
  const tokens = words(text);
  harmOfWord.clear();
  const harm = tokens.map(harmClassOfWord);
  const firstPerson = tokens.some((t) => FIRST_PERSON.has(t));
  const context = readContext(tokens);

  const selfHarm =
    SELF_HARM_PHRASES.some((phrase) => containsPhrase(tokens, phrase)) ||
    speakerSuicide(tokens) ||
    (firstPerson &&
      (SPEAKER_SELF_HARM_PHRASES.some((phrase) => containsPhrase(tokens, phrase)) ||
        jumpsFromHeight(tokens)));
  if (selfHarm) return { disclosure: true, reason: 'self_harm', sensitive: true };

  const doneToSpeaker = harmDoneToSpeaker(tokens, harm, context) ?? harmToSomeoneClose(tokens, harm);
  if (doneToSpeaker) return { disclosure: true, reason: 'harmed', sensitive: true };
  const state = speakerState(tokens, harm);
  if (state) return { disclosure: true, reason: state === 'fear' ? 'in_danger' : 'harmed', sensitive: true };
  if (speakerRunsAway(tokens)) return { disclosure: true, reason: 'running_away', sensitive: true };
  const inDanger =
    dangerPhrase(tokens, DANGER_PHRASES) ||
    (speaking(tokens, firstPerson) &&
      !context.has('joke') &&
      SPEAKER_DANGER_PHRASES.some((phrase) => containsPhrase(tokens, phrase))) ||
    (firstPerson && trafficked(tokens));
  if (inDanger) return { disclosure: true, reason: 'in_danger', sensitive: true };
  const reason = patternReason(tokens, firstPerson, context);
  if (reason) return { disclosure: true, reason, sensitive: true };

  const sensitive =
    harm.some((h) => h !== undefined && SENSITIVE_CLASSES.has(h)) ||
    tokens.some((t) => VIOLENCE_WORDS.has(t) || SUICIDE_WORDS.has(t));
  return { disclosure: false, sensitive };
}
