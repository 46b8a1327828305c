import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { BalaCore } from '../../src/core.js';
import type { Lang } from '../../src/lang.js';
import type { Reply } from '../../src/reply.js';
import { localDate } from '../../src/time.js';
import { renderForConsole } from './render.js';

export interface ConsoleOptions {
  input: Readable;
  output: Writable;
  /** A person at a terminal gets a prompt and multi-line replies; a script gets one line per line. */
  interactive: boolean;
  lang: Lang;
  timeZone: string;
  now?: () => Date;
}

/** The console speaks the same commands as the chat platforms, so the bot can be tried without tokens. */
export function consoleReply(
  core: BalaCore,
  line: string,
  options: Pick<ConsoleOptions, 'lang' | 'timeZone' | 'now'>,
): Reply {
  const { lang } = options;
  const [command = '', ...rest] = line.trim().split(/\s+/);
  switch (command.toLowerCase()) {
    case '/start':
      return core.welcome(lang);
    case '/help':
      return core.help(lang);
    case '/fact':
      return core.randomFact(lang);
    case '/today':
      return core.today('console', localDate(options.now?.() ?? new Date(), options.timeZone), lang);
    case '/helplines':
      return core.helplines(lang);
    case '/about':
      return core.about(lang);
    case '/ask':
      return core.reply(rest.join(' '), lang);
    default:
      return core.reply(line, lang);
  }
}

export function runConsoleChat(core: BalaCore, options: ConsoleOptions): Promise<void> {
  const { input, output, interactive } = options;
  const lines = createInterface({ input, terminal: interactive });
  const print = (text: string) => output.write(`${text}\n`);
  if (interactive) {
    print(renderForConsole(core.welcome(options.lang), false));
    print('(type /help for commands, /quit to leave)');
    output.write('> ');
  }
  return new Promise((resolve) => {
    lines.on('line', (line) => {
      if (interactive && /^\/(quit|exit)$/i.test(line.trim())) {
        lines.close();
        return;
      }
      print(renderForConsole(consoleReply(core, line, options), !interactive));
      if (interactive) output.write('> ');
    });
    lines.on('close', () => resolve());
  });
}
