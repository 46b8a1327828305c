import { describe, expect, it } from 'vitest';
import { DailyFacts } from '../../src/daily.js';
import { shippedKnowledge } from '../helpers.js';

const knowledge = shippedKnowledge();
const daily = new DailyFacts(knowledge);
const n = knowledge.facts.length;

function dateAfter(start: string, days: number): string {
  return new Date(Date.parse(`${start}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe('daily facts', () => {
  it('is deterministic for a chat and a date', () => {
    expect(new DailyFacts(knowledge).factFor('telegram:42', '2026-03-05').id).toBe(
      daily.factFor('telegram:42', '2026-03-05').id,
    );
  });

  it('shows every fact once before any repeats, from any starting day', () => {
    for (const start of ['2026-01-01', '2026-07-13', '2027-02-27']) {
      const seen = Array.from(
        { length: n },
        (_, i) => daily.factFor('telegram:-1001', dateAfter(start, i)).id,
      );
      expect(new Set(seen).size).toBe(n);
    }
  });

  it('gives different chats different orders', () => {
    const order = (chat: string) =>
      Array.from({ length: n }, (_, i) => daily.factFor(chat, dateAfter('2026-01-01', i)).id).join();
    expect(order('telegram:1')).not.toBe(order('discord:2'));
  });

  it('posts the World Children’s Day post on 20 November instead of a fact', () => {
    const post = daily.postFor('telegram:1', '2026-11-20', 'en');
    expect(post.kind).toBe('world_childrens_day');
    expect(post.text).toMatch(/20 November/);
    expect(post.text).toMatch(/#foreverychild/);
    expect(post.sections?.map((s) => s.lines.length)).toEqual([3, 3, 3]);
    expect(post.text).toMatch(/Article 19/);
    expect(post.text).toMatch(/fivefold/);
    expect(daily.postFor('telegram:1', '2026-11-21', 'en').kind).toBe('daily_fact');
    expect(daily.postFor('telegram:1', '2026-11-19', 'en').kind).toBe('daily_fact');
  });

  it('titles the daily post and names its source', () => {
    const post = daily.postFor('discord:7', '2026-05-01', 'en');
    expect(post.title).toBe('Fact of the day');
    expect(post.text).toContain('Source:');
  });
});
