import { dump } from 'js-yaml';
import { normalize } from '../text/normalize.js';
import { isStopWord } from '../text/stopwords.js';

export interface DraftCandidate {
  paragraph: number;
  sentence: string;
  figures: { value: number; unit: string }[];
  institutions: string[];
  keywords: string[];
}

/** Names of bodies and treaties: runs of capitalised words, joined by "for", "of", "on", "the". */
const INSTITUTION =
  /\b(?:[A-Z][\w’'-]*|[A-Z]{2,})(?:\s+(?:for|of|on|the|and)?\s*(?:[A-Z][\w’'-]*|[A-Z]{2,}))+|\b[A-Z]{3,}\b/g;
const INSTITUTION_WORDS =
  /(Convention|Ombudsperson|Ombudsman|UNICEF|United Nations|Ministry|Committee|Government|Council|Agency|Fund|Organi[sz]ation|Analysis|Declaration|Office)/;

function figuresIn(sentence: string): DraftCandidate['figures'] {
  const figures: DraftCandidate['figures'] = [];
  for (const match of sentence.matchAll(/(\d+(?:[.,]\d+)?)\s*(%|percent|per cent|months|years|fold)?/gi)) {
    const value = Number((match[1] ?? '').replace(',', '.'));
    const suffix = (match[2] ?? '').toLowerCase();
    let unit = 'count';
    if (suffix === '%' || suffix.startsWith('per')) unit = 'percent';
    else if (suffix === 'months') unit = 'months';
    else if (suffix === 'years') unit = 'years';
    else if (Number.isInteger(value) && value >= 1900 && value <= 2100) unit = 'year';
    figures.push({ value, unit });
  }
  for (const word of sentence.matchAll(/\b(two|three|four|five|six|ten)fold\b/gi)) {
    const numbers: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, ten: 10 };
    figures.push({ value: numbers[(word[1] ?? '').toLowerCase()] ?? 0, unit: 'times' });
  }
  return figures;
}

function keywordsOf(sentence: string): string[] {
  const counts = new Map<string, number>();
  for (const word of normalize(sentence).split(' ')) {
    if (word.length < 4 || isStopWord(word) || /^\d/.test(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)
    .slice(0, 8)
    .map(([w]) => w);
}

/** Sentences of a plain-text document that carry a figure, a year, a percentage or a named institution. */
export function draftCandidates(document: string): DraftCandidate[] {
  const paragraphs = document.split(/\r?\n/).filter((line) => line.trim() !== '');
  const candidates: DraftCandidate[] = [];
  paragraphs.forEach((paragraph, index) => {
    for (const raw of paragraph.split(/(?<=[.!?;])\s+(?=[A-Z0-9“"])/)) {
      const sentence = raw.trim();
      const figures = figuresIn(sentence);
      const institutions = [...new Set(sentence.match(INSTITUTION) ?? [])].filter((n) =>
        INSTITUTION_WORDS.test(n),
      );
      if (figures.length === 0 && institutions.length === 0) continue;
      candidates.push({
        paragraph: index + 1,
        sentence,
        figures,
        institutions,
        keywords: keywordsOf(sentence),
      });
    }
  });
  return candidates;
}

/**
 * A draft fact file for curators: every candidate becomes a fact skeleton with its figures, source and
 * suggested keywords. Answers and questions are left for a person to write in the project's own words.
 */
export function draftFactFile(document: string, documentId: string): string {
  const facts = draftCandidates(document).map((c, i) => ({
    id: `${documentId}-${i + 1}`,
    topic: 'todo',
    answer: {
      // No digits in a placeholder: knowledge:check compares every number in an answer with the figures.
      en: 'TODO: say this in your own words (the source sentence is in the comment above)',
      ru: 'TODO: the same answer in Russian, with the same figures written with a decimal comma',
      kk: 'TODO: the same answer in Kazakh, with the same figures written with a decimal comma',
    },
    figures: c.figures.map((f) => ({
      value: f.value,
      unit: f.unit,
      measures: 'TODO: what this number counts',
    })),
    source: { document: documentId, paragraphs: [c.paragraph] },
    questions: {
      en: ['TODO: five or more questions people would ask'],
      ru: ['TODO: five or more questions in Russian'],
      kk: ['TODO: five or more questions in Kazakh, one typed without Kazakh letters'],
    },
    keywords: {
      en: [...c.institutions.map((n) => n.toLowerCase()), ...c.keywords],
      ru: ['TODO'],
      kk: ['TODO'],
    },
  }));
  const header = [
    `# Draft facts from ${documentId}: ${facts.length} candidate sentence(s).`,
    '# Keep this file outside knowledge/facts/ until it is finished: every fact in there is loaded at start-up.',
    '# Rewrite each answer in your own words in en, ru and kk, add 5+ questions in each, say what each figure',
    '# measures, add the document to knowledge/sources.yaml, then move the finished facts in and run knowledge:check.',
  ];
  const comments = draftCandidates(document).map(
    (c, i) => `# ${documentId}-${i + 1} (paragraph ${c.paragraph}): ${c.sentence}`,
  );
  return `${[...header, ...comments].join('\n')}\n${dump({ facts }, { lineWidth: -1, noRefs: true })}`;
}
