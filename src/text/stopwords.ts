// Function words that say nothing about which fact is meant. Question words (who, when, where, how many)
// stay: they tell a question about a date from one about a place or a figure, and rarity weighting keeps
// them from counting for much.
const ENGLISH = `a an the is are was were be been being am do does did done of in on at to for from by with about into
  and or but not no which whom whose this that these those it its
  there their they them i me my mine you your we our us he she his her him can could would should will
  shall may might must have has had any some as if so than then too very just tell please know s t d ll
  re ve m also all every each more most such here now get got give let lot lots really something anything
  thing things true dont doesnt didnt isnt arent cant wont hi hey hello u r ur pls plz ok okay`;

// Russian, in the folded spelling (ё→е, й→и). Question words (сколько, когда, где, кто) stay, as above.
const RUSSIAN = `и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне
  было вот от меня еще нет о об из ему теперь даже ну ли если уже или ни быть был него до вас нибудь уж вам
  ведь там потом себя ей может они тут есть надо неи нее для мы тебя их чем была сам без будто чего тоже
  себе под будет ж тогда этот того этого такои этом тем чтобы были эти нас про них эту этои перед им
  этих это является ли скажи скажите расскажи расскажите пожалуиста привет здравствуите пж плиз вообще
  такое какои какая какое какие которыи которая которое которые которых которым которои свои своих
  своим своеи очень также еще разве правда правду вообще`;

// Kazakh, folded (к for қ, и for і, у for ұ/ү ...): particles, pronouns and "tell me" words.
const KAZAKH = `мен сен ол биз сиз олар бул сол осы ма ме ба бе па пе да де та те ги ки гои деген жане
  мен мени маган сени саган оган оны онын бар жок ба ал бирак ушин туралы айтшы айтып бериниз айтыныз
  билесин билесиз ше салем калаисын калаисыз`;

const STOP_WORDS = new Set(`${ENGLISH} ${RUSSIAN} ${KAZAKH}`.split(/\s+/));

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}
