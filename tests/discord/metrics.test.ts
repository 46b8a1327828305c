import { afterEach, describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/index.js';
import { Metrics } from '../../src/metrics.js';
import { counterValue } from '../metrics-text.js';
import { command, type Harness, messageOf, questionOption, startHarness } from './harness.js';

const QUESTION = 'How many children live in Kazakhstan?';

let h: Harness | undefined;

afterEach(async () => {
  await h?.stop();
  h = undefined;
});

const replies = (metrics: Metrics, kind: string) =>
  counterValue(metrics, 'bala_replies_total', { platform: 'discord', kind });

describe('Discord metrics', () => {
  it('counts each reply it sends by kind', async () => {
    const metrics = new Metrics({ defaultMetrics: false });
    h = await startHarness({ metrics });
    const kind = h.core.reply(QUESTION, 'en').kind;
    expect(kind).toBe('answer');
    expect(await replies(metrics, kind)).toBe(0);

    await command(h.fake, 'ask', questionOption(QUESTION));
    await command(h.fake, 'ask', questionOption(QUESTION));
    await command(h.fake, 'helplines');

    expect(await replies(metrics, 'answer')).toBe(2);
    expect(await replies(metrics, 'helplines')).toBe(1);
    expect(await counterValue(metrics, 'bala_errors_total', { where: 'discord' })).toBe(0);
  });

  it('counts a failed command in the error funnel, and not as a reply', async () => {
    const metrics = new Metrics({ defaultMetrics: false });
    const fact = async () => {
      throw new Error('the fact base is on fire');
    };
    h = await startHarness({ metrics, discord: { handlers: { fact } } });

    const failed = await command(h.fake, 'fact');
    await command(h.fake, 'about');

    expect(messageOf(failed.callback).content).toBe(messages('en').somethingWrong);
    expect(await counterValue(metrics, 'bala_errors_total', { where: 'discord' })).toBe(1);
    expect(await replies(metrics, 'fact')).toBe(0);
    expect(await replies(metrics, 'about')).toBe(1);
  });
});
