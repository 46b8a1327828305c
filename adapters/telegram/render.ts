import { messages } from '../../src/i18n/index.js';
import type { Lang } from '../../src/localized.js';
import type { FactView, HelplineView, Reply } from '../../src/reply.js';
import { helplineLines } from '../../src/views.js';
import { bold, escapeHtml, italic } from './html.js';
import { suggestionKeyboard } from './keyboards.js';

/** Telegram HTML for a reply. Every piece of text is escaped here; nothing else builds message markup. */
export function renderReply(reply: Reply): string {
  switch (reply.kind) {
    case 'answer':
    case 'fact':
    case 'daily_fact':
      return reply.fact ? withFootnote(renderFact(reply.fact, reply.lang, reply.title), reply) : plain(reply);
    case 'no_match':
      return withFootnote(renderNoMatch(reply), reply);
    case 'helplines':
    case 'safeguarding':
      return renderWithCard(reply);
    case 'check_in':
      return renderCheckIn(reply);
    case 'world_childrens_day':
      return renderPost(reply);
    default:
      return plain(reply);
  }
}

/** A fact as the bot shows it everywhere (answers, /fact, inline results): the source is always named. */
export function renderFact(fact: FactView, lang: Lang, title?: string): string {
  const body = fact.detail ? `${fact.answer} ${fact.detail}` : fact.answer;
  const lines = [escapeHtml(body), italic(sourceLine(fact, lang))];
  return (title ? [bold(title), ...lines] : lines).join('\n');
}

export function sourceLine(fact: FactView, lang: Lang): string {
  const { title, location } = fact.source;
  return `${messages(lang).sourceLabel}: ${location ? `${title}, ${location}` : title}`;
}

export function renderHelplineCard(helplines: readonly HelplineView[]): string {
  return helplines
    .map(
      (h) =>
        `${bold(h.number)} — ${escapeHtml(h.name)}\n${escapeHtml(`${h.purpose} (${h.cost}, ${h.hours})`)}`,
    )
    .join('\n\n');
}

function plain(reply: Reply): string {
  const lines = [reply.text, ...(reply.kind === 'no_match' ? [] : (reply.suggestions ?? []))];
  return escapeHtml(lines.join('\n'));
}

function withFootnote(html: string, reply: Reply): string {
  return reply.footnote ? `${html}\n\n${escapeHtml(reply.footnote)}` : html;
}

function renderNoMatch(reply: Reply): string {
  const m = messages(reply.lang);
  const suggestions = reply.suggestions ?? [];
  if (suggestions.length === 0) return escapeHtml(m.noMatch);
  // The suggested questions are buttons under the message when they can be; listed here otherwise.
  const listed = suggestionKeyboard(reply) ? [] : suggestions.map((s) => `• ${escapeHtml(s)}`);
  return [escapeHtml(m.noMatch), '', escapeHtml(m.suggestionsIntro), ...listed].join('\n');
}

/**
 * Helplines and safeguarding replies keep the core's wording and order; only the one-line-per-helpline
 * part of the core's text is replaced by the card with the numbers in bold.
 */
function renderWithCard(reply: Reply): string {
  const helplines = reply.helplines ?? [];
  const plainLines = new Set(helplineLines(helplines));
  const out: string[] = [];
  let cardShown = false;
  for (const line of reply.text.split('\n')) {
    if (plainLines.has(line)) {
      if (!cardShown) out.push('', renderHelplineCard(helplines), '');
      cardShown = true;
    } else {
      out.push(line === reply.title ? bold(line) : escapeHtml(line));
    }
  }
  if (!cardShown && helplines.length > 0) out.push('', renderHelplineCard(helplines));
  return out.join('\n').trim();
}

/** The check-in as the core wrote it, and the answer to the question (with its source) when there was one. */
function renderCheckIn(reply: Reply): string {
  const m = messages(reply.lang);
  if (!reply.fact) return escapeHtml(m.checkIn);
  return [escapeHtml(m.checkIn), '', bold(m.checkInAnswer), renderFact(reply.fact, reply.lang)].join('\n');
}

/** Long posts (World Children's Day): title in bold, each section with a bold heading and a list. */
function renderPost(reply: Reply): string {
  const sections = reply.sections ?? [];
  return reply.text
    .split('\n\n')
    .map((paragraph) => {
      if (paragraph === reply.title) return bold(paragraph);
      const section = sections.find((s) => paragraph.split('\n')[0] === s.heading);
      if (section)
        return [bold(section.heading), ...section.lines.map((l) => `• ${escapeHtml(l)}`)].join('\n');
      return escapeHtml(paragraph);
    })
    .join('\n\n');
}
