/**
 * Word classes for recognising a child in distress. Every inflection is listed so that exact words are
 * classified first; only longer words are matched with a typo (see detect.ts).
 */
export const HARM_WORDS = {
  hit: 'hit hits hitting hitted smack smacks smacked slap slaps slapped slapping punch punches punched kick kicks kicked kicking',
  beat: 'beat beats beating beaten',
  hurt: 'hurt hurts hurting harm harms harmed harming injure injured injures attack attacks attacked attacking',
  abuse: 'abuse abuses abused abusing molest molests molested molesting rape rapes raped raping',
  touch: 'touch touches touched touching',
  bully: 'bully bullies bullied bullying harass harasses harassed harassing',
  threaten: 'threaten threatens threatened threatening',
  follow: 'following follows followed stalk stalks stalked stalking',
  cut: 'cut cuts cutting',
  fear: 'scared afraid frightened terrified unsafe danger endangered',
  kidnap: 'kidnap kidnapped kidnapping',
} as const;

export type HarmClass = keyof typeof HARM_WORDS;

/** Who the harm is done to, or who is speaking: the child themselves. */
export const FIRST_PERSON_OBJECT = new Set(['me', 'myself', 'us']);
export const FIRST_PERSON_SUBJECT = new Set(['i', 'im', 'we']);

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
].map((phrase) => phrase.split(' '));

export const SUICIDE_WORDS = new Set(['suicide', 'suicidal']);
export const RUNNING_AWAY = [['run', 'away'], ['ran', 'away'], ['running', 'away'], ['runaway']];

/** Words that make a question about violence sensitive even when nobody says it happened to them. */
export const VIOLENCE_WORDS = new Set(['violence', 'violent', 'punishment', 'abuse', 'beating', 'neglect']);
