import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { BalaCore } from '../../src/core.js';
import { messages } from '../../src/i18n/index.js';
import { LANGS, type Lang, langSchema } from '../../src/lang.js';
import { chooseLanguage } from '../../src/language.js';
import type { Reply } from '../../src/reply.js';
import { localDate } from '../../src/time.js';
import { languageSetMessage } from '../language-set.js';
import { renderForConsole } from './render.js';

export interface ConsoleOptions {
  input: Readable;
  output: Writable;
  /** A person at a terminal gets a prompt and multi-line replies; a script gets one line per line. */
  interactive: boolean;
  /** DEFAULT_LANGUAGE: used when neither /language nor the line itself says which language to answer in. */
  lang: Lang;
  timeZone: string;
  now?: () => Date;
}

export interface ConsoleTurn extends Pick<ConsoleOptions, 'lang' | 'timeZone' | 'now'> {
  /** The session's /language choice, which beats what a line looks like. */
  explicit?: Lang | undefined;
}

/**
 * The console speaks the same commands as the chat platforms, so the bot can be tried without tokens. The
 * language is chosen per line, as the platforms choose it per message.
 */
export function consoleReply(core: BalaCore, line: string, turn: ConsoleTurn): Reply {
  const [command = '', ...rest] = line.trim().split(/\s+/);
  const name = command.toLowerCase();
  const question = name === '/ask' ? rest.join(' ') : line;
  // A command's words say nothing about the reader's language; only a question's do.
  const text = name === '/ask' || !name.startsWith('/') ? question : undefined;
  const lang = chooseLanguage({ explicit: turn.explicit, text, fallback: turn.lang });
  switch (name) {
    case '/start':
      return core.welcome(lang);
    case '/help':
      return core.help(lang);
    case '/fact':
      return core.randomFact(lang);
    case '/today':
      return core.today('console', localDate(turn.now?.() ?? new Date(), turn.timeZone), lang);
    case '/helplines':
      return core.helplines(lang);
    case '/about':
      return core.about(lang);
    default:
      return core.reply(question, lang);
  }
}

/** `/language xx`: the language asked for, null for a code Bala does not speak, undefined for other lines. */
export function languageCommand(line: string): Lang | null | undefined {
  const [command = '', code = '', ...extra] = line.trim().split(/\s+/);
  if (command.toLowerCase() !== '/language') return undefined;
  const lang = langSchema.safeParse(code.toLowerCase());
  return lang.success && extra.length === 0 ? lang.data : null;
}

/** How to pick, with each language named in its own words, since the reader may know only one of them. */
const LANGUAGE_USAGE = LANGS.map((lang) => `${messages(lang).languageNative}: /language ${lang}`).join(' · ');

export function runConsoleChat(core: BalaCore, options: ConsoleOptions): Promise<void> {
  const { input, output, interactive } = options;
  const lines = createInterface({ input, terminal: interactive });
  const print = (text: string) => output.write(`${text}\n`);
  let explicit: Lang | undefined;
  if (interactive) {
    print(renderForConsole(core.welcome(options.lang), false));
    print('(type /help for commands, /language en|ru|kk to choose a language, /quit to leave)');
    output.write('> ');
  }
  return new Promise((resolve) => {
    lines.on('line', (line) => {
      if (interactive && /^\/(quit|exit)$/i.test(line.trim())) {
        lines.close();
        return;
      }
      const chosen = languageCommand(line);
      if (chosen) explicit = chosen;
      if (chosen === undefined) {
        print(renderForConsole(consoleReply(core, line, { ...options, explicit }), !interactive));
      } else {
        print(chosen ? languageSetMessage(chosen) : LANGUAGE_USAGE);
      }
      if (interactive) output.write('> ');
    });
    lines.on('close', () => resolve());
  });
}
