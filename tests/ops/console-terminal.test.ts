import { afterEach, describe, expect, it } from 'vitest';
import { wrapText } from '../../adapters/console/wrap.js';
import { languageSetMessage } from '../../adapters/language-set.js';
import { messages } from '../../src/i18n/index.js';
import { shippedCore } from '../helpers.js';
import { Terminal } from './pty.js';

const COLUMNS = 80;
const QUESTION = 'How many children live in Kazakhstan?';
const core = shippedCore();
const oneSpaced = (text: string) => text.replace(/\s+/g, ' ').trim();

let terminal: Terminal | undefined;

afterEach(() => {
  terminal?.kill();
  terminal = undefined;
});

/** `npm start` without tokens, at a person's terminal: 80 columns, default LOG_LEVEL. */
async function startConsole(): Promise<Terminal> {
  terminal = new Terminal('node dist/adapters/main.js', COLUMNS);
  await terminal.waitFor('> ');
  return terminal;
}

/** Types a line and waits for the prompt that follows the reply; returns where the reply starts. */
async function ask(t: Terminal, line: string, expected: string): Promise<string> {
  const from = t.text().length;
  t.type(`${line}\r`);
  await t.waitFor(expected, from);
  await t.waitFor('\n> ', from);
  return t.text().slice(from);
}

describe('the console chat in a real terminal', () => {
  it('echoes what is typed, wraps replies at word boundaries, keeps logs out and the prompt last', async () => {
    const t = await startConsole();
    expect(oneSpaced(t.text())).toContain(oneSpaced(messages('en').helpConsole));
    const reply = core.reply(QUESTION, 'en').text;

    const shown = await ask(t, QUESTION, '31.4%');

    // The question appears where it was typed, after the prompt.
    expect(t.text()).toContain(`> ${QUESTION}`);
    // Every line fits the terminal, and the reply reads the same as the core's: no word was cut.
    for (const line of t.lines()) expect([...line].length).toBeLessThanOrEqual(COLUMNS - 1);
    expect(reply.length).toBeGreaterThan(COLUMNS);
    expect(oneSpaced(shown)).toContain(oneSpaced(reply));
    // The prompt is the last thing on the screen, and no log line got into the conversation.
    expect(t.text().endsWith('\n> ')).toBe(true);
    expect(t.text()).not.toMatch(/INFO|fact base loaded|console chat|"level"/);
  });

  it('lists /language and /quit in /help, and /language auto goes back to the language of each message', async () => {
    const t = await startConsole();
    const help = await ask(t, '/help', '/quit');
    expect(help).toContain('/language auto');
    expect(help).toContain('/fact');

    await ask(t, '/language ru', languageSetMessage('ru'));
    expect(oneSpaced(await ask(t, QUESTION, '31,4'))).toContain(oneSpaced(core.reply(QUESTION, 'ru').text));
    await ask(t, '/language auto', messages('en').languageAuto);
    expect(oneSpaced(await ask(t, QUESTION, '31.4%'))).toContain(oneSpaced(core.reply(QUESTION, 'en').text));
  });

  it('says goodbye on Ctrl-C and exits with 0', async () => {
    const t = await startConsole();
    t.type('\x03');
    await t.waitFor(messages('en').goodbye.slice(0, 20));
    expect(await t.exited).toBe(0);
    expect(oneSpaced(t.text())).toContain(oneSpaced(messages('en').goodbye));
  });
});

describe('wrapText', () => {
  it('breaks at spaces within the width, keeps line breaks, and cuts only a word longer than a line', () => {
    expect(wrapText('aaa bbb ccc ddd', 21)).toBe('aaa bbb ccc ddd');
    expect(wrapText('Бала балалардың құқықтары туралы сұрақтарға жауап береді', 21)).toBe(
      'Бала балалардың\nқұқықтары туралы\nсұрақтарға жауап\nбереді',
    );
    expect(wrapText('first line\nsecond', 40)).toBe('first line\nsecond');
    expect(wrapText(`x ${'y'.repeat(45)} z`, 21)).toBe(`x\n${'y'.repeat(20)}\n${'y'.repeat(20)}\nyyyyy z`);
    expect(wrapText('no terminal width', undefined)).toBe('no terminal width');
  });
});
