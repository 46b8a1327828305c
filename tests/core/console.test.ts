import { describe, expect, it } from 'vitest';
import { runNode } from '../run-node.js';

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

  it('stops with one clear line when the configuration is invalid', async () => {
    const { stderr, code } = await runNode('dist/adapters/main.js', [], { env: { HTTP_PORT: 'lots' } });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      'Invalid configuration: HTTP_PORT: Invalid input: expected number, received NaN',
    );
  });
});
