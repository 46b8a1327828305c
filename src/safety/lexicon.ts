import type { DistressReason } from './assessment.js';

/**
 * Word classes for recognising a child in distress. Every inflection is listed so that exact words are
 * classified first; only longer words are matched with a typo (see classify in english.ts).
 */
export const HARM_WORDS = {
  hit: 'hit hits hitting hitted shove shoves shoved shoving stab stabs stabbed stabbing spank spanks spanked spanking smack smacks smacked slap slaps slapped slapping punch punches punched kick kicks kicked kicking choke chokes choked choking strangle strangles strangled whip whips whipped burn burns burned burnt spit spits spat',
  beat: 'beat beats beating beaten',
  hurt: 'hurt hurts hurting harm harms harmed harming injure injured injures attack attacks attacked attacking',
  abuse: 'abuse abuses abused abusing molest molests molested molesting rape rapes raped raping',
  touch: 'touch touches touched touching grope gropes groped groping undress undresses undressed',
  bully: 'bully bullies bullied bullying harass harasses harassed harassing',
  threaten:
    'threaten threatens threatened threatening blackmail blackmails blackmailed blackmailing extort extorts extorted',
  follow: 'following follows followed stalk stalks stalked stalking',
  cut: 'cut cuts cutting cutt',
  fear: 'scared afraid frightened terrified unsafe danger endangered',
  kidnap: 'kidnap kidnapped kidnapping',
} as const;

export type HarmClass = keyof typeof HARM_WORDS;

/**
 * Ordinary words one dropped or added letter away from a harm word, never read as its typo: "follow me on
 * tiktok", "the teacher split us into groups", "she spilt juice on me", "it seems strange to me".
 */
export const HARM_LOOKALIKES = new Set(
  'follow grouped grouping split splits spilt spite strange hints shoes sacked beast beasts rapped rapping reaped'.split(
    ' ',
  ),
);

/** Who the harm is done to, or who is speaking: the child themselves. */
export const FIRST_PERSON_OBJECT = new Set(['me', 'myself', 'us']);
export const FIRST_PERSON_SUBJECT = new Set(['i', 'im', 'we']);
/** The speaker's own people ("my brother", "my friend"): harm to them now is a disclosure too. */
export const CLOSE_PEOPLE = new Set(
  'brother sister friend bestie bff mum mom mama mommy mummy mother dad daddy papa father cousin baby son daughter child kid siblings sibling grandma granny nan nana grandpa grandad grandfather grandmother stepbrother stepsister aunt auntie twin nephew niece'.split(
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
  'end everything',
  'take my life',
  'dont want to live',
  'do not want to live',
  'no reason to live',
  'better off dead',
  'suicidal',
  // What children write on TikTok, where the words for it are hidden.
  'unalive myself',
  'unaliving myself',
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
  'cant go on',
  'cant take it anymore',
  'disappear forever',
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
  'made me promise',
  'our little secret',
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
  'my nudez',
  'send nudes',
  'naked photos',
  'naked pictures',
  'naked pics',
  'wants me to send',
  'asks me to send',
  'asking me to send',
  'made me send',
  'threw me out',
  'throw me out',
  'throws me out',
  'kicked me out',
  'kick me out',
  'kicks me out',
  // Made to marry as a child.
  'marry me off',
  'married off',
  'force me to marry',
  'forcing me to marry',
  'forced me to marry',
  'make me marry',
  'making me marry',
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

/**
 * Patterns for disclosures told without a harm word next to "me": words in order separated by spaces, each
 * a set of spellings separated by '|'; '@name' is a word from PATTERN_SLOTS ('@harm' a harm word), a
 * trailing '*' takes any ending, '~N' lets up to N other words stand between, '!a|b' means the next word
 * is none of these (or the message ends), '^' and '$' the start and the end of the message. Words of
 * seven letters or more may carry one slip of the fingers (see likelyTypo in english.ts).
 */
export const PATTERN_SLOTS: Record<string, ReadonlySet<string>> = {
  me: new Set(['me', 'us', 'myself']),
  i: new Set(['i', 'im', 'ive', 'id', 'we', 'weve', 'imma', 'ima']),
  // Parents are named without "my" ("dad hits mum"); other relatives with it.
  parent: new Set('mum mom mama mommy mummy momma mam dad daddy papa'.split(' ')),
  kin: CLOSE_PEOPLE,
  // Whose adult: "her dad beats her", "mum's boyfriend chokes her".
  whose: new Set('her his their mums moms mamas friends sisters brothers cousins'.split(' ')),
  adult: new Set(
    'dad father mum mom mother stepdad stepfather stepmom stepmum stepmother boyfriend girlfriend partner husband wife uncle brother grandpa grandfather parents'.split(
      ' ',
    ),
  ),
  // Someone other than the speaker about to do something: "he'll" and "they'll" are read without the apostrophe.
  third: new Set('he she they hes shes theyre someone somebody guy man boy girl boys girls'.split(' ')),
  willing: new Set(
    'will would gonna going wants want threatens threatened threatening threaten tried trying'.split(' '),
  ),
  theyll: new Set(['hell', 'shell', 'theyll', 'hed', 'shed', 'theyd']),
  // "took 20 pills": a handful, not "two pills for a headache"; '@many' also reads numbers of ten or more.
  many: new Set('twenty thirty forty fifty hundred whole all many loads bunch handful lots'.split(' ')),
};

/** What makes a pattern mean something else: see english.ts for how each is read. */
export type PatternContext =
  | 'play'
  | 'joke'
  | 'idiom'
  | 'accident'
  | 'hypothetical'
  | 'someday'
  | 'school'
  | 'toy'
  | 'medical'
  | 'away'
  | 'media';

export interface PatternGroup {
  reason: DistressReason;
  patterns: readonly string[];
  /** Only when the speaker is in the message: these are also how one asks about the topic. */
  speaker?: boolean;
  unless?: readonly PatternContext[];
  /** Only with this in the message: a threat to share is about photos ("send my homework" is not). */
  only?: PatternContext;
}

/** Games and sport, where one is beaten, killed, stabbed or locked in a cage for fun. */
export const PLAY_WORDS = new Set(
  'minecraft roblox fortnite pubg game games gaming gta valorant csgo dota brawl server chess fifa football basketball volleyball hockey tournament final finals sparring boxing wrestling karate judo match level'.split(
    ' ',
  ),
);
export const LAUGHTER = new Set(
  'lol lmao lmfao haha hahaha hahahaha rofl xd jk joking jokes kidding'.split(' '),
);
/**
 * "mum will kill me when she sees my grades", "my sister will murder me if I wear her dress": the anger of
 * someone at home or at school at what the speaker did, not a threat.
 */
export const AUTHORITY = new Set(
  'mum mom mother mama dad father papa parents teacher coach mam sister brother sis bro friend'.split(' '),
);
export const DISCOVERY = new Set(
  'sees see saw finds find found knows know hears hear learns notices grade grades marks mark test exam homework maths math late report broke lost miss misses missed forget forgot fail failed training practice'.split(
    ' ',
  ),
);
/**
 * Burns and cuts from a stove, a knife that slipped or a fall, and skin scratched for an itch: not the
 * speaker's own hand turned on themselves.
 */
export const ACCIDENT_WORDS = new Set(
  'accident accidentally stove oven iron ironing pan kettle cooking cook baking slicing chopping shaving fell tripped door bike football training practice fence climbing skateboard tree glass desk table shelf corner ouch oops mosquito bites itchy itch eczema rash acne pimple pimples tea coffee soup boiling sun sunburn'.split(
    ' ',
  ),
);
/** "we haven't been home for a week, we're at the seaside": a family away together. */
export const AWAY_WORDS = new Set(
  'holiday holidays vacation camp trip travelling traveling journey'.split(' '),
);
export const SOMEDAY_WORDS = new Set(['someday', 'future', 'grow', 'older', 'eventually']);
export const SCHOOL_WORDS = new Set(
  'school early alarm exam exams test lesson lessons class monday morning homework olympiad'.split(' '),
);
export const MEDICAL_WORDS = new Set(
  'nurse doctor doctors checkup check clinic hospital physio dentist injection vaccine jab'.split(' '),
);
/** What is thrown or struck in fun: "threw a ball at me", "hitting me with pillows", "threw a party at her". */
export const TOYS = new Set(
  'ball balls snowball snowballs pillow pillows frisbee balloon balloons confetti party parties tantrum glance look shade'.split(
    ' ',
  ),
);
/** "if someone posts my photo", "if a friend tells me": a question about what might happen. */
export const HYPOTHETICAL_AFTER_IF = new Set(
  'someone somebody anyone a an ever tells says told people your'.split(' '),
);

const SHARE =
  'put|puts|putting|post|posts|posting|send|sends|sending|share|shares|sharing|leak|leaks|leaking|show|shows|showing|spread|spreading|upload|uploads|uploading|publish|forward|expose';
const AUDIENCE =
  'everyone|everybody|everywhere|online|internet|school|class|classmates|parents|mum|mom|dad|mama|papa|family|friends|instagram|tiktok|telegram|whatsapp|teachers';
/** Photos and videos of the speaker; see PHOTO_WORDS for the same words as a set. */
const MEDIA = 'photos|photo|pics|pic|pictures|picture|video|videos|nudes|nudez|selfies';
export const PHOTO_WORDS = new Set([
  ...MEDIA.split('|'),
  'nude',
  'naked',
  'screenshots',
  'screenshot',
  'chats',
]);
const SEXUAL =
  'undress|undressed|undressing|naked|nude|nudes|porn|porno|strip|stripping|topless|sexy|sexual|sex';
const ASK =
  'want|wants|wanted|ask|asks|asked|asking|keeps|told|tells|make|makes|made|making|force|forces|forced|forcing|begs|begged|begging|pressures|pressured|pressuring';
const INTIMATE_BODY =
  'thigh|thighs|chest|breast|breasts|boobs|bum|butt|bottom|privates|private|crotch|underwear|pants|skirt';
const SELF_BODY = 'wrist|wrists|arm|arms|thigh|thighs|leg|legs|skin|stomach|belly|hips|body';
const SELF_HURT =
  'cut|cutt|cuts|cutting|cutted|slit|slash|slashing|burn|burns|burning|burned|burnt|scratch|scratches|scratching|scratched|hit|hits|hitting|punch|punches|punching|punched|bite|biting|bang|banging|starve|starving|slap|slapping|stab|stabbing|carve|carving';
const CLOTHES = 'clothes|shirt|top|pants|trousers|underwear|dress|bra|panties|shorts|skirt|tshirt|jeans';
const PILLS =
  'pills|pill|tablets|tablet|meds|medicine|medicines|medication|painkillers|paracetamol|antidepressants';
const KILL = 'kill|murder|stab|shoot|strangle|hurt';
const TELL = 'tell|snitch|talk|report|speak|squeal|rat|say|told|snitched|reported';

export const PATTERN_GROUPS: readonly PatternGroup[] = [
  // Objects thrown, hands at the throat, pushed into walls: violence told without "hits me".
  {
    reason: 'harmed',
    unless: ['toy', 'play'],
    patterns: [
      'throw|throws|threw|throwing|thrown|chucks|chucked|hurls|hurled ~4 at @me|@parent|her|him',
      'throw|throws|threw|throwing|thrown|chucks|chucked|hurls|hurled ~4 at my|her|his ~1 head|face',
      'throw|throws|threw|throwing|thrown|chucks|chucked|hurls|hurled ~4 at my ~2 @kin',
      'throw|throws|threw|throwing|pushed|pushes|push|slammed|slams|pinned|pins|pin @me|her|him|@parent ~2 against|into|down|across ~1 the|a ~1 wall|floor|stairs|door|wardrobe',
      'pushed|pushes|push|pushing @me|her|him|@parent|my ~3 down|into|against|off|onto ~1 the|a ~1 stairs|wall|floor|ground|door|road|window|balcony',
      'grab|grabs|grabbed|grabbing|drag|drags|dragged|dragging|yank|yanks|yanked|twist|twists|twisted|lift|lifted|lifts @me|her|him|@parent ~1 by ~1 the|my|her|his ~1 neck|throat|hair|arm|arms|wrist|collar|ear|ears',
      'grab|grabs|grabbed|grabbing|squeeze|squeezes|squeezed|squeezing|pulls|pulled|yanked ~1 my|her|his ~1 neck|throat|hair',
      // "dad is throwing plates", "they are smashing things": a fight at home heard from the next room.
      '@parent|he|she|they|stepdad|stepfather|stepmom|stepmother|parents ~3 throwing|throws|threw|smashing|smashes|smashed|breaking ~1 plates|dishes|chairs|bottles|things|furniture|glasses|knives !away|out',
      // Blood on a relative's face after a fight ("blood on his hands" is an idiom and stays out).
      'blood on ~1 her|his|mums|moms|mamas|dads|papas ~1 face|head|nose|mouth|lip|lips|neck|body|arm|arms',
      // "her dad beats her", "mum's boyfriend chokes her": a friend or relative harmed by their own adult.
      '@whose ~1 @adult ~3 @harm her|him|them !car|bike|phone|bag|toy|toys|homework|door|house|room|dog|cat|ball',
    ],
  },
  // Sexual abuse told without the words for it: a secret, clothes taken off, being watched or touched.
  {
    reason: 'harmed',
    patterns: [
      'secret between us',
      'its|is our ~1 secret !to|of|for',
      'cant|cannot|mustnt|shouldnt|allowed|never ~2 tell ~1 anyone|anybody|mum|mom|dad|parents|my|our|the ~2 what happens|happened',
      'cant|cannot|mustnt|shouldnt|allowed|never ~2 tell ~1 anyone|anybody|mum|mom|dad|parents|my|our|the ~2 what he|she|they ~1 does|did|do',
      `@third|@theyll ~2 took|takes|pulled|pulls ~1 off ~1 my ~1 ${CLOTHES}`,
      `@third|@theyll ~2 took|takes|pulled|pulls ~1 my ~1 ${CLOTHES} off|down`,
      `${ASK} @me ~2 sit|sitting on his|her lap`,
      `photo|photos|pictures|picture|pics|pic|video|videos|selfies of @me ~2 ${SEXUAL}|undressed|underwear`,
      `pictures|pics|photos|photo|picture|pic|videos|video ~2 without|no ~1 clothes|clothing`,
      'watch|watches|watched|watching|film|films|filmed|filming|record|records|recorded|recording|photographs|photographed|spies|spied|peeks|peeked|stares|stared|look|looks ~1 @me ~3 bath|bathtub|shower|showering|change|changing|undress|undressing|naked|toilet|pee|bathroom|dressing !my|the|a|your|his|her|mind',
      'bathroom|shower|showering|bath|bathing|changing ~4 watch|watches|watched|watching|films|filmed|filming @me',
      'comes|coming|came|walks|walked ~2 in|into ~2 bathroom|shower ~3 when|while ~1 im|i ~1 showering|shower|bathing|changing|naked',
      'shows|showed|showing|show|exposes|exposed|exposing himself|herself',
      'shows|showed|showing|show @me his|her ~1 private|privates|penis|dick|willy',
      `${ASK} @me ~1 watch|watching|look ~3 porn|porno|naked|nude|sex`,
      `touch|touches|touched|touching|stroke|strokes|stroked|stroking|rub|rubs|rubbed|rubbing|caress|caresses|caressed|fondle|fondles|fondled|grope|gropes|groped my|her ~1 ${INTIMATE_BODY}`,
      // Knees and legs only stroked, or touched again and again: "I touched my knee and it hurts" is not it.
      'touches|touching|stroke|strokes|stroked|stroking|caress|caresses|caressed|fondle|fondles|fondled|grope|gropes|groped my|her ~1 knee|knees|leg|legs',
      'keeps|keep ~1 touching|rubbing|stroking my|her ~1 knee|knees|leg|legs',
      'touch|touches|touched|touching places',
      'touches|touched|touching @me ~1 there',
      'places|where he|she ~1 shouldnt',
      'places|where he|she should not',
      'makes|made|make @me feel ~3 dirty|used|disgusting',
      'does|did|doing|do ~2 stuff|things to @me|her|him',
      `${ASK} @me ~2 show|shows|showing my|her ~1 body|chest|privates|breasts|boobs|butt`,
      'meet|meeting ~2 secretly',
      'meet|meeting ~2 in secret',
      'secretly meet|meeting',
      'delete|deletes ~2 our|the ~1 chat|chats|messages',
    ],
  },
  // A secret an adult shares with a child; not a secret recipe or a game's secret level.
  {
    reason: 'harmed',
    patterns: [
      'special secret !recipe|ingredient|sauce|weapon|tactic|tactics|move|moves|technique|trick|code',
      'secret game !mode|level|code|codes|room|ending',
    ],
  },
  // Told to undress or to send nudes, but not by a nurse at a check-up.
  {
    reason: 'harmed',
    unless: ['medical'],
    patterns: [
      `${ASK} @me ~1 to|for ~6 ${SEXUAL}`,
      `${ASK} @me ~6 without|no ~1 clothes|clothing`,
      // "take my clothes off", not "take off my wet clothes and shower".
      `${ASK} @me|us ~8 take|took|pull|get ~2 my|our ${CLOTHES} off|down`,
      `${ASK} @me|us ~8 take|took|pull|get off|down my|our ${CLOTHES}`,
    ],
  },
  // Photos used as a threat: shared with the school or the parents unless the child pays or sends more.
  {
    reason: 'in_danger',
    speaker: true,
    unless: ['hypothetical', 'joke'],
    only: 'media',
    patterns: [
      `@theyll ~2 ${SHARE} ~6 ${AUDIENCE}`,
      `threatens|threatened|threatening|threaten|@theyll ~2 ${SHARE} ~2 my|our ~1 ${MEDIA}`,
      `@third will|would|gonna|going ~2 ${SHARE} ~2 my|our ~1 ${MEDIA}`,
      `${SHARE} ~1 my|our ~1 ${MEDIA} ~8 unless|otherwise|else`,
      `@third ~1 @willing ~2 ${SHARE} ~6 ${AUDIENCE}`,
      `${SHARE} ~6 ${AUDIENCE} ~8 unless|otherwise`,
      `unless @i ~3 send|pay|give ~2 more|money|him|her|them`,
    ],
  },
  // Threats to kill or stab, from someone other than a parent angry at a mark or a game.
  {
    reason: 'in_danger',
    unless: ['joke', 'idiom', 'play'],
    patterns: [
      `will|gonna|going|wants|want|threatens|threatened|threatening|threaten|tried|trying|said|says|@theyll ~2 ${KILL} @me`,
      // Whoever threatens a relative, not the speaker: "I'm going to kill my brother" is a sibling's anger.
      `@third|@theyll|@adult|stepdad|stepfather|uncle ~3 ${KILL} ~1 my ~2 @kin|dog|cat|pet|puppy|kitten|family`,
      '@theyll|gonna|will ~1 get @me after|on|tomorrow|tonight|outside|when|if',
      '@theyll|gonna|will ~1 get @me $',
      // "they're gonna jump me after school": set upon by a group.
      '@theyll|gonna|will|going|wanna|plan|planning ~2 jump @me !to|into|in|on',
      'said|says|told ~2 im|youre next',
      'said|says|told ~2 i|you am|are next',
    ],
  },
  // Locked in or out: not in a Minecraft cage, nor "I locked up my bike".
  {
    reason: 'in_danger',
    unless: ['joke', 'play'],
    patterns: [
      'lock|locks|locked|locking @me|us in|inside|up',
      'lock|locks|locked|locking @me|us out on|in|of ~1 the ~1 balcony|cold|street|house|flat|yard|home|apartment',
      'lock|locks|locked|locking @me|us out !of',
      '@i ~1 am|was|were|are|got|get|been|being|is|m ~1 locked|shut in|inside',
      '@i ~1 am|was|were|are|got|get|been|being|is|m ~1 locked up',
      'im|were ~1 locked|shut in|inside',
      'my ~2 @kin ~1 is|was|got|been|are|were|gets ~1 locked|shut in|inside|up',
    ],
  },
  // "If I snitch I'm dead": keeping quiet demanded with a threat. "what happens if I tell a teacher" asks.
  {
    reason: 'in_danger',
    patterns: [
      `if @i|you ~1 ${TELL} ~8 ${KILL}|beat|hit|punish|lock|get|send|kick @me|us|you|my`,
      `if @i|you ~1 ${TELL} ~4 im|youre|ill|your|my ~1 dead`,
      `if @i|you ~1 ${TELL} ~8 orphanage`,
      `if @i|you ~1 ${TELL} ~8 make ~1 my|your life hell|miserable`,
      `im|ill|youre|youll ~1 dead ~2 if @i|you ~1 ${TELL}`,
      'said|says|told|tells ~6 if @i|you ~1 tell|snitch|report ~1 anyone|anybody|someone|somebody|police',
      `warned|warns|threatened|threatens ~6 if @i|you ~1 ${TELL}`,
      `${KILL}|beat|hit @me|us|you|my ~3 if @i|you ~1 ${TELL}`,
      // "told me to say I fell", not "how to tell mum that I fell and broke her vase".
      'told|tells|said|says|makes|made|wants|forces|forced ~1 to say|tell ~3 i|that|we ~1 fell|tripped|slipped|fall',
      'makes|made @me say ~2 i|that|we ~1 fell|tripped|slipped|fall',
      'told|tells|said|says|makes|made|wants|forces|forced ~1 to say|tell ~2 it was an accident',
      'told|tells|tell|makes|made|wants @me ~1 to say|tell|lie ~6 bruise|bruises|marks|eye',
      'owe|owes ~6 else|otherwise',
    ],
  },
  // Bruises hidden from a teacher; not the ones from volleyball.
  {
    reason: 'harmed',
    speaker: true,
    unless: ['play', 'accident'],
    patterns: ['hide|hiding|hid|cover|covering|covered ~3 bruise|bruises|bruising'],
  },
  // Lunch money taken, money demanded every week: extortion.
  {
    reason: 'harmed',
    patterns: [
      'take|takes|took|taking|steal|steals|stole|stealing|demand|demands|demanded|demanding ~1 my|our ~1 money|lunch|pocket|allowance',
      'makes|made|forces|forced|force|forcing @me give|pay|bring ~1 him|her|them',
      'demand|demands|demanding|wants|want ~1 money from @me',
    ],
  },
  // No one home for days, food locked away, a parent who does not wake or breathe.
  {
    reason: 'in_danger',
    speaker: true,
    unless: ['away'],
    patterns: [
      'hasnt|havent|hadnt|not|didnt|never|aint ~1 come|came|been|returned|coming ~1 home|back ~5 days|week|weeks|nights|month|months|ago|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday',
      'alone for ~2 days|week|weeks|nights',
      'lock|locks|locked|locking ~2 fridge|food|kitchen !by',
      'fridge|food|kitchen ~2 locked !by',
      'not allowed to eat',
      'wont|dont|doesnt|didnt|never ~1 let @me eat !sweets|candy|chocolate|junk|fast|chips|before|after|in|at|until|till|with|on|pizza|sugar|that|this|it',
      'wont|dont|doesnt|didnt|never|stopped ~1 feed|feeding @me',
      'nobody|noone|one ~2 fed|feeds|feeding @me',
      'wont|dont|doesnt|didnt|never ~1 give @me ~1 food|anything to eat',
    ],
  },
  {
    reason: 'in_danger',
    patterns: [
      '@parent|mother|father|grandma|grandpa|granny|sister|brother ~4 not|isnt|wont|cant|stopped|barely ~1 breathing|breathe !well|through',
      '@parent|mother|father|grandma|grandpa|granny|sister|brother ~4 breathing|breathes ~1 strangely|strange|weird|weirdly|funny|badly',
      '@parent|mother|father|grandma|grandpa|granny|sister|brother ~4 not|isnt|wont|doesnt|stopped ~1 responding|respond !to',
      // "mum won't wake up", not "I can't wake up in the morning".
      '@parent|mother|father|grandma|grandpa|granny|nan|he|she|they|brother|sister ~8 wont|doesnt|didnt|isnt|not|hasnt|hadnt|wouldnt ~1 wake|waking|woken|woke !up|early|late|on|in|at|for|before',
      '@parent|mother|father|grandma|grandpa|granny|nan|he|she|they|brother|sister ~8 wont|doesnt|didnt|isnt|not|hasnt|hadnt|wouldnt ~1 wake|waking|woken|woke up !early|late|on|in|at|for|before',
      'cant|cannot|couldnt ~1 wake her|him|them|@parent !up|should|so|because|for|to|early|before|lol',
      'cant|cannot|couldnt ~1 wake her|him|them|@parent up !should|so|because|for|to|early|before|in|lol',
      '@parent|mother|father|grandma|grandpa|granny ~3 unconscious',
      '@parent|mother|father|grandma|grandpa|granny ~2 passed out',
    ],
  },
  // Made to marry: an adult's will over "me", "my sister" or "her", not "can parents force a child to marry".
  {
    reason: 'in_danger',
    unless: ['someday', 'joke'],
    patterns: [
      'force|forces|forced|forcing|make|makes|made|making|want|wants|wanted|plan|plans|planning|pressure|pressuring|promised|give|giving|sell|selling ~1 @me|us|her ~4 marry|married|marriage|wedding|wed|bride',
      // "I want my wedding in summer" is the speaker's own wish; another's will over "my sister" is not.
      'force|forces|forced|forcing|make|makes|made|making|plan|plans|planning|pressure|pressuring|promised|give|giving|sell|selling ~1 my ~2 @kin ~4 marry|married|marriage|wedding|wed|bride',
      'arrange|arranging|arranged|planning|planned ~1 my|her ~1 marriage',
      'i ~1 have|has|got to marry',
      'i gotta marry',
      'promised|promise|promising|gave|give|giving|sold|sell @me|her to ~1 a|an|some|his|this|that ~1 man|guy|old|older',
      'sell|sells|sold|selling @me|us to|for',
      'sell|sells|sold|selling @me|us $',
      'sell|sells|sold|selling my ~2 @kin to|for',
    ],
  },
  // Running away told without "run away": leaving home tonight, escaping, not coming back, sleeping rough.
  {
    reason: 'running_away',
    speaker: true,
    unless: ['joke'],
    patterns: [
      'leave|leaving|escape|escaping|run ~1 home tonight|forever|today|now',
      'escape|escaping|escaped ~1 from ~1 home|house',
      'packed|packing ~1 my ~1 bag|bags|things|stuff|backpack ~4 tonight|forever|run|running|away|escape',
      '@i ~2 left|leave|leaving home ~4 nowhere|where|forever|tonight|cant',
      'escape|escaping|escaped|leave|leaving ~1 from ~1 my ~1 @kin|family|parents|stepdad|stepfather',
      'get|getting ~1 away from him|her|them|home',
      'get|getting ~1 away from my ~1 @kin|family|parents|stepdad|stepfather',
      'leave|leaving|left|going|go|run|escape ~5 not|never ~1 coming back',
      'sneak|sneaking|run|escape|escaping ~4 before they|my|mum|mom|dad|everyone ~1 wake|wakes|notice|notices',
      'sleep|sleeps|sleeping|slept|spend|spent|spending ~3 park|street|streets|station|stairwell|staircase|stairs|bench|podezd|podyezd|entrance|alley|garages|bushes',
      'my ~2 @kin ~2 ran|run|running|runs away !from',
      'my ~2 @kin ~2 ran|run|running|runs away from home|house|orphanage',
    ],
  },
  // Self-harm told without "myself": cuts on the arms, burns, hitting one's head, hiding the marks.
  {
    reason: 'self_harm',
    speaker: true,
    unless: ['accident', 'hypothetical', 'joke'],
    patterns: [
      `${SELF_HURT} ~2 myself|herself|himself`,
      `@i ~2 ${SELF_HURT} ~1 my|her|his ~1 ${SELF_BODY} !on|against|while|during|in|at`,
      `${SELF_HURT} her|his ~1 ${SELF_BODY}`,
      '@i ~2 cut|cutting|relapsed again !the|it|a|my|this|that',
      '^ cut|cutting|relapsed again !the|it|a|my|this|that',
      '@i ~3 been|keep|started|start|stop ~1 cutting|selfharming|selfharm again|every|myself|for|since',
      '@i ~3 been|keep|started|start|stop ~1 cutting|selfharming|selfharm $',
      '@i ~3 selfharm|selfharming|selfharmed',
      '@i ~3 self harm|harming|harmed',
      `@i ~3 ${SELF_HURT}|bang|banging|banged|smash|smashing ~1 my ~1 head|face|fists|fist ~2 against|into ~1 the ~1 wall|walls|floor|door`,
      '@i ~3 bang|banging|bangs my head on the ~1 wall|walls',
      `${SELF_HURT} ~5 until|till|til ~3 bleed|bleeds|bleeding|bled`,
      'hide|hiding|hid|cover|covering ~3 cuts|burns|cutting',
      'showed|show|shows|saw|seen ~2 her|his|my cuts',
      'her|his|my ~1 fresh ~1 cuts',
      'fresh cuts !of',
    ],
  },
  // Thoughts of dying told without the words: a burden, things given away, pills saved, a last goodbye.
  {
    reason: 'self_harm',
    speaker: true,
    patterns: [
      '@i ~4 burden !of',
      '@i|wanna|want|gonna|to ~1 kms',
      '@i|wanna|want|gonna ~3 end it tonight|today|forever|soon|all',
      'want|wanna ~1 to ~1 disappear !into|for|under',
      'wanna ~1 disappear !into|for|under',
      'wish i could ~1 disappear !into|for|under',
      'thinking|think|thought|considering ~2 ending it|everything|things !with|for',
      'letter|letters|note|notes ~1 to my ~1 family|parents|mum|mom|dad|mother|father|sister|brother ~3 goodbye|sorry',
      `bottle|pack|packet|box|handful|jar of ~1 ${PILLS} ~3 front|next|beside|hand|hands`,
      `saved|saving|save|collected|collecting|hoarded|hoarding|stockpiled|stockpiling|stashed|stash|gathered|gathering ~4 ${PILLS}`,
      `${PILLS} ~3 saved|hoarded|stashed|collected|stockpiled`,
      `take|swallow|taking|swallowing|took|swallowed|drink ~2 all ~3 ${PILLS}|them ~1 tonight|now|together|today`,
      `take|swallow|taking|swallowing|took|swallowed|drink ~2 all ~3 ${PILLS}|them $`,
      `take|swallow|taking|swallowing|took|swallowed|drink ~2 all ~3 ${PILLS}|them at once`,
      `whole|entire ~1 bottle|pack|packet|box|strip of ~1 ${PILLS}`,
      'this is ~1 my ~1 last|final ~1 message|goodbye|words|note !for|today|tonight|before|here|in|on',
      'tell ~4 i|that ~1 loved her|him|them|you|everyone|all',
      'when|after|once im ~1 gone|dead !to|for|on|away|out',
      'by the time you read this',
      'wont be alive',
      'wont be here|around ~1 much longer',
      'wont be here|around anymore',
      'never wake up !on|early|late|before|in|at|for|without|when|until|till|unless|if|by',
      'hope|wish i ~1 dont|wont|never|didnt|wouldnt ~1 wake up !late|early|before|at|in|on|too|for|my|the|him|her|them|everyone|anyone|mum|mom|dad',
      'hope|wish i ~1 dont|wont|never|didnt|wouldnt ~1 wake !up',
      '@i ~3 edge of the ~1 roof|bridge|building|balcony|cliff|window',
      '@i ~1 on|at the ~1 bridge|roof|ledge $|right|now|alone|again',
      '@i ~3 on|at the|a ~2 roof|bridge|ledge|edge ~8 jump|jumping|die|end',
      'thinking|think|thought|thinkin ~2 about|of ~1 jumping|jump !into|in|on|rope|over|higher|ship',
    ],
  },
  {
    reason: 'self_harm',
    speaker: true,
    unless: ['school', 'joke'],
    patterns: ['dont|not ~1 want|wanna ~2 wake up !early|at|for|so|before'],
  },
  {
    reason: 'self_harm',
    unless: ['school', 'joke'],
    patterns: ['goodbye everyone|everybody'],
  },
  // A goodbye or a wish for everything to stop, whoever else is named.
  {
    reason: 'self_harm',
    unless: ['joke'],
    patterns: [
      'goodbye|bye ~1 forever|world',
      'want|wish|need ~1 it|this all ~1 to stop|end',
      'want|wish|need everything to stop|end',
      'sleep forever !on|in|at|till|until|during|this|after',
      `took|swallowed|taken|ate|drank|downed ~1 @many ~2 ${PILLS}`,
    ],
  },
  // Giving one's things away means goodbye only with it: "I won't need them".
  {
    reason: 'self_harm',
    speaker: true,
    patterns: [
      'gave|give|giving|given ~2 away ~8 wont need ~1 it|them|anything|any|those anymore|where|soon|after|now',
      'gave|give|giving|given ~2 away ~8 wont need ~1 it|them|anything|any|those $',
      'gave|give|giving|given ~1 my ~2 things|stuff|belongings|possessions|clothes|games|everything ~8 wont need ~1 it|them|anything|any|those anymore|where|soon|after|now',
      'gave|give|giving|given ~1 my ~2 things|stuff|belongings|possessions|clothes|games|everything ~8 wont need ~1 it|them|anything|any|those $',
    ],
  },
];

/**
 * Child labour and trafficking: one sign alone ("I work for free at my uncle's shop") is an ordinary
 * question, two together ("they took my passport and I'm not allowed to go home") are not.
 */
export const TRAFFICKING_SIGNS: readonly (readonly string[])[] = [
  ['took|takes|keeps|kept|taken|holds|hold|hide|hid ~2 my|our ~1 passport|passports|documents|papers|id|ids'],
  [
    'not|never ~1 allowed ~1 to ~1 leave|escape',
    'not|never ~1 allowed ~1 to go home',
    'wont|doesnt|dont|didnt ~1 let @me|us ~2 leave|escape',
    'wont|doesnt|dont|didnt ~1 let @me|us go home',
    'cant|cannot ~1 leave|escape',
    'cant|cannot ~1 go home',
  ],
  [
    'makes|make|made|force|forces|forced ~1 @me|us ~4 work|clean|sell|beg',
    'have|has|had|must|forced ~1 to work',
    '@i ~3 work|working ~4 day|from|night|nights',
  ],
  [
    'for free',
    'without pay|money',
    'no pay',
    'dont|doesnt|never|wont ~1 pay @me|us',
    'dont|doesnt|never|wont pay !for|back|attention|tax|taxes|rent|bills',
    'take|takes|took|keeps|kept ~1 all ~2 money',
    '@i|says|said owe|owes ~1 her|him|them',
  ],
  ['havent|hasnt|dont|cant|stopped|never|not ~3 been|go|going|went to ~1 school', 'instead of school'],
];
