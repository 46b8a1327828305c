import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CHANNEL_ID,
  expectNoMentionsAnywhere,
  GUILD_ID,
  type Harness,
  READ_ONLY_CHANNEL_ID,
  startHarness,
} from './harness.js';

const LATE_CHANNEL_ID = '1200000000000000050';
const POSTS = /^\/api\/v10\/channels\/\d+\/messages$/;

let h: Harness;

beforeEach(async () => {
  h = await startHarness();
});

afterEach(async () => {
  expectNoMentionsAnywhere(h.fake);
  await h.stop();
});

describe('DiscordPublisher (scheduled channel posts)', () => {
  it('fetches a channel it has not cached, then posts the daily fact as an embed', async () => {
    h.fake.addChannel({ id: LATE_CHANNEL_ID, guildId: GUILD_ID, name: 'daily-facts' });
    const post = h.core.today(`discord:${LATE_CHANNEL_ID}`, '2026-11-21', 'en');

    const result = await h.bot.publisher.publish(LATE_CHANNEL_ID, post);

    expect(result).toEqual({ status: 'sent' });
    expect(h.bot.publisher.platform).toBe('discord');
    const channelRequests = h.fake.requests.filter((r) => r.path.includes(`/channels/${LATE_CHANNEL_ID}`));
    expect(channelRequests.map((r) => `${r.method} ${r.route}`)).toEqual([
      'GET GET /channels/:channelId',
      'POST POST /channels/:channelId/messages',
    ]);
    const [message] = h.fake.messagesIn(LATE_CHANNEL_ID);
    expect(message?.embeds[0]?.title).toBe('Fact of the day');
    expect(message?.embeds[0]?.description).toContain(post.fact?.answer.slice(0, 30));
  });

  it("posts the World Children's Day post within Discord's limits", async () => {
    const result = await h.bot.publisher.publish(CHANNEL_ID, h.core.worldChildrensDay('en'));

    expect(result).toEqual({ status: 'sent' });
    expect(h.fake.messagesIn(CHANNEL_ID)[0]?.embeds[0]?.fields?.length).toBeGreaterThanOrEqual(2);
  });

  it('reports a channel the bot lost access to as gone, without throwing', async () => {
    h.fake.failChannel(CHANNEL_ID, 'no_access');

    const result = await h.bot.publisher.publish(CHANNEL_ID, h.core.randomFact('en'));

    expect(result).toEqual({ status: 'gone', reason: 'discord 50001: missing access' });
  });

  it('reports a deleted channel (10003) as gone', async () => {
    h.fake.failChannel(LATE_CHANNEL_ID, 'missing');

    const result = await h.bot.publisher.publish(LATE_CHANNEL_ID, h.core.randomFact('en'));

    expect(result).toEqual({ status: 'gone', reason: 'discord 10003: unknown channel' });
    expect(h.fake.requestsTo('POST', POSTS)).toEqual([]);
  });

  it('reports a channel where the bot may not send as gone (50013)', async () => {
    const result = await h.bot.publisher.publish(READ_ONLY_CHANNEL_ID, h.core.randomFact('en'));

    expect(result).toEqual({ status: 'gone', reason: 'discord 50013: missing permissions' });
  });

  it('waits out a rate limit and then delivers', async () => {
    h.fake.rateLimitNext(POSTS, 0.2);

    const result = await h.bot.publisher.publish(CHANNEL_ID, h.core.randomFact('en'));

    expect(result).toEqual({ status: 'sent' });
    expect(h.fake.requestsTo('POST', POSTS).map((r) => r.status)).toEqual([429, 200]);
  });

  it('reports a failure, not an exception, once the bot has stopped', async () => {
    await h.bot.stop();
    await h.bot.stop();

    const result = await h.bot.publisher.publish(LATE_CHANNEL_ID, h.core.randomFact('en'));

    expect(result.status).toBe('failed');
    expect(h.bot.isReady()).toBe(false);
  });
});
