import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { Metrics } from '../../src/metrics.js';
import { DEFAULT_GROUP_ID, DEFAULT_USER } from '../fakes/telegram-api.js';
import { counterValue } from '../metrics-text.js';
import { type Harness, nthMessage, startHarness } from './harness.js';

const USER = DEFAULT_USER.id;
const QUESTION = 'How many children live in Kazakhstan?';
const DISCLOSURE = 'my dad hits me every day';

let harness: Harness | undefined;

const replies = (metrics: Metrics, kind: string) =>
  counterValue(metrics, 'bala_replies_total', { platform: 'telegram', kind });

describe('Telegram metrics', () => {
  it('counts each reply it sends by kind', async () => {
    const metrics = new Metrics({ defaultMetrics: false });
    harness = await startHarness({ metrics });
    const kind = harness.core.reply(QUESTION, 'en').kind;
    expect(kind).toBe('answer');
    expect(await replies(metrics, kind)).toBe(0);

    harness.fake.sendPrivateText(QUESTION);
    await nthMessage(harness.fake, USER, 1);
    harness.fake.sendPrivateText(QUESTION);
    await nthMessage(harness.fake, USER, 2);
    harness.fake.sendCommand('fact');
    await nthMessage(harness.fake, USER, 3);

    expect(await replies(metrics, 'answer')).toBe(2);
    expect(await replies(metrics, 'fact')).toBe(1);
    expect(await counterValue(metrics, 'bala_errors_total', { where: 'telegram' })).toBe(0);
  });

  it('counts the short group note that stands in for a safeguarding reply', async () => {
    const metrics = new Metrics({ defaultMetrics: false });
    harness = await startHarness({ metrics });

    harness.fake.sendGroupText(`@bala_test_bot ${DISCLOSURE}`);
    await nthMessage(harness.fake, DEFAULT_GROUP_ID, 1);

    expect(await replies(metrics, 'safeguarding')).toBe(1);
  });

  it('counts a failed update in the error boundary', async () => {
    const metrics = new Metrics({ defaultMetrics: false });
    harness = await startHarness({ metrics });
    // The answer itself is refused; the apology after it goes through.
    harness.fake.failNext('sendMessage', { kind: 'error', errorCode: 400, description: 'Bad Request: test' });

    harness.fake.sendPrivateText(QUESTION);
    const apology = await nthMessage(harness.fake, USER, 1);

    expect(apology.text).toBe(en.somethingWrong);
    expect(await counterValue(metrics, 'bala_errors_total', { where: 'telegram' })).toBe(1);
  });
});
