import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, found the same way from `src/` (tests) and from `dist/src/` (built). */
function findProjectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above the Bala sources');
    dir = parent;
  }
  return dir;
}

export const projectRoot = findProjectRoot();
export const defaultKnowledgeDir = join(projectRoot, 'knowledge');
/** Learned models, their training data and the safeguarding rules: never taken from KNOWLEDGE_DIR. */
export const modelsDir = join(projectRoot, 'models');
