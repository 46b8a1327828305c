import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { BalaCore } from '../../src/core.js';
import { chooseLanguage } from '../../src/detect-language.js';
import { messages } from '../../src/i18n/index.js';
import { LANGS, type Lang, langSchema } from '../../src/localized.js';
import type { Reply } from '../../src/reply.js';
import { localDate } from '../../src/time.js';
import { languageSetMessage } from '../language-set.js';
import { renderForConsole } from './render.js';
import { wrapText } from './wrap.js';

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

/**
 * `/language xx`: the language asked for; `auto` to let each line decide again; null for a code Bala
 * does not speak; undefined for other lines.
 */
export function languageCommand(line: string): Lang | 'auto' | null | undefined {
  const [command = '', code = '', ...extra] = line.trim().split(/\s+/);
  if (command.toLowerCase() !== '/language') return undefined;
  if (code.toLowerCase() === 'auto' && extra.length === 0) return 'auto';
  const lang = langSchema.safeParse(code.toLowerCase());
  return lang.success && extra.length === 0 ? lang.data : null;
}

/** How to pick, with each language named in its own words, since the reader may know only one of them. */
const LANGUAGE_USAGE = `${LANGS.map((lang) => `${messages(lang).languageNative}: /language ${lang}`).join(' · ')} · /language auto`;

/** The console's own commands: /language (with every choice) and /quit. */
function consoleHelp(lang: Lang): string {
  return `${messages(lang).helpConsole}\n${LANGUAGE_USAGE}`;
}

/**
 * The chat loop. At a terminal (interactive) readline echoes what is typed and keeps the prompt last,
 * replies are wrapped at word boundaries to the terminal's width, /help also lists the console's own
 * commands, and leaving (/quit, Ctrl-C, Ctrl-D) says goodbye. A script gets exactly one line per line.
 */
export function runConsoleChat(core: BalaCore, options: ConsoleOptions): Promise<void> {
  const { input, output, interactive } = options;
  const lines = interactive
    ? createInterface({ input, output, terminal: true, prompt: '> ' })
    : createInterface({ input, terminal: false });
  const columns = () => (output as Writable & { columns?: number }).columns;
  const print = (text: string) => output.write(`${interactive ? wrapText(text, columns()) : text}\n`);
  let explicit: Lang | undefined;
  let leaving = false;
  const leave = () => {
    if (leaving) return;
    leaving = true;
    if (interactive) print(messages(explicit ?? options.lang).goodbye);
    lines.close();
  };

  const answer = (line: string): string => {
    const chosen = languageCommand(line);
    if (chosen === 'auto') {
      explicit = undefined;
      return messages(options.lang).languageAuto;
    }
    if (chosen) {
      explicit = chosen;
      return languageSetMessage(chosen);
    }
    if (chosen === null) return LANGUAGE_USAGE;
    const reply = consoleReply(core, line, { ...options, explicit });
    const text = renderForConsole(reply, !interactive);
    return interactive && reply.kind === 'help' ? `${text}\n${consoleHelp(reply.lang)}` : text;
  };

  if (interactive) {
    print(renderForConsole(core.welcome(options.lang), false));
    print(consoleHelp(options.lang));
    lines.prompt();
  }
  return new Promise((resolve) => {
    lines.on('line', (line) => {
      if (interactive && /^\/(quit|exit)$/i.test(line.trim())) {
        leave();
        return;
      }
      print(answer(line));
      if (interactive) lines.prompt();
    });
    // Ctrl-C at the prompt: readline turns it into this event instead of killing the process.
    lines.on('SIGINT', leave);
    lines.on('close', () => {
      leave();
      resolve();
    });
  });
}
