import { escapeMarkdown } from 'discord.js';
import { fitText } from './embed-limits.js';

/**
 * Reply text is plain (src/reply.ts), but Discord reads `*`, `_`, `#` or `[text](url)` in it as markup.
 * Escaping everything the core says means a fact or a pasted question can never restyle a message or
 * hide a link behind friendly words.
 */
export function escapeText(text: string): string {
  return escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
}

/** Escaped, and fitted to a Discord length limit without splitting an escape. */
export function markdown(plain: string, max: number): string {
  return fitText(plain, max, escapeText);
}
