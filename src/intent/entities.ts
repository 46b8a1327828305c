import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { z } from 'zod';
import type { Fact } from '../knowledge/schema.js';
import { skeletonWords } from '../learn/skeleton.js';
import { LANGS } from '../localized.js';
import { modelsDir } from '../paths.js';

const placesFileSchema = z.object({
  places: z.object({ countries: z.array(z.string().min(3)), cities: z.array(z.string().min(3)) }),
});

let placePrefixes: readonly string[] | undefined;

function places(): readonly string[] {
  if (!placePrefixes) {
    const path = join(modelsDir, 'intent', 'places.yaml');
    const parsed = placesFileSchema.parse(yaml.load(readFileSync(path, 'utf8')));
    placePrefixes = [...parsed.places.countries, ...parsed.places.cities];
  }
  return placePrefixes;
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
export function entitiesFit(question: string, fact: Fact): boolean {
  const { words, years } = factWords(fact);
  for (const year of question.match(YEAR) ?? []) if (!years.has(year)) return false;
  const prefixes = places();
  for (const word of skeletonWords(question)) {
    if (word.length < 3 || words.has(word)) continue;
    if (prefixes.some((p) => word.startsWith(p))) return false;
  }
  return true;
}
