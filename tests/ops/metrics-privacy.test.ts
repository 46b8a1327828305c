import { describe, expect, it } from 'vitest';
import { Metrics } from '../../src/metrics.js';
import { nthMessage, startHarness } from '../telegram/harness.js';

const CHILD = { id: 918_273_645, first_name: 'Aruzhan', last_name: 'Serikova', username: 'aruzhan_2013' };
const GROUP = -100_556_677_889;
const WORDS = ['uncle', 'Almaty', 'schoolyard', 'aruzhan', 'Serikova'];

/** Every label value of Bala's own series, e.g. `platform="telegram"` → telegram. */
function balaLabelValues(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('bala_'))
    .flatMap((line) => [...line.matchAll(/="([^"]*)"/g)].map((match) => match[1] ?? ''));
}

describe('/metrics', () => {
  it('carries platforms, kinds and statuses only: no chat or user id, name or word a person wrote', async () => {
    const metrics = new Metrics();
    const harness = await startHarness({ metrics });
    const { fake } = harness;

    fake.sendPrivateText('My uncle near the Almaty schoolyard, how many children go to school?', {
      from: CHILD,
    });
    await nthMessage(fake, CHILD.id, 1);
    fake.sendCommand('start', 'aruzhan_campaign', 'private', CHILD);
    await nthMessage(fake, CHILD.id, 2);
    fake.sendCommand('subscribe', '07:30', 'private', CHILD);
    await nthMessage(fake, CHILD.id, 3);
    fake.sendGroupText('@bala_test_bot my uncle hits me in the schoolyard', { chatId: GROUP, from: CHILD });
    await nthMessage(fake, GROUP, 1);

    const text = await metrics.registry.metrics();
    for (const secret of [String(CHILD.id), String(GROUP), String(-GROUP), ...WORDS, 'campaign']) {
      expect(text.toLowerCase()).not.toContain(secret.toLowerCase());
    }
    const values = balaLabelValues(text);
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) expect(value).toMatch(/^[a-z_-]{1,32}$/);
  });
});
