import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.js';

const TOKEN = '123456:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

function errorOf(env: Record<string, string>): string {
  try {
    parseConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('the configuration was accepted');
}

describe('configuration errors a person can act on', () => {
  it('reports every bad variable at once, one line each', () => {
    const message = errorOf({
      HTTP_PORT: 'abc',
      TELEGRAM_WEBHOOK_URL: 'http://bot.example.org/hook',
      DISCORD_APPLICATION_ID: '123',
      DAILY_POST_TIME: '9am',
    });
    const lines = message.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^Invalid configuration: DISCORD_APPLICATION_ID: .*15 to 25 digits, not "123"$/,
        ),
        expect.stringMatching(
          /^Invalid configuration: TELEGRAM_WEBHOOK_URL: must be an https:\/\/ URL.*, not "http:/,
        ),
        expect.stringMatching(
          /^Invalid configuration: DAILY_POST_TIME: must be a time of day as HH:MM.*, not "9am"$/,
        ),
        'Invalid configuration: HTTP_PORT: must be a port number 0–65535 (0 turns the HTTP server off), not "abc"',
      ]),
    );
    expect(message).not.toMatch(/expected|received|NaN|Invalid input/);
  });

  it.each(['abc', '65536', '80.5', '-1', '1e3'])('says HTTP_PORT=%s must be a port number', (port) => {
    expect(errorOf({ HTTP_PORT: port })).toContain('must be a port number 0–65535');
  });

  it('never repeats a secret value in the message', () => {
    const message = errorOf({ TELEGRAM_BOT_TOKEN: 'secret-looking-but-wrong', HTTP_PORT: 'x' });
    expect(message).toContain('Invalid configuration: TELEGRAM_BOT_TOKEN: must look like 123456:ABC…');
    expect(message).not.toContain('secret-looking-but-wrong');
  });

  it('names a missing partner setting', () => {
    expect(errorOf({ DISCORD_BOT_TOKEN: 'x'.repeat(30) })).toBe(
      'Invalid configuration: DISCORD_APPLICATION_ID: required when DISCORD_BOT_TOKEN is set',
    );
  });

  it('listens on every interface by default and on HTTP_HOST when set', () => {
    expect(parseConfig({}).httpHost).toBe('0.0.0.0');
    expect(parseConfig({ HTTP_HOST: '127.0.0.1', TELEGRAM_BOT_TOKEN: TOKEN }).httpHost).toBe('127.0.0.1');
    expect(errorOf({ HTTP_HOST: 'every interface' })).toMatch(
      /HTTP_HOST: must be an IP address.*, not "every interface"$/,
    );
  });
});
