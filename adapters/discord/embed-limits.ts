import type { APIEmbed } from 'discord.js';

/** Discord rejects a whole message (50035) when any of these is exceeded, so every part is fitted first. */
export const EMBED_LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  total: 6000,
} as const;

const ELLIPSIS = '…';

/**
 * Shortens plain text so that `format(text)` fits in `max`, ending in an ellipsis when cut. The cut happens
 * before formatting, so an escape sequence is never split in half. Discord counts code points; UTF-16 length
 * is never smaller, so measuring with it stays on the safe side, and cutting by code points keeps emoji whole.
 */
export function fitText(plain: string, max: number, format: (text: string) => string = (t) => t): string {
  const chars = Array.from(plain);
  // Formatting never shortens text, so only a text already within the limit can fit whole.
  if (chars.length <= max) {
    const whole = format(plain);
    if (whole.length <= max) return whole;
  }
  let keep = Math.min(chars.length, max - ELLIPSIS.length);
  for (;;) {
    const candidate = `${format(chars.slice(0, Math.max(keep, 0)).join('').trimEnd())}${ELLIPSIS}`;
    if (candidate.length <= max || keep <= 0) return candidate;
    // A character is one or two UTF-16 units (or two once escaped): halving the excess never overshoots far.
    keep -= Math.max(1, Math.ceil((candidate.length - max) / 2));
  }
}

function embedLength(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    fields
  );
}

/**
 * Keeps an embed within the 25-field and 6000-character totals once its parts are fitted. The description
 * gives way first, then the last fields: helpline numbers and sections live in fields and matter most.
 */
export function fitEmbedTotals(embed: APIEmbed): APIEmbed {
  const fields = embed.fields?.slice(0, EMBED_LIMITS.fields);
  const fitted: APIEmbed = { ...embed, ...(fields ? { fields } : {}) };
  const over = embedLength(fitted) - EMBED_LIMITS.total;
  if (over > 0 && fitted.description) {
    fitted.description = cutFormatted(fitted.description, fitted.description.length - over);
  }
  while (embedLength(fitted) > EMBED_LIMITS.total && fields?.length) fields.pop();
  return fitted;
}

/** Cuts already-escaped text, at a line end where possible, so that no escape is split in half. */
function cutFormatted(text: string, max: number): string {
  if (max <= ELLIPSIS.length) return ELLIPSIS;
  let cut = text.slice(0, max - ELLIPSIS.length);
  const lineEnd = cut.lastIndexOf('\n');
  // A line end close to the limit reads better than a cut mid-sentence; a far one would lose too much.
  if (lineEnd > cut.length * 0.8) cut = cut.slice(0, lineEnd);
  // A trailing backslash would escape the ellipsis; a lone high surrogate would be half an emoji.
  cut = cut.replace(/[\\\uD800-\uDBFF]+$/, '');
  return `${cut.trimEnd()}${ELLIPSIS}`;
}
