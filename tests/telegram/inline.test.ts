import type { InlineQueryResultArticle } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { shippedCore } from '../helpers.js';
import { lazyHarness } from './harness.js';

const core = shippedCore();
const bot = lazyHarness();
const current = bot.current;

async function inlineResults(query: string) {
  const harness = await bot.start();
  const update = harness.fake.sendInlineQuery(query);
  const answer = await harness.fake.waitForCall(
    'answerInlineQuery',
    (c) => c.params.inline_query_id === update.inline_query?.id,
  );
  return { answer, results: answer.params.results as InlineQueryResultArticle[] };
}

describe('Telegram inline mode', () => {
  it('offers matching facts as articles with their source', async () => {
    const { answer, results } = await inlineResults('school');
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(10);
    // Personal: each person gets facts in their own language.
    expect(answer.params).toMatchObject({ cache_time: 300, is_personal: true });
    const ids = core.searchFacts('school', 'en', 10).map((f) => f.id);
    expect(results.map((r) => r.id)).toEqual(ids);
    for (const result of results) {
      expect(result.type).toBe('article');
      expect(result.title.length).toBeLessThanOrEqual(80);
      expect(result.description).toMatch(/^Source: /);
      const content = result.input_message_content as { message_text: string; parse_mode: string };
      expect(content.parse_mode).toBe('HTML');
      expect(content.message_text).toMatch(/<i>Source: [^<]+<\/i>$/);
    }
  });

  it('offers the featured facts for an empty query', async () => {
    const { results } = await inlineResults('');
    const featured = core.knowledge.facts.filter((f) => f.featured).map((f) => f.id);
    expect(results.length).toBe(Math.min(10, featured.length));
    expect(results.map((r) => r.id)).toEqual(featured.slice(0, 10));
  });

  it('shares valid HTML: the fake Bot API parses the message text', async () => {
    const { results } = await inlineResults('violence');
    const content = results[0]?.input_message_content as { message_text: string } | undefined;
    const sent = await current().bot.api.sendMessage(1, content?.message_text ?? '', { parse_mode: 'HTML' });
    expect(sent.text).toContain('Source:');
  });
});
