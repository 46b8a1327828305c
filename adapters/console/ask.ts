#!/usr/bin/env node
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { BalaCore } from '../../src/core.js';
import { chooseLanguage } from '../../src/detect-language.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { type Lang, langSchema } from '../../src/localized.js';
import { defaultKnowledgeDir } from '../../src/paths.js';
import type { Reply } from '../../src/reply.js';
import { renderForConsole } from './render.js';

/** The machine-readable form of a reply: what scripts and the benchmark read. */
export function replyJson(reply: Reply): Record<string, unknown> {
  return {
    kind: reply.kind,
    text: reply.text,
    ...(reply.fact
      ? { factId: reply.fact.id, source: `${reply.fact.source.title}, ${reply.fact.source.location}` }
      : {}),
    ...(reply.score !== undefined ? { score: reply.score } : {}),
    lang: reply.lang,
    ...(reply.suggestions ? { suggestions: reply.suggestions } : {}),
  };
}

const USAGE = [
  'usage: npm run --silent ask -- [--json] [--lang en|ru|kk] "question"',
  '       npm run --silent ask -- --jsonl [--lang en|ru|kk] < questions.txt',
  'Without --lang each question is answered in its own language (Kazakh letters or words: kk, other',
  'Cyrillic: ru, else en; no letters at all: DEFAULT_LANGUAGE); the JSON "lang" says which was used.',
].join('\n');

/** `--lang` when given, or undefined; null when it names a language Bala does not speak. */
function explicitLanguage(flag: string | undefined): Lang | undefined | null {
  if (flag === undefined) return undefined;
  const lang = langSchema.safeParse(flag.toLowerCase());
  return lang.success ? lang.data : null;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      jsonl: { type: 'boolean', default: false },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
  });
  const explicit = explicitLanguage(values.lang);
  if (values.help || explicit === null || (!values.jsonl && positionals.length === 0)) {
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const fallback = langSchema.safeParse(process.env.DEFAULT_LANGUAGE || 'en');
  if (!fallback.success) {
    process.stderr.write('DEFAULT_LANGUAGE must be en, ru or kk\n');
    return 2;
  }
  const core = new BalaCore(loadKnowledge(process.env.KNOWLEDGE_DIR || defaultKnowledgeDir));
  const answer = (question: string) =>
    core.reply(question, chooseLanguage({ explicit, text: question, fallback: fallback.data }));
  if (values.jsonl) {
    for await (const line of createInterface({ input: process.stdin })) {
      process.stdout.write(`${JSON.stringify(replyJson(answer(line)))}\n`);
    }
    return 0;
  }
  const reply = answer(positionals.join(' '));
  process.stdout.write(
    values.json ? `${JSON.stringify(replyJson(reply))}\n` : `${renderForConsole(reply, false)}\n`,
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`ask failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
