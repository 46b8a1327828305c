import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { DEFAULT_GROUP_ID, DEFAULT_USER } from '../fakes/telegram-api.js';
import { coreWithSafetyProbability } from '../helpers.js';
import { type Harness, messagesTo, nthMessage, startHarness, waitForMessages } from './harness.js';

const USER = DEFAULT_USER.id;
const DISCLOSURE = 'my dad hits me every day';
let harness: Harness | undefined;

describe('Telegram: every form a child may write in reaches the safety step', () => {
  it('reads the caption of a photo', async () => {
    harness = await startHarness();
    harness.fake.sendPrivatePhoto(DISCLOSURE);
    const sent = await nthMessage(harness.fake, USER, 1);
    expect(sent.text).toContain(en.safeguardingIntro);
    expect(sent.html).toContain('<b>150</b>');
  });

  it('still asks for words when a photo has no caption', async () => {
    harness = await startHarness();
    harness.fake.sendPrivatePhoto('');
    const sent = await nthMessage(harness.fake, USER, 1);
    expect(sent.text).toBe(en.emptyInput);
  });

  it('reads a forwarded message', async () => {
    harness = await startHarness();
    harness.fake.sendPrivateForward(DISCLOSURE);
    const sent = await nthMessage(harness.fake, USER, 1);
    expect(sent.text).toContain(en.safeguardingIntro);
  });

  it('answers a disclosure added by an edit, and leaves an edited question alone', async () => {
    harness = await startHarness();
    const { fake } = harness;
    const first = fake.sendPrivateText('How many children live in Kazakhstan?');
    await nthMessage(fake, USER, 1);
    fake.editPrivateText(first, 'How many children live in Kazakhstan in all?');
    const second = fake.sendPrivateText('hello');
    await nthMessage(fake, USER, 2);
    fake.editPrivateText(second, `hello. ${DISCLOSURE}`);
    const sent = await nthMessage(fake, USER, 3);
    expect(sent.text).toContain(en.safeguardingIntro);
    // The edited question got no second answer: three messages, the third the helplines.
    expect(messagesTo(fake, USER)).toHaveLength(3);
  });

  it('checks in, in words, with the answer and its source, when the model is unsure', async () => {
    harness = await startHarness({ core: coreWithSafetyProbability(0.5) });
    harness.fake.sendPrivateText('How many children live in Kazakhstan?');
    const sent = await nthMessage(harness.fake, USER, 1);
    expect(sent.text).toContain(en.checkIn);
    expect(sent.html).toContain(`<b>${en.checkInAnswer}</b>`);
    expect(sent.text).toContain('31.4%');
    expect(sent.html).toContain('<i>Source:');
  });

  it('never checks in in front of a group: the group gets the private button', async () => {
    harness = await startHarness({ core: coreWithSafetyProbability(0.5) });
    harness.fake.sendGroupText('@bala_test_bot How many children live in Kazakhstan?');
    const [sent] = await waitForMessages(harness.fake, DEFAULT_GROUP_ID, 1);
    expect(sent?.text).toBe(en.safeguardingGroup);
  });
});
