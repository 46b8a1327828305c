/**
 * Word classes for recognising a child in distress. Every inflection is listed so that exact words are
 * classified first; only longer words are matched with a typo (see detect.ts).
 */
export const HARM_WORDS = {
  hit: 'hit hits hitting hitted smack smacks smacked slap slaps slapped slapping punch punches punched kick kicks kicked kicking choke chokes choked choking strangle strangles strangled whip whips whipped burn burns burned burnt spit spits spat',
  beat: 'beat beats beating beaten',
  hurt: 'hurt hurts hurting harm harms harmed harming injure injured injures attack attacks attacked attacking',
  abuse: 'abuse abuses abused abusing molest molests molested molesting rape rapes raped raping',
  touch: 'touch touches touched touching grope gropes groped groping undress undresses undressed',
  bully: 'bully bullies bullied bullying harass harasses harassed harassing',
  threaten:
    'threaten threatens threatened threatening blackmail blackmails blackmailed blackmailing extort extorts extorted',
  follow: 'following follows followed stalk stalks stalked stalking',
  cut: 'cut cuts cutting',
  fear: 'scared afraid frightened terrified unsafe danger endangered',
  kidnap: 'kidnap kidnapped kidnapping',
} as const;

export type HarmClass = keyof typeof HARM_WORDS;

/** Who the harm is done to, or who is speaking: the child themselves. */
export const FIRST_PERSON_OBJECT = new Set(['me', 'myself', 'us']);
export const FIRST_PERSON_SUBJECT = new Set(['i', 'im', 'we']);
/** The speaker's own people ("my brother", "my friend"): harm to them now is a disclosure too. */
export const CLOSE_PEOPLE = new Set(
  'brother sister friend bestie bff mum mom mother dad father cousin baby son daughter child kid siblings sibling grandma granny'.split(
    ' ',
  ),
);

/** Words that may stand between "I" and what happens to them: "I am being bullied", "I'm so scared". */
export const LINKING_WORDS = new Set(
  'am m was were are is be being been get getting got gets feel feeling felt so very really always often in not'.split(
    ' ',
  ),
);

/** Phrases that mean a child may hurt themselves or is thinking of dying, whoever else is mentioned. */
export const SELF_HARM_PHRASES = [
  'want to die',
  'wanna die',
  'going to die',
  'wish i was dead',
  'wish i were dead',
  'kill myself',
  'killing myself',
  'end my life',
  'end it all',
  'take my life',
  'dont want to live',
  'do not want to live',
  'no reason to live',
  'better off dead',
  'suicidal',
  'hurt myself',
  'hurting myself',
  'harm myself',
  'harming myself',
  'cut myself',
  'cutting myself',
  // Feeling that nobody would miss one: how children often say they think of dying.
  'if i disappeared',
  'if i was gone',
  'if i were gone',
  'if i wasnt here',
  'if i died',
  'nobody would notice',
  'no one would notice',
  'noone would notice',
  'nobody would care',
  'nobody would miss me',
  'no one would miss me',
  'never wake up',
  'cant go on',
  'cant take it anymore',
  'want to disappear',
  'wish i could disappear',
  'disappear forever',
  'sleep forever',
  'better off without me',
  'better without me',
  'no point in living',
  'no point living',
  'point of living',
  'tired of living',
  'tired of life',
  'dont want to be alive',
  'dont want to exist',
  'hate my life',
].map((phrase) => phrase.split(' '));

/**
 * Ways of dying named without the word (a last letter, an overdose, a high place), which are also how one
 * asks about them: only when the speaker or someone of theirs is in the message ("my friend took a lot of
 * pills"), not "what to do in case of overdose".
 */
export const SPEAKER_SELF_HARM_PHRASES = [
  'standing on the bridge',
  'standing on the roof',
  'on the edge of the roof',
  'suicide note',
  'took a lot of pills',
  'took lots of pills',
  'took all the pills',
  'took all my pills',
  'swallowed pills',
  'overdose',
  'overdosed',
]
  .concat(
    // A last letter to one's family, not a card for a teacher who is leaving.
    ['letter', 'letters', 'note'].flatMap((letter) =>
      ['family', 'parents', 'mum', 'mom', 'mother', 'dad', 'father'].map(
        (to) => `goodbye ${letter} to my ${to}`,
      ),
    ),
  )
  .map((phrase) => phrase.split(' '));

/** Jumping from a height: "jumping off the roof", "jump out of the window", not "off a diving board". */
export const JUMP_WORDS = new Set(['jump', 'jumping', 'jumped', 'throw', 'throwing']);
export const HEIGHTS = new Set([
  'roof',
  'bridge',
  'window',
  'balcony',
  'building',
  'cliff',
  'tower',
  'floor',
]);

/**
 * Phrases that put a child in danger whoever says them: a threat made to keep a secret, a secret an adult
 * demands, photos demanded or threatened, being locked in or thrown out, no food, a weapon at home.
 */
export const DANGER_PHRASES = [
  'if i tell',
  'if you tell',
  'if i told',
  'made me promise',
  'our little secret',
  'will kill me',
  'kill my mum',
  'kill my mom',
  'kill my mother',
  'kill my dad',
  'kill my father',
  'kill my brother',
  'kill my sister',
  'kill my family',
  'break my arm',
  'break my arms',
  'break my leg',
  'break my legs',
  'break my neck',
  'does things to',
  'did things to',
  'doing things to',
  'touches her',
  'touched her',
  'touching her',
  'touches him',
  'touched him',
  'my nudes',
  'send nudes',
  'naked photos',
  'naked pictures',
  'naked pics',
  'wants me to send',
  'asks me to send',
  'asking me to send',
  'made me send',
  'show everyone',
  'send them to my',
  'lock me in',
  'locks me in',
  'locked me in',
  'lock me up',
  'locks me up',
  'locked me up',
  'threw me out',
  'throw me out',
  'throws me out',
  'kicked me out',
  'kick me out',
  'kicks me out',
  'wont wake up',
  // Made to marry as a child.
  'marry me off',
  'married off',
  'force me to marry',
  'forcing me to marry',
  'forced me to marry',
  'make me marry',
  'making me marry',
  'want me to marry',
  'wants me to marry',
  // Sexual abuse told without the words for it.
  'makes me touch',
  'made me touch',
  'make me touch',
  'take off my clothes',
  'took off my clothes',
  'comes into my room',
  'came into my room',
  'into my bed',
  'made me do things',
  'makes me do things',
  // Photos used as a threat.
  'leak my',
  'post my photos',
  'post my pics',
  'send my photos',
  'send my pics',
  'share my photos',
  'expose me',
  // Bullying and extortion.
  'take my money',
  'takes my money',
  'took my money',
  'laugh at me',
  'laughing at me',
  'make fun of me',
  'making fun of me',
  'made fun of me',
  'pushed me',
  'pushes me',
  'shoved me',
  'shoves me',
  'pull my hair',
  'pulls my hair',
  'pulled my hair',
  'everyone hates me',
  // Nowhere safe to be.
  'nowhere to go',
  'nowhere to sleep',
  'sleeping on the street',
  'sleep on the street',
  'is coming for me',
  'hiding from',
  'doesnt wake up',
  'not waking up',
].map((phrase) => phrase.split(' '));

/** Danger only when the speaker is in the message: "had a knife" in a story is not a cry for help. */
export const SPEAKER_DANGER_PHRASES = [
  'not to tell',
  'nothing to eat',
  'no food',
  'havent eaten',
  'has a knife',
  'had a knife',
  'with a knife',
  'has a gun',
  'had a gun',
  'with a gun',
  'was drunk',
  'is drunk',
  'gets drunk',
  'comes home drunk',
  'when he drinks',
  'when she drinks',
  'when they drink',
  'with a belt',
  'im hiding',
].map((phrase) => phrase.split(' '));

export const SUICIDE_WORDS = new Set(['suicide', 'suicidal']);
export const RUNNING_AWAY = [['run', 'away'], ['ran', 'away'], ['running', 'away'], ['runaway']];

/** Words that make a question about violence sensitive even when nobody says it happened to them. */
export const VIOLENCE_WORDS = new Set(['violence', 'violent', 'punishment', 'abuse', 'beating', 'neglect']);
