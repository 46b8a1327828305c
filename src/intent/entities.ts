import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { z } from 'zod';
import type { Fact } from '../knowledge/schema.js';
import { skeletonWords } from '../learn/skeleton.js';
import { LANGS } from '../localized.js';
import { modelsDir } from '../paths.js';

const placesFileSchema = z.object({
  places: z.object({
    countries: z.array(z.string().min(3)),
    cities: z.array(z.string().min(3)),
    /** Short names (США, АҚШ, USA) that would be too short as prefixes: they count as whole words only. */
    acronyms: z.array(z.string().min(2)).default([]),
  }),
});

interface Places {
  prefixes: readonly string[];
  words: ReadonlySet<string>;
}
let known: Places | undefined;

/** The file's names in the skeleton spelling questions are read in, however a curator typed them. */
function places(): Places {
  if (!known) {
    const path = join(modelsDir, 'intent', 'places.yaml');
    const { places } = placesFileSchema.parse(yaml.load(readFileSync(path, 'utf8')));
    const spelled = (names: readonly string[]) => names.map((name) => skeletonWords(name).join('-'));
    known = {
      prefixes: spelled([...places.countries, ...places.cities]),
      words: new Set(spelled(places.acronyms)),
    };
  }
  return known;
}

const YEAR = /\b(19\d\d|20\d\d)\b/g;

interface FactEntities {
  words: Set<string>;
  years: Set<string>;
}

/** Worked out once per fact: facts do not change while the bot runs, questions keep asking about them. */
const entitiesOfFact = new WeakMap<Fact, FactEntities>();

/** Everything a fact says, in every language: the places and years it speaks of are in here. */
function factWords(fact: Fact): FactEntities {
  const known = entitiesOfFact.get(fact);
  if (known) return known;
  const texts = LANGS.flatMap((lang) => [fact.answer[lang], fact.detail?.[lang]]).filter(
    (t): t is string => t !== undefined,
  );
  const years = new Set(texts.flatMap((t) => t.match(YEAR) ?? []));
  if (fact.year) years.add(String(fact.year));
  for (const f of fact.figures) if (f.unit === 'year') years.add(String(f.value));
  const entities = { words: new Set(texts.flatMap(skeletonWords)), years };
  entitiesOfFact.set(fact, entities);
  return entities;
}

/**
 * Whether the places and years a question names fit the fact: a question about another country, a city,
 * or a year the fact does not speak of is not answered by it, however close its words are.
 */
export function entitiesFit(question: string, fact: Fact, check = { places: true }): boolean {
  const { words, years } = factWords(fact);
  for (const year of question.match(YEAR) ?? []) if (!years.has(year)) return false;
  if (!check.places) return true;
  const { prefixes, words: acronyms } = places();
  for (const word of skeletonWords(question)) {
    if (words.has(word)) continue;
    if (acronyms.has(word)) return false;
    if (word.length >= 3 && prefixes.some((p) => word.startsWith(p))) return false;
  }
  return true;
}
