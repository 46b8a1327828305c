import { readKnowledge } from '../src/knowledge/load.js';
import { LANGS } from '../src/localized.js';
import { defaultKnowledgeDir } from '../src/paths.js';

/** `npm run knowledge:check [dir]`: validates the fact base; exits 1 and lists every problem if any. */
const dir = process.argv[2] ?? process.env.KNOWLEDGE_DIR ?? defaultKnowledgeDir;
const { knowledge, problems } = readKnowledge(dir);
if (!knowledge) {
  process.stderr.write(`knowledge:check found ${problems.length} problem(s) in ${dir}:\n`);
  for (const problem of problems) process.stderr.write(`- ${problem}\n`);
  process.exitCode = 1;
} else {
  const questions = LANGS.map(
    (lang) => `${lang} ${knowledge.facts.reduce((n, f) => n + (f.questions[lang]?.length ?? 0), 0)}`,
  );
  process.stdout.write(
    `knowledge:check ok: ${knowledge.facts.length} facts, questions ${questions.join(' / ')}, ${knowledge.helplines.length} helplines, ${knowledge.sources.length} sources\n`,
  );
}
