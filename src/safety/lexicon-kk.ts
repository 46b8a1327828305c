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
  нағашы көке тәте жезде ағай апай жаттықтырушы көрші тәрбиеші`;
const MY_PEOPLE = mine(PEOPLE, ['']);
const MY_PEOPLE_AS_OBJECT = mine(PEOPLE, ['ды', 'ді']);
const FROM_MY_PEOPLE = mine(PEOPLE, ['нан', 'нен']);

const HOME_FROM = `үйден|үйімнен|${FROM_MY_PEOPLE}`;
const FEAR = oneOf('қорқамын қорқамыз қорқам қорқып қорқатынмын қорқынышты үрейім');
const FEAR_TARGETS = `${oneOf('үйге үйде үйден үйіме үйімде одан олардан соған содан')}|${FROM_MY_PEOPLE}`;

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
    hurt: [oneOf('қамап қамайды қамады қамаған азапта*')],
    abuse: [oneOf('зорла* зорлы* зомбылы* қорла* қорлық*')],
    touch: [oneOf('тиіседі тиісіп тиіскен тиісе тиісетін тигіз* сипалайды сипалап шешіндір*')],
    bully: [oneOf('мазақта* мазақ мазаққа келемежде* кемсіт* буллинг*')],
    threaten: [oneOf('қорқыт* бопсала* қоқан лоқы')],
    follow: [oneOf('аңдиды аңдып аңдыған')],
    kill: [oneOf('өлтір*')],
    expel: [oneOf('қуады қуды қуып қуған қуатын')],
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
        рекорд* доп* гол қақпа* сағат* жүрек* жүрег* телефон* қоңырау* есік* шеге* барабан* жел дауыл
        толқын найзағай ток машина* көлік*`),
    },
    { words: oneOf('уақыт*'), kinds: ['kill'] },
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
    { words: 'өзімді жарала*|кес*|тіл*|жарақатта*|ауыртамын', gap: 1 },
    { words: 'қолымды|білегімді|тамырымды|денемді кесемін|кескім|тілемін|тілгім', gap: 1 },
    { words: 'қолымды|білегімді|тамырымды|денемді кесіп|тіліп жүрмін', gap: 1 },
    { words: 'асылғым|асыламын|уланғым|уланамын' },
    { words: 'асылып өлемін|өлем|аламын|қаламын', gap: 1 },
    {
      words:
        'терезеден|көпірден|шатырдан|балконнан|төбесінен|шатырынан секіргім|секіремін|құлағым|лақтырамын',
    },
    { words: 'көп|барлық|бүкіл дәрі* ішкім|ішемін|ішіп', gap: 1 },
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
    // Laughing is bullying only when it is at the speaker: "анам күледі" is a happy mother.
    { words: 'маған|бізге күледі|күліп', gap: 1 },
  ],
  danger: [
    { words: `${FEAR_TARGETS} ${FEAR}`, gap: 3 },
    { words: `${FEAR} ${FEAR_TARGETS}`, gap: 3 },
    { words: 'маған|бізге қауіп|қауіпті', gap: 1, notNext: 'туралы|жайлы|ма|ме' },
    { words: 'қауіптемін|қауіптеміз' },
    { words: 'қауіпте тұрмын|жүрмін|отырмын|қалдым|қалдық|тұрмыз', gap: 1 },
    { words: 'қауіпсіз емеспін|емеспіз', gap: 1 },
    { words: 'соңымнан|артымнан жүр*|ер*|қалмай*|аңд*' },
    { words: 'үйден қуып|қуды|қуады|қуған', notNear: 'баланы|балаларды|ұлын|қызын|оны' },
    { words: 'көшеде|подъезде түнеймін|түнедім|түнеп|қонамын', gap: 1 },
    { words: FEAR, alone: true },
  ],
  runningAway: [
    { words: `${HOME_FROM} қашқым|қашамын|қашам|қаштым|қашпақпын|кеткім` },
    { words: `${HOME_FROM} қашып|кетіп кеттім|кетемін|кеткім|жүрмін|кетпекпін|қалдым|қалғым`, gap: 1 },
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
