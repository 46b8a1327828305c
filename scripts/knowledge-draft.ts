import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { draftFactFile } from '../src/knowledge/draft.js';

/** `npm run knowledge:draft -- <document.txt>`: prints a draft fact file for a curator to finish. */
const file = process.argv[2];
if (!file) {
  process.stderr.write(
    'usage: npm run --silent knowledge:draft -- <document.txt> > drafts/<document>.yaml  (not in knowledge/facts/ until finished)\n',
  );
  process.exitCode = 2;
} else {
  const id = basename(file, extname(file))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  process.stdout.write(draftFactFile(readFileSync(file, 'utf8'), id || 'document'));
}
