/**
 * Questions a person asks the bot about itself: "how old are you?", "ты робот?", "сен кімсің?". Children ask
 * them of every bot. They are not about children's rights, yet share everyday words with facts ("old",
 * "like"), so search must never answer them: the bot introduces itself instead. Patterns are matched on the
 * whole message in the folded spelling normalize() gives (қ→к, і→и, ң→н, ә→а, й→и).
 */
const ABOUT_THE_BOT: readonly RegExp[] = [
  // English
  /^(how old are you|whats? your name|what is your name|who are you|how are you( doing)?|where do you live)$/,
  /^are you (a |an )?(real|robot|bot|human|person|ai|machine|alive|child|kid|girl|boy)$/,
  /^who (made|created|built|programmed|wrote) you$/,
  /^do you (like|love|hate) .+$/,
  // Russian
  /^(сколько (тебе|вам) лет|как (тебя|вас) зовут|кто (ты|вы)( такои| такая| такие)?|как (у (тебя|вас) )?дела|как ты|где ты живешь)$/,
  /^(ты|вы) (робот|бот|человек|живои|живая|настоящии|настоящая|ребенок)$/,
  /^кто (тебя|вас) (создал|сделал|написал|придумал)$/,
  /^(тебе|вам) нравится .+$/,
  /^(ты|вы) любишь .+$/,
  // Kazakh
  /^((сен|сиз) (кимсин|кимсиз)|(сенин |сиздин )?(атын|атыныз|есимин|есиминиз) ким|(сенин )?жасын нешеде|(сен )?нешедесин)$/,
  /^(калаисын|калаисыз|(ал )?(сенин |сиздин )?(жагдаиын|жагдаиыныз|калын|калыныз) калаи)$/,
  /^(сен|сиз) (роботсын|ботсын|адамсын|роботсыз|адамсыз) ба$/,
  /^(сени|сизди) ким (жасады|курды|ойлап тапты)$/,
  /^(саган|сизге) .+ унаи ма$/,
];

/** Leading words that do not change what is asked: "hey bala, how old are you". */
const LEAD_IN = /^((hey|hi|hello|bala|бала|привет|салем) )+/;

/** True when the whole message (folded words joined by spaces) asks the bot about itself. */
export function asksAboutTheBot(phrase: string): boolean {
  const question = phrase.replace(LEAD_IN, '');
  return ABOUT_THE_BOT.some((pattern) => pattern.test(question));
}
