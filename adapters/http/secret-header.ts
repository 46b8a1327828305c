import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Compares a secret from a request header with the expected one in constant time: both are hashed first,
 * so neither the content nor the length of the secret leaks through how long the comparison takes.
 */
export function secretMatches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}
