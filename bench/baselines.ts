import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { KnowledgeBase } from '../src/knowledge/schema.js';
import { type Lang, pick } from '../src/localized.js';
import type { Judge, Responder } from './quality.js';

interface Sentence {
  id: number;
  paragraph: number;
  text: string;
}

/** The document cut into sentences, each with the paragraph it stands in (non-empty lines from 1). */
export function sentencesOf(document: string): Sentence[] {
  const sentences: Sentence[] = [];
  document
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .forEach((paragraph, index) => {
      for (const text of paragraph.split(/(?<=[.!?;])\s+/)) {
        if (text.trim() !== '')
          sentences.push({ id: sentences.length, paragraph: index + 1, text: text.trim() });
      }
    });
  return sentences;
}

/**
 * A baseline finds a sentence, not a fact. It is counted right when the sentence stands in a paragraph the
 * expected fact was written from: generous, since one paragraph can hold several facts.
 */
export function paragraphJudge(knowledge: KnowledgeBase): Judge {
  return (reply, expected) => {
    const fact = knowledge.facts.find((f) => f.id === expected);
    return reply.paragraph !== undefined && (fact?.source.paragraphs ?? []).includes(reply.paragraph);
  };
}

function responderOver(find: (q: string) => Sentence | undefined): Responder {
  return (question) => {
    const sentence = find(question);
    return sentence ? { kind: 'answer', paragraph: sentence.paragraph } : { kind: 'no_match' };
  };
}

export function plainFuseBaseline(document: string): Responder {
  const sentences = sentencesOf(document);
  const fuse = new Fuse(sentences, { keys: ['text'], includeScore: true });
  return responderOver((q) => fuse.search(q, { limit: 1 })[0]?.item);
}

export function miniSearchBaseline(document: string): Responder {
  const sentences = sentencesOf(document);
  const index = new MiniSearch<Sentence>({ fields: ['text'], storeFields: ['paragraph', 'text'] });
  index.addAll(sentences);
  return responderOver((q) => {
    const hit = index.search(q, { fuzzy: 0.2, prefix: true })[0];
    return hit ? sentences[hit.id as number] : undefined;
  });
}

interface Answer {
  id: number;
  factId: string;
  text: string;
}

/** Each fact's answer in one language, for languages the source document was not written in. */
function answersOf(knowledge: KnowledgeBase, lang: Lang): Answer[] {
  return knowledge.facts.map((fact, id) => ({ id, factId: fact.id, text: pick(fact.answer, lang) }));
}

function factResponder(find: (q: string) => Answer | undefined): Responder {
  return (question) => {
    const answer = find(question);
    return answer ? { kind: 'answer', factId: answer.factId } : { kind: 'no_match' };
  };
}

export function plainFuseOverAnswers(knowledge: KnowledgeBase, lang: Lang): Responder {
  const fuse = new Fuse(answersOf(knowledge, lang), { keys: ['text'], includeScore: true });
  return factResponder((q) => fuse.search(q, { limit: 1 })[0]?.item);
}

export function miniSearchOverAnswers(knowledge: KnowledgeBase, lang: Lang): Responder {
  const answers = answersOf(knowledge, lang);
  const index = new MiniSearch<Answer>({ fields: ['text'] });
  index.addAll(answers);
  return factResponder((q) => {
    const hit = index.search(q, { fuzzy: 0.2, prefix: true })[0];
    return hit ? answers[hit.id as number] : undefined;
  });
}
