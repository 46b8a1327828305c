import { describe, expect, it } from 'vitest';
import { escapeHtml, shorten } from '../../adapters/telegram/html.js';
import { renderReply } from '../../adapters/telegram/render.js';
import { splitHtml } from '../../adapters/telegram/split-html.js';
import { en } from '../../src/i18n/en.js';
import type { Reply } from '../../src/reply.js';
import { shippedCore } from '../helpers.js';

const core = shippedCore();

/** Checks what Telegram checks: only known tags, properly nested and closed; returns the visible text. */
function parse(html: string): string {
  const open: string[] = [];
  let text = '';
  let from = 0;
  for (const match of html.matchAll(/<(\/?)([a-z]+)[^>]*>|&(amp|lt|gt|quot);/g)) {
    text += html.slice(from, match.index);
    from = match.index + match[0].length;
    if (match[3]) {
      text += { amp: '&', lt: '<', gt: '>', quot: '"' }[match[3]];
    } else if (match[1] === '/') {
      expect(open.pop()).toBe(match[2]);
    } else {
      expect(['b', 'i', 'a']).toContain(match[2]);
      open.push(match[2] ?? '');
    }
  }
  expect(open).toEqual([]);
  const rest = html.slice(from);
  expect(rest).not.toMatch(/[<>]/);
  return text + rest;
}

describe('escapeHtml', () => {
  it('escapes the four characters Telegram HTML cares about', () => {
    expect(escapeHtml('<b>&"</b>\'')).toBe("&lt;b&gt;&amp;&quot;&lt;/b&gt;'");
  });
});

describe('shorten', () => {
  it('keeps short text and cuts long text at a word with an ellipsis', () => {
    expect(shorten('short  text', 20)).toBe('short text');
    const cut = shorten('one two three four five six seven', 16);
    expect(cut).toBe('one two three…');
    expect(cut.length).toBeLessThanOrEqual(16);
  });
});

describe('splitHtml', () => {
  it('leaves a message under the limit alone', () => {
    expect(splitHtml('<b>hi</b>', 50)).toEqual(['<b>hi</b>']);
  });

  it('cuts at line breaks first', () => {
    const html = ['first line here', 'second line here', 'third line here'].join('\n');
    expect(splitHtml(html, 34)).toEqual(['first line here\nsecond line here', 'third line here']);
  });

  it('closes and reopens a tag it has to cut through, and never cuts an entity', () => {
    const words = Array.from({ length: 60 }, (_, i) => `w${i}&amp;`);
    const html = `<b>${words.join(' ')}</b>`;
    const parts = splitHtml(html, 60);
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(60);
      expect(part.startsWith('<b>')).toBe(true);
      expect(part.endsWith('</b>')).toBe(true);
      parse(part);
    }
    expect(parts.map(parse).join(' ')).toBe(words.map((w) => w.replace('&amp;', '&')).join(' '));
  });

  it('cuts a word longer than a message', () => {
    const parts = splitHtml(`<i>${'x'.repeat(130)}</i>`, 50);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(50);
    expect(parts.map(parse).join('')).toBe('x'.repeat(130));
  });
});

describe('renderReply', () => {
  it('renders an answer: fact, detail, source in italics, footnote', () => {
    const reply = core.reply('How common is violence against children in Kazakhstan?', 'en');
    expect(reply.kind).toBe('answer');
    const html = renderReply(reply);
    const lines = html.split('\n');
    expect(lines[0]).toBe(escapeHtml(`${reply.fact?.answer} ${reply.fact?.detail}`));
    expect(lines[1]).toBe(`<i>Source: ${reply.fact?.source.title}, ${reply.fact?.source.location}</i>`);
    expect(html.endsWith(escapeHtml(en.footnote))).toBe(true);
    parse(html);
  });

  it('renders no_match suggestions as a list', () => {
    const reply: Reply = {
      kind: 'no_match',
      lang: 'en',
      text: 'x',
      suggestions: ['Is <this> ok?', 'A & B?'],
    };
    expect(renderReply(reply)).toBe(
      [en.noMatch, '', en.suggestionsIntro, '• Is &lt;this&gt; ok?', '• A &amp; B?'].join('\n'),
    );
  });

  it('renders helplines as a card with bold numbers, keeping the core wording', () => {
    const html = renderReply(core.helplines('en'));
    parse(html);
    expect(html.startsWith(`<b>${en.helplinesTitle}</b>\n${en.helplinesIntro}`)).toBe(true);
    expect(html).toContain('<b>150</b> — National Helpline for Children and Youth');
    expect(html).not.toContain('150: National Helpline');
    expect(html.endsWith(en.safeguardingDanger)).toBe(true);
  });

  it('escapes text in every kind of reply', () => {
    const hostile = '<script>&"';
    const kinds: Reply['kind'][] = [
      'greeting',
      'help',
      'about',
      'invalid_input',
      'safeguarding',
      'helplines',
    ];
    for (const kind of kinds) {
      const html = renderReply({ kind, lang: 'en', text: hostile, title: hostile });
      expect(html).not.toContain('<script>');
      expect(parse(html)).toContain(hostile);
    }
  });
});
