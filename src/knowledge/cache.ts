import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot } from '../paths.js';
import { FactIndex } from '../search/fact-index.js';
import { primeContentTerms, recordContentTerms } from '../text/normalize.js';
import type { KnowledgeBase } from './schema.js';

/**
 * A fact base that passed every check, saved as JSON under a hash of its files and of the code that checks
 * them: parsing YAML and validating three hundred kilobytes of it is a third of a cold start, and neither
 * can change the result while both inputs stay the same. Any failure to read or write the cache only
 * means the files are read and checked again.
 */
const CACHE_DIR = join(projectRoot, 'dist', '.knowledge-cache');
const KEEP = 8;

/** The code that decides what a valid fact base is and how its words fold: this folder and src/text. */
function checkingCode(): string[] {
  const here = dirname(fileURLToPath(import.meta.url));
  const modules = (dir: string) =>
    readdirSync(dir)
      .filter((f) => /\.(js|ts)$/.test(f))
      .sort()
      .map((f) => join(dir, f));
  const src = dirname(here);
  return [
    ...modules(here),
    ...modules(join(src, 'text')),
    join(src, 'localized.js'),
    join(src, 'localized.ts'),
  ];
}

function readIfThere(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

export function knowledgeKey(files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of [...files, ...checkingCode()]) {
    hash.update(`${file.startsWith(projectRoot) ? file.slice(projectRoot.length) : file}\n`);
    hash.update(readIfThere(file));
    hash.update('\n');
  }
  return hash.digest('hex').slice(0, 32);
}

interface Cached {
  knowledge: KnowledgeBase;
  /** The fact base's words as the search index folds them (see `recordContentTerms`). */
  terms: Record<string, string[]>;
}

export function readCached(key: string): KnowledgeBase | undefined {
  try {
    const cached = JSON.parse(readFileSync(join(CACHE_DIR, `${key}.json`), 'utf8')) as Cached;
    primeContentTerms(cached.terms);
    return cached.knowledge;
  } catch {
    return undefined;
  }
}

export function writeCached(key: string, knowledge: KnowledgeBase): void {
  try {
    // Building an index here only records the folded words; the bot builds its own from the primed ones.
    const terms = recordContentTerms(() => new FactIndex(knowledge.facts));
    const cached: Cached = { knowledge, terms };
    mkdirSync(CACHE_DIR, { recursive: true });
    const path = join(CACHE_DIR, `${key}.json`);
    // Written aside and renamed, so a second process never reads half a file.
    writeFileSync(`${path}.${process.pid}`, JSON.stringify(cached));
    renameSync(`${path}.${process.pid}`, path);
    const entries = readdirSync(CACHE_DIR)
      .map((name) => ({ name, time: statSync(join(CACHE_DIR, name)).mtimeMs }))
      .sort((a, b) => b.time - a.time);
    for (const old of entries.slice(KEEP)) rmSync(join(CACHE_DIR, old.name), { force: true });
  } catch {
    // A read-only install (the image runs as an unprivileged user) simply checks the files every start.
  }
}
