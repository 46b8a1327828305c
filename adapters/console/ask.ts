#!/usr/bin/env node
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { BalaCore } from '../../src/core.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { langSchema } from '../../src/lang.js';
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

const USAGE =
  'usage: npm run --silent ask -- [--json] [--lang en|ru|kk] "question"\n       npm run --silent ask -- --jsonl < questions.txt';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      jsonl: { type: 'boolean', default: false },
      lang: { type: 'string', default: 'en' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
  });
  const lang = langSchema.safeParse(values.lang);
  if (values.help || !lang.success || (!values.jsonl && positionals.length === 0)) {
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const core = new BalaCore(loadKnowledge(process.env.KNOWLEDGE_DIR || defaultKnowledgeDir));
  if (values.jsonl) {
    for await (const line of createInterface({ input: process.stdin })) {
      process.stdout.write(`${JSON.stringify(replyJson(core.reply(line, lang.data)))}\n`);
    }
    return 0;
  }
  const reply = core.reply(positionals.join(' '), lang.data);
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
