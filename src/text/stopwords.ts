// Function words that say nothing about which fact is meant. Question words (who, when, where, how many)
// stay: they tell a question about a date from one about a place or a figure, and rarity weighting keeps
// them from counting for much.
const STOP_WORDS = new Set(
  `a an the is are was were be been being am do does did done of in on at to for from by with about into
  and or but not no which whom whose this that these those it its
  there their they them i me my mine you your we our us he she his her him can could would should will
  shall may might must have has had any some as if so than then too very just tell please know s t d ll
  re ve m also all every each more most such here now get got give let lot lots really something anything
  thing things true dont doesnt didnt isnt arent cant wont hi hey hello u r ur pls plz ok okay`.split(/\s+/),
);

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}
