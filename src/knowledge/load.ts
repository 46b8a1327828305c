import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import type { z } from 'zod';
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
  const factsDir = join(dir, 'facts');
  const facts: Fact[] = [];
  for (const name of readdirSync(factsDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const file = readYaml(join(factsDir, name), factFileSchema, problems);
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

export function loadKnowledge(dir: string): KnowledgeBase {
  const { knowledge, problems } = readKnowledge(dir);
  if (!knowledge) throw new KnowledgeError(problems);
  return knowledge;
}
