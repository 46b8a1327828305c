import { describe, expect, it } from 'vitest';
import { languageSetMessage } from '../../adapters/language-set.js';
import { messages } from '../../src/i18n/index.js';
import { shippedCore } from '../helpers.js';
import { runNode } from '../run-node.js';

const core = shippedCore();
const RU_QUESTION = 'Сколько детей живёт в Казахстане?';
const KK_QUESTION = 'Қазақстанда қанша бала бар?';
const EN_QUESTION = 'how many children live in kazakhstan?';

async function askJson(args: string[], env: Record<string, string> = {}) {
  const { stdout, code } = await runNode('dist/adapters/console/ask.js', ['--json', ...args], { env });
  expect(code).toBe(0);
  return JSON.parse(stdout);
}

describe('ask', () => {
  it('--json prints exactly one JSON object and nothing else', async () => {
    const { stdout, code } = await runNode('dist/adapters/console/ask.js', [
      '--json',
      'how many children live in kazakhstan?',
    ]);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const reply = JSON.parse(lines[0] ?? '');
    expect(reply).toMatchObject({ kind: 'answer', factId: 'children-share-of-population', lang: 'en' });
    expect(reply.text).toContain('31.4%');
    expect(typeof reply.score).toBe('number');
  });

  it('--jsonl answers each line of stdin in order, one object per line', async () => {
    const input = ['what is the capital of france', 'i want to die', '', 'average years of schooling'].join(
      '\n',
    );
    const { stdout, code } = await runNode('dist/adapters/console/ask.js', ['--jsonl'], { input });
    expect(code).toBe(0);
    const kinds = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).kind);
    expect(kinds).toEqual(['no_match', 'safeguarding', 'invalid_input', 'answer']);
  });

  it('keeps stdout clean even when logging is turned up', async () => {
    const { stdout } = await runNode('dist/adapters/console/ask.js', ['--json', 'hello'], {
      env: { LOG_LEVEL: 'trace' },
    });
    expect(() => JSON.parse(stdout)).not.toThrow();
  });

  it('answers each question in its own language, and says which in "lang"', async () => {
    for (const [question, lang] of [
      [RU_QUESTION, 'ru'],
      [KK_QUESTION, 'kk'],
      [EN_QUESTION, 'en'],
    ] as const) {
      const reply = await askJson([question]);
      const expected = core.reply(question, lang);
      expect(reply).toMatchObject({ lang, kind: expected.kind, text: expected.text });
    }
  });

  it("--lang is the explicit choice and beats the question's own language", async () => {
    const reply = await askJson(['--lang', 'kk', EN_QUESTION]);
    expect(reply).toMatchObject({ lang: 'kk', text: core.reply(EN_QUESTION, 'kk').text });
    expect(reply.text).not.toBe(core.reply(EN_QUESTION, 'en').text);
  });

  it('uses DEFAULT_LANGUAGE only when the question has no letters to go on', async () => {
    expect(await askJson(['?'], { DEFAULT_LANGUAGE: 'ru' })).toMatchObject({ lang: 'ru' });
    expect(await askJson([EN_QUESTION], { DEFAULT_LANGUAGE: 'ru' })).toMatchObject({ lang: 'en' });
  });

  it('--jsonl chooses the language per line, unless --lang fixes it', async () => {
    const input = [EN_QUESTION, RU_QUESTION, KK_QUESTION].join('\n');
    const langs = async (args: string[]) => {
      const { stdout } = await runNode('dist/adapters/console/ask.js', ['--jsonl', ...args], { input });
      return stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).lang);
    };
    expect(await langs([])).toEqual(['en', 'ru', 'kk']);
    expect(await langs(['--lang', 'ru'])).toEqual(['ru', 'ru', 'ru']);
  });

  it('refuses a language it does not speak', async () => {
    const { stderr, code } = await runNode('dist/adapters/console/ask.js', ['--lang', 'de', EN_QUESTION]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/usage/);
  });

  it('explains its usage when given no question', async () => {
    const { stderr, code } = await runNode('dist/adapters/console/ask.js', ['--json']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/usage/);
  });
});

describe('console chat (npm start with no tokens)', () => {
  it('answers one line of output per line of input when scripted', async () => {
    const input = [
      'hello',
      '/fact',
      '/today',
      '/helplines',
      '/about',
      '/help',
      'my dad hits me',
      '<b>obesity</b>',
      '   ',
    ].join('\n');
    const { stdout, code } = await runNode('dist/adapters/main.js', [], {
      input,
      env: { LOG_LEVEL: 'silent' },
    });
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(9);
    expect(lines[0]).toMatch(/Bala/);
    expect(lines[1]).toMatch(/Source:/);
    expect(lines[2]).toMatch(/Fact of the day|Children's Day/);
    expect(lines[3]).toMatch(/150/);
    expect(lines[4]).toMatch(/no names/);
    expect(lines[5]).toMatch(/\/fact/);
    expect(lines[6]).toMatch(/^Thank you for telling me/);
    expect(lines[7]).toMatch(/overweight/);
    expect(lines[8]).toMatch(/question in words/);
  });

  it('answers each line in its language, and keeps a /language choice for the lines after it', async () => {
    const input = [RU_QUESTION, '/fact', '/language kk', EN_QUESTION, '/help', '/language xx'].join('\n');
    const { stdout, code } = await runNode('dist/adapters/main.js', [], {
      input,
      env: { LOG_LEVEL: 'silent', DEFAULT_LANGUAGE: 'ru' },
    });
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    const oneLine = (text: string) => text.replace(/\s*\n+\s*/g, ' | ');
    expect(lines[0]).toBe(oneLine(core.reply(RU_QUESTION, 'ru').text));
    // No question, no choice yet: the default language.
    expect(lines[1]).toContain(messages('ru').sourceLabel);
    expect(lines[2]).toBe(languageSetMessage('kk'));
    expect(lines[3]).toBe(oneLine(core.reply(EN_QUESTION, 'kk').text));
    expect(lines[4]).toBe(oneLine(core.help('kk').text));
    expect(lines[5]).toMatch(/\/language en.*\/language ru.*\/language kk/);
  });

  it('stops with one clear line when the configuration is invalid', async () => {
    const { stderr, code } = await runNode('dist/adapters/main.js', [], { env: { HTTP_PORT: 'lots' } });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      'Invalid configuration: HTTP_PORT: must be a port number 0–65535 (0 turns the HTTP server off), not "lots"',
    );
  });
});
