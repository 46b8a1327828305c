import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, secretsOf } from '../../src/config.js';
import { scrubber } from '../../src/logger.js';

const TOKEN = '123456:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

describe('configuration', () => {
  it('has defaults that run the console bot', () => {
    const config = parseConfig({});
    expect(config.telegram).toBeUndefined();
    expect(config.discord).toBeUndefined();
    expect(config).toMatchObject({
      logLevel: 'info',
      dataDir: './data',
      defaultTimeZone: 'Asia/Almaty',
      dailyPostTime: '09:00',
      httpPort: 8080,
    });
  });

  it('treats empty variables as unset', () => {
    expect(parseConfig({ TELEGRAM_BOT_TOKEN: '', HTTP_PORT: '' }).httpPort).toBe(8080);
  });

  it.each([
    ['HTTP_PORT', 'eighty'],
    ['DEFAULT_TIMEZONE', 'Mars/Olympus'],
    ['DAILY_POST_TIME', '25:00'],
    ['TELEGRAM_BOT_TOKEN', 'not-a-token'],
    ['TELEGRAM_API_ROOT', 'ftp://example'],
    ['LOG_LEVEL', 'loud'],
  ])('names %s when its value is invalid', (name, value) => {
    expect(() => parseConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => parseConfig({ [name]: value })).toThrow(new RegExp(`^Invalid configuration: ${name}:`));
  });

  it('needs the application id with a Discord token', () => {
    expect(() => parseConfig({ DISCORD_BOT_TOKEN: 'x'.repeat(30) })).toThrow(/DISCORD_APPLICATION_ID/);
  });

  it('builds the platform sections and knows the secrets', () => {
    const config = parseConfig({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: 'http://127.0.0.1:9/' });
    expect(config.telegram).toEqual({ token: TOKEN, apiRoot: 'http://127.0.0.1:9' });
    expect(secretsOf(config)).toEqual([TOKEN]);
  });

  it('scrubs tokens out of log text', () => {
    const scrub = scrubber([TOKEN]);
    expect(scrub(`request to https://api.telegram.org/bot${TOKEN}/sendMessage failed`)).toBe(
      'request to https://api.telegram.org/bot[redacted]/sendMessage failed',
    );
  });
});
