import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import type { z } from 'zod';
import { knowledgeKey, readCached, writeCached } from './cache.js';
import { findProblems } from './check.js';
import { describeIssue } from './issue-words.js';
import {
  type Fact,
  factFileSchema,
  helplinesFileSchema,
  type KnowledgeBase,
  sourcesFileSchema,
  worldChildrensDaySchema,
} from './schema.js';

export class KnowledgeError extends Error {
  constructor(readonly problems: string[]) {
    super(`The fact base has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
    this.name = 'KnowledgeError';
  }
}

function readYaml<T>(file: string, schema: z.ZodType<T>, problems: string[]): T | undefined {
  let data: unknown;
  try {
    // The core schema keeps dates as the strings curators wrote; js-yaml parses the base ~4x faster than
    // the yaml package, which is most of the cold start.
    data = load(readFileSync(file, 'utf8'), { schema: CORE_SCHEMA });
  } catch (error) {
    problems.push(`${file}: ${(error as Error).message}`);
    return undefined;
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(`${file}: ${describeIssue(data, issue)}`);
    return undefined;
  }
  return result.data;
}

/** Reads and validates every knowledge file; returns the problems instead of throwing. */
export function readKnowledge(dir: string): { knowledge?: KnowledgeBase; problems: string[] } {
  const problems: string[] = [];
  const facts: Fact[] = [];
  for (const path of knowledgeFiles(dir).filter((f) => dirname(f).endsWith('facts'))) {
    const file = readYaml(path, factFileSchema, problems);
    if (file) facts.push(...file.facts);
  }
  const sources = readYaml(join(dir, 'sources.yaml'), sourcesFileSchema, problems);
  const helplines = readYaml(join(dir, 'helplines.yaml'), helplinesFileSchema, problems);
  const wcd = readYaml(join(dir, 'world-childrens-day.yaml'), worldChildrensDaySchema, problems);
  if (!sources || !helplines || !wcd || problems.length > 0) return { problems };
  const knowledge: KnowledgeBase = {
    facts,
    sources: sources.sources,
    helplines: helplines.helplines,
    worldChildrensDay: wcd.post,
  };
  problems.push(...findProblems(knowledge));
  return problems.length > 0 ? { problems } : { knowledge, problems };
}

/** Every file the fact base is read from, in the order it is read. */
function knowledgeFiles(dir: string): string[] {
  const factsDir = join(dir, 'facts');
  const facts = readdirSync(factsDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => join(factsDir, f));
  return [
    ...facts,
    ...['sources.yaml', 'helplines.yaml', 'world-childrens-day.yaml'].map((f) => join(dir, f)),
  ];
}

/** The checked fact base; from the cache when neither its files nor the checks changed since last time. */
export function loadKnowledge(dir: string): KnowledgeBase {
  const key = knowledgeKey(knowledgeFiles(dir));
  const cached = readCached(key);
  if (cached) return cached;
  const { knowledge, problems } = readKnowledge(dir);
  if (!knowledge) throw new KnowledgeError(problems);
  writeCached(key, knowledge);
  return knowledge;
}
