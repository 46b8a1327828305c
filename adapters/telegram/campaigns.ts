/**
 * How many times each /start campaign tag (t.me/bot?start=<tag>) was used since the process started. Only
 * the tag is counted: nothing about who opened the link. In memory only, and bounded, because anyone can
 * invent tags.
 */
const MAX_TAGS = 500;
const OTHER = 'other';
const counts = new Map<string, number>();

/** Telegram allows A-Z, a-z, 0-9, _ and - in start parameters, up to 64 characters. */
const TAG = /^[\w-]{1,64}$/;

export function countCampaign(tag: string): void {
  const key = TAG.test(tag) && (counts.has(tag) || counts.size < MAX_TAGS) ? tag : OTHER;
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

export function campaignCounts(): ReadonlyMap<string, number> {
  return new Map(counts);
}
