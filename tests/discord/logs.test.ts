import fs from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startDiscord } from '../../adapters/discord/index.js';
import { secretsOf } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { FakeDiscordServer } from '../fakes/discord-server.js';
import { shippedCore, storedSubscriptions } from '../helpers.js';
import { CHANNEL_ID, command, discordConfig, type Harness, questionOption, startHarness } from './harness.js';

let h: Harness | undefined;
let restoreStderr = () => {};

afterEach(async () => {
  restoreStderr();
  vi.restoreAllMocks();
  await h?.stop();
  h = undefined;
});

/**
 * Captures what the production logger writes to stderr. It writes with fs.writeSync on fd 2 (pino's sync
 * destination), unless stderr is a terminal, when it would hand lines to a pretty-printer thread instead.
 */
function captureStderrLog(): string[] {
  const lines: string[] = [];
  const descriptor = Object.getOwnPropertyDescriptor(process.stderr, 'isTTY');
  Object.defineProperty(process.stderr, 'isTTY', { value: false, configurable: true, writable: true });
  restoreStderr = () => {
    if (descriptor) Object.defineProperty(process.stderr, 'isTTY', descriptor);
    else Reflect.deleteProperty(process.stderr, 'isTTY');
    restoreStderr = () => {};
  };
  const original = fs.writeSync.bind(fs);
  vi.spyOn(fs, 'writeSync').mockImplementation(((fd: number, data: unknown, ...rest: unknown[]) => {
    if (fd !== 2) return (original as (...a: unknown[]) => number)(fd, data, ...rest);
    const text = String(data);
    lines.push(...text.split('\n').filter(Boolean));
    return Buffer.byteLength(text);
  }) as typeof fs.writeSync);
  return lines;
}

describe('what the Discord adapter logs', () => {
  it('never writes the bot token, even when an error carries it', async () => {
    const lines = captureStderrLog();
    let token = '';
    h = await startHarness({
      logger: (config) => {
        token = config.discord?.token ?? '';
        return createLogger('trace', secretsOf(config));
      },
      discord: {
        handlers: {
          fact: async () => {
            throw new Error(`request to /gateway failed with Bot ${token}`);
          },
        },
      },
    });

    await command(
      h.fake,
      'ask',
      questionOption('my name is Aliya and I am 12, how many children live here?'),
    );
    await command(h.fake, 'fact');
    await h.bot.publisher.publish(CHANNEL_ID, h.core.randomFact('en'));
    h.fake.failChannel(CHANNEL_ID, 'no_access');
    await h.bot.publisher.publish(CHANNEL_ID, h.core.randomFact('en'));
    await h.stop();
    h = undefined;

    const log = lines.join('\n');
    expect(log).toContain('discord bot ready');
    expect(log).toContain('discord command failed');
    expect(log).toContain('[redacted]');
    expect(log).not.toContain(token);
    // Nothing a person wrote, and nobody's id, name or channel.
    expect(log).not.toContain('Aliya');
    expect(log).not.toContain('1300000000000000001');
    expect(log).not.toContain('tester');
    expect(log).not.toContain(CHANNEL_ID);
  });

  it('fails to start with a clear error, without the token, when Discord refuses the token', async () => {
    const fake = await new FakeDiscordServer().start();
    const wrongToken = 'WRONG-token-that-is-long-enough-0123456789';
    const config = discordConfig(fake, { DISCORD_BOT_TOKEN: wrongToken });
    const discord = config.discord;
    if (!discord) throw new Error('no Discord config');
    try {
      const started = startDiscord(
        { core: shippedCore(), config, logger: createLogger('silent'), subscriptions: storedSubscriptions() },
        discord,
      );
      const error = await started.then(
        () => new Error('started with a wrong token'),
        (e: unknown) => e as Error,
      );
      expect(error.message).toMatch(/^Discord login failed: /);
      expect(error.message).not.toContain(wrongToken);
      expect(fake.requestsTo('GET', /\/gateway\/bot$/)[0]?.status).toBe(401);
    } finally {
      await fake.stop();
    }
  });
});
