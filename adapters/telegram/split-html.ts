/** Telegram refuses messages longer than this; we count escaped HTML, which is never shorter than the text. */
export const TELEGRAM_TEXT_LIMIT = 4096;

interface Token {
  html: string;
  kind: 'open' | 'close' | 'newline' | 'space' | 'text';
  /** The tag name, for open and close tokens. */
  tag?: string;
}

interface OpenTag {
  name: string;
  html: string;
}

interface BreakPoint {
  /** Where the chunk ends if cut here (before the whitespace) and where the next one starts (after it). */
  end: number;
  resume: number;
  open: OpenTag[];
}

function tokenize(html: string, maxText: number): Token[] {
  const tokens: Token[] = [];
  for (const match of html.matchAll(/<(\/?)([a-z][\w-]*)[^>]*>|\n|[^\S\n]+|&[#\w]+;|[^<&\s]+|[<&]/gi)) {
    const [piece] = match;
    if (match[2] !== undefined) {
      tokens.push({ html: piece, kind: match[1] === '/' ? 'close' : 'open', tag: match[2].toLowerCase() });
    } else if (piece === '\n') {
      tokens.push({ html: piece, kind: 'newline' });
    } else if (/^\s+$/.test(piece)) {
      tokens.push({ html: piece, kind: 'space' });
    } else {
      // Array.from walks code points, so a cut never separates the two halves of an emoji.
      const chars = Array.from(piece);
      for (let i = 0; i < chars.length; i += maxText) {
        tokens.push({ html: chars.slice(i, i + maxText).join(''), kind: 'text' });
      }
    }
  }
  return tokens;
}

const closers = (open: readonly OpenTag[]) =>
  open
    .map((tag) => `</${tag.name}>`)
    .reverse()
    .join('');
const openers = (open: readonly OpenTag[]) => open.map((tag) => tag.html).join('');

/**
 * Splits HTML into messages of at most `limit` characters. It cuts at the last line break that fits, else
 * the last space, else anywhere between tokens; never inside a tag or an entity. Tags open at a cut are
 * closed at the end of one part and opened again at the start of the next, so every part is valid.
 */
export function splitHtml(html: string, limit = TELEGRAM_TEXT_LIMIT): string[] {
  if (html.length <= limit) return [html];
  const parts: string[] = [];
  let current = '';
  let open: OpenTag[] = [];
  let lineBreak: BreakPoint | undefined;
  let spaceBreak: BreakPoint | undefined;

  const flush = (end: number, resume: number, openAtCut: OpenTag[]) => {
    const head = current.slice(0, end).trimEnd();
    if (head.replace(/<[^>]*>/g, '').trim() !== '') parts.push(head + closers(openAtCut));
    current = openers(openAtCut) + current.slice(resume).trimStart();
    lineBreak = undefined;
    spaceBreak = undefined;
  };

  // Text runs are cut into pieces small enough that any one token fits in a part with its tags.
  for (const token of tokenize(html, Math.max(1, Math.min(512, Math.floor(limit / 4))))) {
    const nextOpen =
      token.kind === 'open'
        ? [...open, { name: token.tag ?? '', html: token.html }]
        : token.kind === 'close'
          ? open.slice(0, -1)
          : open;
    if (current.length + token.html.length + closers(nextOpen).length > limit) {
      const cut = lineBreak ?? spaceBreak;
      if (cut) flush(cut.end, cut.resume, cut.open);
      // The carried-over tail plus this token can still be too long (a very long word): cut right here.
      if (current.length + token.html.length + closers(nextOpen).length > limit) {
        flush(current.length, current.length, open);
      }
    }
    if (token.kind === 'newline' || token.kind === 'space') {
      const point = { end: current.length, resume: current.length + token.html.length, open };
      if (token.kind === 'newline') lineBreak = point;
      else spaceBreak = point;
    }
    current += token.html;
    open = nextOpen;
  }
  if (current.replace(/<[^>]*>/g, '').trim() !== '') parts.push(current.trimEnd());
  return parts;
}
