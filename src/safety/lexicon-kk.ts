import { kazakhKey } from './fold.js';
import type { DistressLexicon } from './lexicon-spec.js';

/**
 * Kazakh distress words, written with Kazakh letters; the key folds them (and the same words typed
 * without Kazakh letters or in Latin script) onto one spelling. Kazakh puts the person into endings, so
 * many words carry the speaker themselves: "өлгім келеді" (I want to die), "қорқамын" (I am afraid),
 * "әкем" (my father). Verb forms are listed in full where a short stem would catch other words: "ұрады",
 * "ұрды" but not "ұрсады" (scolds) or the negative "ұрмайды".
 */

/** Writes a list of words as one slot of alternatives. */
const oneOf = (words: string) => words.trim().split(/\s+/).join('|');

const VOWELS = /[аәеиоөұүыіуэюя]$/;
const PLURALS = ['лар', 'лер', 'дар', 'дер', 'тар', 'тер'];

/**
 * "My X" with the given case endings: әке → әкем, дос → досым, сыныптас → сыныптастарым; with 'ды'
 * → әкемді (object), 'нан' → әкемнен (from). Endings are given in both vowel series; the key folds most
 * differences away, and a form nobody types costs nothing.
 */
function mine(stems: string, endings: readonly string[]): string {
  const forms = new Set<string>();
  for (const stem of stems.trim().split(/\s+/)) {
    const bases = [VOWELS.test(stem) ? `${stem}м` : `${stem}ым`, ...PLURALS.map((p) => `${stem}${p}ым`)];
    for (const base of bases) for (const ending of endings) forms.add(`${base}${ending}`);
  }
  return [...forms].join('|');
}

/** People a child lives or studies with. */
const PEOPLE = `
  әке әкей ана шеше апа аға әпке іні қарындас сіңлі бауыр ата әже ұстаз мұғалім сыныптас дос жігіт күйеу
  нағашы көке тәте жезде ағай апай жаттықтырушы көрші тәрбиеші мама папа құрбы`;
const MY_PEOPLE = mine(PEOPLE, ['']);
const MY_PEOPLE_AS_OBJECT = mine(PEOPLE, ['ды', 'ді']);
const FROM_MY_PEOPLE = mine(PEOPLE, ['нан', 'нен']);

const HOME_FROM = `үйден|үйімнен|${FROM_MY_PEOPLE}`;
const FEAR = oneOf('қорқамын қорқамыз қорқам қорқып қорқатынмын қорқынышты үрейім');
const FEAR_TARGETS = `${oneOf('үйге үйде үйден үйіме үйімде одан олардан соған содан')}|${FROM_MY_PEOPLE}`;
/** The speaker's own fear, without "қорқынышты" (a scary film is not fear of anyone). */
const OWN_FEAR = oneOf('қорқамын қорқамыз қорқам қорқып қорқатынмын үрейім');

/**
 * Photos of the speaker ("суреттерімді") or of "you" as an abuser says it to them ("суретіңді"): only
 * these forms, as "суретің" folds onto "суретін" (his photo). Grooming and blackmail go through them.
 */
const MY_PHOTOS = oneOf(`
  суретім суретімді суреттерім суреттерімді фотом фотомды фотоларым фотоларымды видеом видеомды
  видеоларым видеоларымды селфиімді фоткам фоткамды фоткаларым фоткаларымды`);
const YOUR_PHOTOS = oneOf(`
  суретіңді суреттеріңді фотоңды фотоларыңды видеоңды видеоларыңды селфиіңді фоткаңды фоткаларыңды`);
/**
 * Where a blackmailer threatens to put the photos: everyone, the class chat, the internet, "your"
 * parents. "Анама көрсетем" (to my mom) in a sister's mouth is no threat; the child telling it says so.
 */
const AUDIENCE_YOURS = oneOf(`
  бәріне барлығына бүкіл жұртқа елге сыныпқа сыныптың сыныптастарыңа чатқа чатына группаға топқа
  интернетке желіге тиктокқа инстаграмға телеграмға мектепке анаңа әкеңе`);
const AUDIENCE = `${AUDIENCE_YOURS}|${oneOf('сыныптастарыма анама әкеме')}`;
/** Showing, spreading, posting, as the blackmailer says it ("көрсетем") and as the child tells it. */
const LEAK_MINE = oneOf(`
  көрсетемін көрсетем көрсетеміз таратамын таратам таратамыз жариялаймын жариялаймыз тастаймын тастайм
  саламын салам жіберемін жіберем`);
const LEAK_THEIRS = oneOf('көрсетеді таратады жариялайды тастайды салады жібереді');
/** What the abuser wants in return ("жібермесең": if you don't send) or a telling-off ("айтсаң": if you tell). */
const IF_REFUSED = oneOf(`
  әйтпесе жібермесең жібермесеңіз бермесең тыңдамасаң келмесең кездеспесең істемесең жасамасаң
  көнбесең орындамасаң жібермесем бермесем келмесем кездеспесем`);
const IF_TOLD = oneOf('айтсаң айтсам шағымдансаң шағымдансам хабарласаң хабарлассам');
/**
 * "Қолыңды сындырам": a body part of "yours" promised to be broken. The child's own ("қолымды") takes
 * fewer verbs: "аяғымды сындырам ғой" is a fear of falling and "тісімді жұламын" a loose tooth.
 */
const YOUR_BODY = oneOf(`
  қолыңды аяғыңды басыңды мойныңды сүйегіңді тісіңді қабырғаңды мұрныңды бетіңді шашыңды`);
const MY_BODY = oneOf('қолымды аяғымды басымды мойнымды сүйегімді қабырғамды мұрнымды');
const VIOLENCE_THEIRS = oneOf('өлтіреді сабайды ұрады соғады сындырады');
const BREAK = oneOf(
  'сындырам сындырамын сындырамыз сындырады жарам жарамын жарады үземін үзем жұламын жұлам',
);
/** Promised violence quoted: "өлтіремін деді" (he said "I'll kill"); only the first person, as "өлтіреді" is a fact. */
const VIOLENCE_MINE = oneOf(`
  өлтіремін өлтірем өлтіреміз өлтірейін ұрамын ұрам ұрамыз сабаймын сабайм сабаймыз соямын соям союм
  пышақтаймын тұншықтырамын буындырамын`);
/** Said by someone else: "деп" alone is also the speaker's own "I thought" ("саламын деп ойладым"). */
const QUOTED = oneOf('деді дейді депті деген дейтін');
const QUOTED_AFTER_DEP = oneOf('жазды жазады жазып айтты айтады айтып айғайла* қорқыт* бопсала*');
/** "Болмайтын нәрселер істейді": things that must not be done to a child, told without naming them. */
const INDECENT = oneOf('болмайтын ұятты ерсі әдепсіз жыныстық');
const THINGS = oneOf('нәрселер нәрсе нәрселерді нәрсені заттар заттарды әрекеттер әрекет істер қылық*');
const DOES = oneOf(`
  істейді істеді істеп істейтін жасайды жасады жасап жасайтын істетеді істетті істетіп жасатады
  жасатты`);
const WEAPON = oneOf('пышақ* балта* мылтық* тапанша* қару*');

/** Siblings, friends and a mother hurt right now ("інімді ұрып жатыр"): the child sees it happening. */
const MY_CLOSE_ONES_AS_OBJECT = mine('іні қарындас сіңлі бауыр дос құрбы әпке апа аға ана шеше мама', [
  'ды',
  'ді',
]);

/** Pills; "көп дәрі" (many pills) is how an overdose is told. */
const PILLS = oneOf('таблетк* дәрі*');
/** Where one climbs to jump: "шатырға шығып секіремін". */
const HEIGHTS_TO = oneOf('шатырға көпірге төбеге балконға жоғарғы');
/** Where one jumps from. */
const HEIGHTS_FROM = oneOf(`
  терезеден көпірден шатырдан балконнан төбесінен шатырынан төбеден қабаттан биіктен жардан жартастан`);

export const KAZAKH: DistressLexicon = {
  fold: kazakhKey,
  // Kazakh endings one letter apart say different things ("көремін" I see, "көретін" who sees), so no
  // typo is forgiven; the folding already forgives the letters children mix up.
  typos: false,
  harm: {
    hit: [
      oneOf(`
        ұрады ұрды ұрып ұрған ұратын ұрыпты ұрамын ұрса ұру ұруға ұрудың соғады соқты соғып соққан соғатын
        соғыпты соқса соғу сабайды сабады сабап сабаған сабайтын сабапты сабаса сабау тебеді тепті тебіп
        тепкен тебетін тепкіле* төбелес* итереді итерді итеріп итерген шапалақ* соққы* тұншықтыр*`),
      'қол көтереді|көтерді|көтерген|көтеріп',
    ],
    hurt: [oneOf('қамап қамайды қамады қамаған азапта* тамақтандырмай*')],
    abuse: [oneOf('зорла* зорлы* зомбылы* қорла* қорлық*')],
    touch: [oneOf('тиіседі тиісіп тиіскен тиісе тиісетін тигіз* сипалайды сипалап шешіндір*')],
    bully: [oneOf('мазақта* мазақ мазаққа келемежде* кемсіт* буллинг*')],
    threaten: [oneOf('қорқыт* бопсала* қоқан лоқы шантаж*')],
    follow: [oneOf('аңдиды аңдып аңдыған')],
    kill: [oneOf('өлтір*')],
    expel: [
      oneOf('қуады қуды қуып қуған қуатын'),
      // Put out into the frost, or not let back into the house.
      'аязға|суыққа шығарып|шығарды|шығарған|қалдырды|қалдырып',
      'үйге|үйіме|үйімізге кіргізбей*|кіргізбеді',
    ],
    kidnap: [oneOf('ұрлап ұрлайды')],
  },
  victims: [
    { words: 'мені|бізді', window: 4 },
    { words: 'маған|бізге|менімен|бізбен', window: 2 },
    // "бетіме ұрды" (hit me in the face): the body part carries "my".
    { words: oneOf('бетіме басыма арқама денеме бетімнен басымнан'), window: 2 },
    { words: MY_PEOPLE, window: 3, agent: true },
  ],
  otherVictims: `${MY_PEOPLE_AS_OBJECT}|${oneOf('оны оларды баланы балаларды балаға итті мысықты')}`,
  takers: oneOf(`
    айт* түсіндір* көмектес* көмек керек қажет қызық* жазыңыз жазшы жазып беріңіз беріңізші берші ұнайды
    білгім сұрақ* сұрағым мәлімет ақпарат`),
  clauseBreaks: oneOf(
    'ма ме ба бе па пе неге неліктен қанша қалай қашан қайда кім егер бірақ себебі сондықтан немесе',
  ),
  aboutAfter: oneOf('туралы жайлы жөнінде жайында'),
  everyday: [
    {
      words: oneOf(`
        рекорд* доп* гол қақпа* сағат* жүрек* жүрег* телефон* қоңырау* шеге* барабан* жел дауыл
        толқын найзағай ток машина* көлік*`),
    },
    // "есік соқты" is a knock at the door; "қуып шығып, есікті жауып алды" is a child shut out.
    { words: oneOf('есік* есіг*'), kinds: ['hit'] },
    { words: oneOf('уақыт*'), kinds: ['kill'] },
    // Rugs aired in the frost, shoes not let into the house.
    {
      words: oneOf('кілем* көрпе* жастық* төсек* киім* гүл* ыдыс* тамақ* сүт* аяқ аяқкиім* кроссовка* етік*'),
      kinds: ['expel'],
    },
    { words: oneOf('ақша*'), kinds: ['kidnap'] },
  ],
  selfHarm: [
    // "өлгім" is "my wish to die" in one word; "өлгім келмейді" says the opposite.
    { words: 'өлгім', notNext: 'келмей*' },
    { words: 'өлсем екен|жақсы|ғой|деймін|дейм|болар', gap: 1 },
    { words: 'өліп кетсем|қалсам|кеткім|қалғым', gap: 1 },
    { words: 'өмір|тірі сүргім|жүргім|жасағым келмей*', gap: 1 },
    { words: 'өмірім* мәні|мағынасы жоқ', gap: 1 },
    // "бәрін тоқтатқым келеді": to end it all.
    { words: 'бәрін|барлығын|бәрі тоқтатқым|бітіргім|бітсе|тоқтаса', gap: 1 },
    { words: 'өмірден кеткім|кетемін|кетсем|түңілдім|түңіліп', gap: 1 },
    { words: 'өзімді өлтір*', gap: 1 },
    { words: 'өзіме қол жұмса*', gap: 1 },
    { words: 'өзімді жарала*|кес*|тіл*|жарақатта*|ауыртамын|ауыртқым|күйдіремін|күйдіргім', gap: 1 },
    // "өзіме зиян келтіргім келеді": to harm oneself; "зиян келтіре ме" (is it harmful) is a question.
    {
      words: 'өзіме зиян|залал|жарақат|ауырсыну келтіргім|келтіремін|келтірем|тигізгім|тигіземін',
      gap: 1,
    },
    {
      words: 'өзіме зиян|залал келтіріп жүрмін|жатырмын|қойдым',
      gap: 1,
      notNear: 'телефон*|ойын*|темекі*|тамақ*|ұйқы*|компьютер*',
    },
    // "жоғалып кеткім келеді": to disappear; "жоқ болғым" only as two words side by side.
    { words: 'жоғалғым', notNext: 'келмей*' },
    { words: 'жоғалып|ғайып кеткім|болғым', gap: 0, notNext: 'келмей*' },
    { words: 'жоқ болғым', gap: 0, notNext: 'келмей*' },
    { words: 'жоқ болып|боп кеткім', gap: 0, notNext: 'келмей*' },
    // "жоғалып кетсем ешкім байқамайды", "мен болмасам бәріне жақсы": nobody would miss me.
    { words: 'жоғалып|ғайып кетсем|болсам ешкім*|бәрі*|барлығы*', gap: 2 },
    {
      words: `жоғалсам|өлсем|болмасам ешкім*|бәрі*|барлығы* ${oneOf(`
        байқамай* білмей* іздемей* жыламай* сағынбай* қайғырмай* жоқтамай* жақсы жеңіл қуан*`)}`,
      gap: 3,
    },
    {
      words: `жоқ болсам ешкім*|бәрі*|барлығы* ${oneOf(`
        байқамай* білмей* іздемей* жыламай* сағынбай* қайғырмай* жоқтамай* жақсы жеңіл қуан*`)}`,
      gap: 3,
    },
    { words: 'қолымды|білегімді|тамырымды|денемді кесемін|кескім|тілемін|тілгім', gap: 1 },
    { words: 'қолымды|білегімді|тамырымды|денемді кесіп|тіліп жүрмін', gap: 1 },
    { words: 'асылғым|асыламын|уланғым|уланамын' },
    { words: 'асылып өлемін|өлем|аламын|қаламын', gap: 1 },
    {
      words: `${HEIGHTS_FROM} ${oneOf(`
        секіргім секіремін секірем секірсем секірейін секірмекпін құлағым құласам лақтырамын лақтырғым
        лақтырсам`)}`,
      // A parachute, a trampoline, a dive into water.
      notNear: 'парашют*|батут*|суға|бассейн*|трамплин*|көлге|өзенге|теңізге',
    },
    // "шатырдан секіріп кетсем бе": "секіріп түсті" (jumped down) is a cat or a game, so the ending counts.
    {
      words: `${HEIGHTS_FROM} секіріп|құлап|лақтырып кетсем|кеткім|кетемін|кетем|өлгім|өлсем|өлемін|өлем`,
    },
    {
      words: `${HEIGHTS_TO} шығып|барып секіргім|секіремін|секірем|секірсем|секірейін|секірмекпін`,
      notNear: 'парашют*|батут*|суға|бассейн*|трамплин*|көлге|өзенге|теңізге',
    },
    { words: `өзімді ${HEIGHTS_FROM} лақтыр*|таста*` },
    { words: `${HEIGHTS_FROM} өзімді лақтыр*|таста*` },
    {
      words:
        'поезд*|пойыз*|машина*|көлік*|трамвай* астына|алдына түскім|түсемін|түссем|жатқым|жатамын|секіремін',
      gap: 1,
    },
    // "көпірдің үстінде тұрмын": where one stands before jumping, told as all the message says.
    {
      words:
        'көпірдің|шатырдың|үйдің|ғимараттың|төбенің|балконның үстінде|басында|төбесінде|шетінде тұрмын|отырмын|тұрм|отырм',
      gap: 0,
      alone: true,
    },
    { words: 'көпірде|шатырда|төбеде тұрмын|отырмын|тұрм|отырм', gap: 0, alone: true },
    { words: 'көпірдемін|шатырдамын', alone: true },
    // The brink or ledge of a roof or bridge is never an everyday place to stand ("шетінде" is also
    // just "at the end of", so it counts only alone, above).
    {
      words: 'көпірдің|шатырдың|балконның|жардың|терезенің жиегінде|ернеуінде тұрмын|отырмын|тұрм|отырм',
      gap: 1,
    },
    // A farewell letter to the family; the school's farewell party writes them too.
    {
      words: 'қоштасу|өсиет хат* жазып|жаздым|жазамын|жазам|жазайын|жазғым|қалдырдым|қалдырамын|қалдырам',
      gap: 1,
      notNear:
        'мектеп*|мұғалім*|ұстаз*|сынып*|түлек*|бітіру*|балабақша*|кеш*|қалай|үлгі*|көшіп|көшті|көшеді|көшкен|лагер*|қалаға',
    },
    { words: 'көп|барлық|бүкіл дәрі* ішкім|ішемін|ішіп', gap: 1 },
    {
      words: `көп|барлық|бүкіл|уыс|қорап|пачка|қаптама ${PILLS} ішкім|ішемін|ішем|іштім|ішіп|ішсем|жұтқым|жұтамын|жұттым|жұтып`,
      gap: 1,
    },
    // "таблетканың бәрін ішіп қойдым": the whole pack; "дәрінің бәрін ішіп бітірдім" is a finished course.
    {
      words: `${PILLS} бәрін|барлығын|түгел|көп ішіп|ішкім|ішемін|іштім|жұтып|жұттым|жұтқым`,
      gap: 1,
      notNext: 'бітір*|бітті',
      notNear: 'дәрігер*|жазыл*|курс*|емдел*',
    },
    { words: 'суицид*|суисид* жасағым|жасаймын|жасамақ*|ойлаймын|жасадым|жасауға' },
    { words: 'суицид*|суисид* ойлап жүрмін' },
  ],
  harmed: [
    { words: oneOf('зорландым қорландым құрбанымын ұрылдым') },
    { words: 'таяқ|соққы жедім|жеймін', gap: 1 },
    { words: 'таяқ|соққы жеп жүрмін', gap: 1 },
    { words: 'зорлық*|зомбылық*|қорлық*|буллинг* көрдім|көремін|ұшырадым|ұшыраймын' },
    { words: 'зорлық*|зомбылық*|қорлық*|буллинг* көріп|ұшырап жүрмін' },
    { words: 'құрбаны болдым|боламын', gap: 1 },
    // "жаман жерлерімнен ұстады": the private parts are named with "my" in them.
    { words: 'ұятты|жаман|жыныс*|интим* жерлерімнен|жерлерімді|жерлеріме|жерімнен|жерімді|жеріме', gap: 1 },
    { words: 'ұятты|жаман|жыныс*|интим* жер* ұста*|тигіз*|тиіс*|сипала*', speaker: true },
    // Photos without clothes asked of the speaker: the grooming and blackmail children meet online.
    { words: 'шешінген|жалаңаш|шешініп|интим*|жыныстық сурет*|фото*|видео*', gap: 1, speaker: true },
    // "айтсаң өлтіремін деп қорқытады": a threat quoted to the speaker, with no pronoun to link.
    { words: 'деп қорқыт*', gap: 0, notNear: 'баласын|баланы|балаларды|оны' },
    // Blackmail with photos: "суретіңді бәріне көрсетем" (your photos, to everyone), "жібермесең сыныптың
    // чатына тастаймын" (if you don't send, to the class chat), "суреттерімді таратамын дейді".
    { words: `${YOUR_PHOTOS} ${AUDIENCE_YOURS} ${LEAK_MINE}`, gap: 3 },
    { words: `${IF_REFUSED} ${AUDIENCE}|${YOUR_PHOTOS}|${MY_PHOTOS} ${LEAK_MINE}|${LEAK_THEIRS}`, gap: 3 },
    { words: `${MY_PHOTOS} ${LEAK_MINE} ${QUOTED}`, gap: 3 },
    { words: `${MY_PHOTOS} ${LEAK_MINE} деп ${QUOTED_AFTER_DEP}`, gap: 3 },
    // Photos asked of the child by a grown man or a stranger: how grooming starts.
    {
      words: `${oneOf('еркек ағай бейтаныс біреу кісі жігіт адам маньяк')} ${YOUR_PHOTOS}|${MY_PHOTOS} ${oneOf(
        'жібер жіберші жіберсеңші жіберуімді сұрайды сұрады сұрап талап',
      )}`,
      gap: 3,
    },
    // "Жеке суреттерім": private photos, the child's own; a profile picture or an ID photo is not one.
    {
      words: `жеке|жалаңаш|шешінген|ұятты|интим*|киімсіз|эротик* ${MY_PHOTOS}|${YOUR_PHOTOS}`,
      gap: 1,
      notNear: oneOf(`
        профиль* аватар* аву* куәлік* төлқұжат* паспорт* түйіндеме* сақта* өшір* қалпына галерея* бұлт*
        облак* жасыр* архив*`),
    },
    { words: 'порно* көрсетеді|көрсетті|жібереді|жіберді|көрсетіп|жіберіп', gap: 2, speaker: true },
    // Abuse told without naming it: "маған болмайтын нәрселер істейді". "Жаман нәрсе істеді" is any
    // wrong a friend does; "жаман нәрселер істейді" done to "me" again and again is not.
    { words: `маған|бізге|менімен|бізбен|мені|бізді ${INDECENT} ${THINGS} ${DOES}`, gap: 2 },
    {
      words:
        'маған|менімен|мені жаман нәрселер|заттар|нәрселерді істейді|жасайды|істетеді|жасатады|істеп|жасап',
      gap: 1,
    },
    {
      words: `оған|онымен|оларға|құрбыма|досыма|сіңліме|ініме|қарындасыма|қызына|ұлына ${INDECENT} ${THINGS} ${DOES}`,
      gap: 3,
    },
    {
      words:
        'денемді|кеудемді|кеудеме|санымды|санымнан|бөксемді|бөксеме|төсімді ұстай*|ұстады|ұстап|сипай*|сипады|сипап|сипала*',
      gap: 1,
      notNear: 'дәрігер*|врач*|медбике*',
    },
    {
      words: 'киімімді|киімдерімді|шалбарымды|көйлегімді шешті|шешеді|шешкізді|шешкізеді|шешуімді',
      gap: 1,
    },
    // A promise of silence taken from the child ("айтпаймын деп уәде алды") is how abusers keep it hidden.
    // Not "айтпа*": "айтпақшы" is "by the way".
    {
      words: `${oneOf('айтпа айтпаймын айтпауға айтпауым* айтпауын* айтпайсың айтпайтын')} уәде|ант ${oneOf(
        'алды алған алып бергізді бергізіп ішкізді',
      )}`,
      gap: 2,
    },
    // Locked in: "жертөлеге қамап қояды", "бөлмеде қамалып отырмын", "есікті сыртынан құлыптап кетті".
    {
      words:
        'жертөлеге|бөлмеге|бөлмеме|шкафқа|қоймаға|дәретханаға|подвалға|сарайға|балконға қамап|қамайды|қамады|құлыптап',
      gap: 1,
      notNear: 'ит|итті|итімді|мысық*|күшік*|тауық*|мал*',
    },
    {
      words: `${oneOf('жертөледе бөлмеде шкафта қоймада дәретханада ваннада подвалда сарайда')} ${oneOf(
        'қамалып қамаулы құлыптаулы',
      )} отырмын|тұрмын|қалдым|жатырмын|қалдық|отырмыз`,
      gap: 1,
    },
    { words: 'сыртынан құлыптап|құлыптады|кілттеп|кілттеді', gap: 1 },
    // Laughing is bullying only when it is at the speaker: "анам күледі" is a happy mother.
    { words: 'маған|бізге күледі|күліп', gap: 1 },
  ],
  danger: [
    // "үйде қорқынышты" (it is scary at home), not "үйде қорқынышты фильм көрдім".
    {
      words: `${FEAR_TARGETS} ${FEAR}`,
      gap: 3,
      notNext: 'фильм*|кино*|мультфильм*|ертегі*|әңгіме*|ойын*|кітап*',
    },
    { words: `${FEAR} ${FEAR_TARGETS}`, gap: 3 },
    { words: 'маған|бізге қауіп|қауіпті', gap: 1, notNext: 'туралы|жайлы|ма|ме' },
    { words: 'қауіптемін|қауіптеміз' },
    { words: 'қауіпте тұрмын|жүрмін|отырмын|қалдым|қалдық|тұрмыз', gap: 1 },
    { words: 'қауіпсіз емеспін|емеспіз', gap: 1 },
    { words: 'соңымнан|артымнан жүр*|ер*|қалмай*|аңд*' },
    { words: 'үйден қуып|қуды|қуады|қуған', notNear: 'баланы|балаларды|ұлын|қызын|оны' },
    { words: 'көшеде|подъезде түнеймін|түнедім|түнеп|қонамын', gap: 1 },
    { words: FEAR, alone: true },
    // Threats: "айтсаң өлтіремін" (tell and I'll kill), "бермесең ұрамын", "қолыңды сындырам", and one
    // quoted ("өлтіремін деді"). "Шынымды айтсам" is "to be honest", not "if I tell".
    {
      words: `${IF_REFUSED}|${IF_TOLD} ${VIOLENCE_MINE}|${VIOLENCE_THEIRS}`,
      gap: 4,
      // "телефон соғады" is a phone call, "әйтпесе жел соғады" the wind.
      notNear: 'шынымды|шынын|шынында|ашығын|ашығы|телефон*|қоңырау*|доп*|жел|желге|дауыл*|боран*',
    },
    { words: `${IF_TOLD} өлесің|өлесіңдер`, gap: 3 },
    { words: `${YOUR_BODY} ${BREAK}`, gap: 1 },
    { words: `${MY_BODY} сындырады|жарады|сындырамын|жарамын`, gap: 1, notNext: 'ғой|ма|ме|деп' },
    {
      words: `${VIOLENCE_MINE} ${QUOTED}|${QUOTED_AFTER_DEP}`,
      gap: 0,
      notNear: 'маса*|шыбын*|тарақан*|құрт*|доп*|ойын*|уақыт*|кейіпкер*|фильм*|кино*|сөз*|мағына*|аудар*',
    },
    {
      words: `${VIOLENCE_MINE} деп ${QUOTED_AFTER_DEP}`,
      gap: 0,
      notNear: 'маса*|шыбын*|тарақан*|құрт*|доп*|ойын*|уақыт*|кейіпкер*|фильм*|кино*|сөз*|мағына*|аудар*',
    },
    // Neglect: days without food, an adult who will not wake, a child alone and afraid.
    {
      words: `${oneOf('күннен күн тәуліктен тәулік күндей')} бері|бойы|болды тамақ|ас|ештеңе|нан|түк|аш ${oneOf(
        'жоқ жемедім жемедік жемеді жеген жемей отырмыз отырмын жүрміз жатырмыз',
      )}`,
      gap: 2,
      notNear: 'ораза*|диета*|ауыз*|ашығу*|арықта*|тәбет*|ауырып|ауырдым|ойна*',
    },
    {
      words: 'тамақ|ас жоқ|жемедім|жемедік күн|күннен|тәулік|тәуліктен болды|бері',
      gap: 2,
      notNear: 'ораза*|диета*|ауыз*|ашығу*|арықта*|тәбет*|ауырып|ауырдым|ойна*',
    },
    {
      words: `${MY_PEOPLE} тамақ|ас бермейді|бермеді|бермей|бермейтін`,
      gap: 3,
      notNext: 'ма|ме|ба|бе',
      notNear: 'тәтті*|чипс*|фастфуд*|кешке|түнде|диета*',
    },
    {
      words: `${oneOf('күннен күн сағаттан таңнан таңертеңнен кеше кешеден кештен түннен')} бері|бойы оянбай*|оянбады|қозғалмай*|қимылдамай*`,
      gap: 2,
    },
    { words: 'оятсам|оятып|оятсақ|оятамын|оятқанмен оянбай*|оянбады|қозғалмай*', gap: 3 },
    {
      words: 'тыныс алмайды|алмады',
      gap: 0,
      notNear: 'балық*|өсімдік*|жануар*|ауамен|суда|неге|қалай|ма|ме',
    },
    { words: 'тыныс|дем алмай жатыр', gap: 0 },
    {
      words: 'есінен|есін танып|танды|жоғалтып|жоғалтты|айырылды',
      gap: 0,
      notNear: 'керек|істеу|қалай|қалса|танса|жоғалтса|себеп*|неге|неден',
    },
    {
      words: `жалғыз|жалғызбын|жалғызбыз ${OWN_FEAR}`,
      gap: 4,
      notBetween: oneOf(`
        қалудан болудан қалуға жүруден жүруге баруға барудан шығуға шығудан ұйықтаудан ұйықтауға қараңғы*`),
    },
    // A drunk or armed adult: "әкем мас, қорқамын", "қолында пышақ бар", "пышақ кезеп тұр".
    // "арақ" exactly: "арақатынас" (relationship) begins the same.
    { words: `мас|масаң|масайып|арақ|арақты|ішімдік*|ішкілік* ${OWN_FEAR}`, gap: 5 },
    { words: `${OWN_FEAR} мас|масаң|масайып`, gap: 5 },
    { words: `ішіп келді|келеді|келсе|келген|алып ${OWN_FEAR}`, gap: 3 },
    { words: `мас|масаң|масайып ${WEAPON}`, gap: 6 },
    { words: `${WEAPON} мас|масаң|масайып`, gap: 6 },
    {
      words: `қолында|қолына|қолындағы ${WEAPON}`,
      gap: 1,
      notNear: oneOf(`
        тура* салат* пісір* көкөніс* нан нанды тамақ* ойыншық* ойын* фильм* кино* суретте* аңшы* солдат*
        сарбаз* полиция* кейіпкер* аң аңға аңшылық*`),
    },
    {
      words: `${WEAPON} ${oneOf('кезеп кезенді кезейді кезеді тақап тақады тақайды сілтеп сілтеді оқталды оқталып')}`,
      gap: 1,
      // An axe swung at firewood.
      notNear: 'отын*|ағаш*',
    },
    {
      words: `пышақпен|балтамен|мылтықпен|қарумен ${oneOf('ұмтыл* шапты шауып қорқыт* тиісті келді келіп жүр жүгірді тұр қуды')}`,
      gap: 1,
    },
    // Hiding: "шкафта тығылып отырмын"; hide-and-seek is a game.
    {
      words: 'жасырынып|тығылып|бұғып отырмын|тұрмын|жатырмын|жүрмін|отырмыз|тұрмыз|жатырмыз|жүрміз',
      gap: 2,
      // Hide-and-seek, or shelter from the rain or the sun.
      notNear: oneOf(`
        ойна* жасырынбақ* тығылмақ* ойын* мысық* итім* жаңбыр* қардан күннен ыстықтан көлеңке* дауылдан
        желден суықтан аяздан`),
    },
    // Someone close hurt right now, or an overdose told of a friend.
    {
      words: `${MY_CLOSE_ONES_AS_OBJECT} ${oneOf(
        'ұрып соғып сабап тепкіле* тұншықтырып буындырып пышақтап өлтіріп зорлап қамап',
      )} жатыр|жатырлар|жатыпты`,
      gap: 2,
      notNear: 'ойын*|ойна*|компьютер*|майнкрафт*|кино*|фильм*',
    },
    // And as a habit ("әкем анамды ұрады"): a child who sees their mother or sibling beaten is harmed too.
    {
      words: `${MY_CLOSE_ONES_AS_OBJECT} ${oneOf('ұрады ұрды соғады сабайды сабады тепкілейді қорлайды')}`,
      gap: 1,
      notNear: 'ойын*|ойна*|компьютер*|майнкрафт*|кино*|фильм*',
    },
    {
      words: `көп|барлық|бүкіл|уыс|қорап|пачка|қаптама ${PILLS} ішті|ішіпті|жұтты|жұтыпты|ішкен|жұтқан`,
      gap: 1,
    },
    { words: `${PILLS} бәрін|барлығын|түгел ішті|ішіпті|жұтты|жұтыпты|ішкен|жұтқан`, gap: 1 },
    { words: `${MY_PEOPLE} өлгісі|асылғысы|уланғысы|өлтіргісі`, gap: 3, notNext: 'келмей*' },
    // "өзін кесіп жүр" (keeps cutting), not "өзін кесіп алды" (cut a finger cooking).
    { words: `${MY_PEOPLE} өзін кесіп|тіліп|жаралап|жарақаттап жүр|жүреді|жатыр`, gap: 2 },
    { words: `${MY_PEOPLE} өзіне қол жұмса*`, gap: 3 },
    {
      words: 'аязда|суықта қалдым|қалдық|қалдырды|түнедім|түнеймін|түнеп',
      gap: 1,
      notNear: 'тұмау*|ауырып|ауырдым|тиді|ойна*',
    },
  ],
  runningAway: [
    { words: `${HOME_FROM} қашқым|қашамын|қашам|қаштым|қаштық|қашамыз|қашпақпын|кеткім` },
    {
      words: `${HOME_FROM} қашып|кетіп ${oneOf(`
        кеттім кеттік кетемін кетеміз кеткім жүрмін жүрміз кетпекпін қалдым қалдық қалғым шықтым шықтық
        келдім келдік`)}`,
      gap: 1,
    },
    { words: 'қашқым|кеткім келеді|кеп|келіп', gap: 1, alone: true },
  ],
  sensitive: oneOf(`
    зорлы* зомбылы* қатыгез* буллинг* суицид* жаза жазасы жазасын жазалау жазалауы жазалайды жазаға қорлық*
    жұмсау`),
  speaker: oneOf('мен мені маған менің менімен менен өзім өзімді өзіме біз бізді бізге'),
  filler: oneOf(`
    мен маған өте қатты тым шынымен көмектесіңізші көмектесіңіз көмектесші көмектес қазір ғой ғана сондай біз
    бізге мұнда осында тағы келеді кеп келіп жатыр тұрмын жүрмін`),
};
