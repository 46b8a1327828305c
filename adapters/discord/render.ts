import type { APIEmbed, APIEmbedField } from 'discord.js';
import { messages } from '../../src/i18n/index.js';
import type { FactView, HelplineView, Reply, Section } from '../../src/reply.js';
import { helplineLines } from '../../src/views.js';
import { EMBED_LIMITS, fitEmbedTotals, fitText } from './embed-limits.js';
import { escapeText, markdown } from './markdown.js';

const COLOUR = { facts: 0x1cabe2, help: 0xf59f00 } as const;
/** Discord requires a field name; a zero-width space gives a field that reads as a plain paragraph. */
const UNNAMED = '\u200b';

/** A core Reply as one Discord embed, within Discord's limits. Every text from the core is escaped. */
export function renderEmbed(reply: Reply): APIEmbed {
  if (reply.helplines?.length) return fitEmbedTotals(helplineCard(reply, reply.helplines));
  if (reply.fact) return fitEmbedTotals(factCard(reply, reply.fact));
  if (reply.sections?.length) return fitEmbedTotals(sectionsCard(reply, reply.sections));
  if (reply.kind === 'no_match') return fitEmbedTotals(noMatchCard(reply));
  return fitEmbedTotals({
    color: COLOUR.facts,
    ...titleOf(reply),
    ...descriptionOf(reply.text),
  });
}

function factCard(reply: Reply, fact: FactView): APIEmbed {
  const m = messages(reply.lang);
  const body = fact.detail ? `${fact.answer}\n\n${fact.detail}` : fact.answer;
  const { title, location } = fact.source;
  return {
    color: COLOUR.facts,
    ...titleOf(reply),
    ...descriptionOf(body),
    ...footnoteFields(reply),
    footer: {
      text: fitText(`${m.sourceLabel}: ${location ? `${title}, ${location}` : title}`, EMBED_LIMITS.footer),
    },
  };
}

function noMatchCard(reply: Reply): APIEmbed {
  const m = messages(reply.lang);
  const suggestions = reply.suggestions ?? [];
  const fields: APIEmbedField[] = [];
  if (suggestions.length > 0) {
    fields.push({ name: markdown(m.suggestionsIntro, EMBED_LIMITS.fieldName), value: bullets(suggestions) });
  }
  fields.push(...(footnoteFields(reply).fields ?? []));
  return {
    color: COLOUR.facts,
    ...descriptionOf(m.noMatch),
    ...(fields.length ? { fields } : {}),
  };
}

/**
 * The helpline list and the safeguarding reply: each number is its own field with the number in bold, so
 * a child in distress finds it at a glance. The rest of the text (intro, "call 112 in danger") keeps its
 * order around the numbers.
 */
function helplineCard(reply: Reply, helplines: HelplineView[]): APIEmbed {
  const m = messages(reply.lang);
  const listed = new Set([...helplineLines(helplines), reply.title ?? '']);
  const [intro = '', ...after] = reply.text
    .split('\n')
    .filter((line) => line.trim() !== '' && !listed.has(line));
  const fields: APIEmbedField[] = helplines.map((h) => ({
    name: fitText(
      h.name,
      EMBED_LIMITS.fieldName,
      (name) => `**${escapeText(h.number)}** · ${escapeText(name)}`,
    ),
    value: markdown(
      `${h.purpose}\n${h.cost}, ${h.hours} (${m.confirmedOn} ${h.confirmedOn})`,
      EMBED_LIMITS.fieldValue,
    ),
  }));
  if (after.length)
    fields.push({ name: UNNAMED, value: markdown(after.join('\n'), EMBED_LIMITS.fieldValue) });
  return {
    color: COLOUR.help,
    ...titleOf(reply),
    ...descriptionOf(intro),
    fields,
  };
}

/** Long posts (World Children's Day): the intro as the description, each section a field, then the close. */
function sectionsCard(reply: Reply, sections: Section[]): APIEmbed {
  const headings = new Set(sections.map((s) => s.heading));
  const paragraphs = reply.text
    .split('\n\n')
    .filter((p) => p.trim() !== '' && p !== reply.title && !headings.has(p.split('\n')[0] ?? ''));
  const [intro = '', ...closing] = paragraphs;
  const fields: APIEmbedField[] = sections.map((s) => ({
    name: markdown(s.heading, EMBED_LIMITS.fieldName),
    value: bullets(s.lines),
  }));
  if (closing.length)
    fields.push({ name: UNNAMED, value: markdown(closing.join('\n\n'), EMBED_LIMITS.fieldValue) });
  return {
    color: COLOUR.facts,
    ...titleOf(reply),
    ...descriptionOf(intro),
    fields,
  };
}

/** The pointer to help under an answer on a sensitive subject, as a field so it stands apart from the fact. */
function footnoteFields(reply: Reply): { fields?: APIEmbedField[] } {
  if (!reply.footnote) return {};
  const m = messages(reply.lang);
  return {
    fields: [
      {
        name: markdown(m.helplinesButton, EMBED_LIMITS.fieldName),
        value: markdown(reply.footnote, EMBED_LIMITS.fieldValue),
      },
    ],
  };
}

/** Discord refuses an empty description, so a reply without prose gets none. */
function descriptionOf(plain: string): { description?: string } {
  return plain.trim() ? { description: markdown(plain, EMBED_LIMITS.description) } : {};
}

function titleOf(reply: Reply): { title?: string } {
  return reply.title ? { title: markdown(reply.title, EMBED_LIMITS.title) } : {};
}

/** A bulleted list that fits one field: items that do not fit are left out whole rather than cut. */
function bullets(items: string[]): string {
  const lines: string[] = [];
  let length = 0;
  for (const item of items) {
    const line = `• ${markdown(item, EMBED_LIMITS.fieldValue - 2)}`;
    if (length + line.length + 1 > EMBED_LIMITS.fieldValue) break;
    lines.push(line);
    length += line.length + 1;
  }
  return lines.join('\n') || UNNAMED;
}
