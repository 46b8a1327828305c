import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';
import { dockerignore, execForm, parseDockerfile, stageEnv } from './dockerfile.js';
import { lintDockerfile } from './dockerfile-lint.js';

const DOCKERFILE = readFileSync(join(projectRoot, 'Dockerfile'), 'utf8');
const DOCKERIGNORE = readFileSync(join(projectRoot, '.dockerignore'), 'utf8');

/** Everything the rules forbid, once each. */
const BAD_DOCKERFILE = `FROM node:latest
RUN apt-get install curl
ADD https://example.invalid/tool.tar.gz /opt/
RUN npm install
CMD node dist/adapters/main.js
`;

describe('the Dockerfile lint', () => {
  it('passes the Dockerfile and .dockerignore in the repository', () => {
    expect(lintDockerfile(DOCKERFILE, DOCKERIGNORE)).toEqual([]);
  });

  it('reports each rule a bad Dockerfile breaks', () => {
    const problems = lintDockerfile(BAD_DOCKERFILE, 'node_modules\n').join('\n');

    expect(problems).toContain('FROM node:latest: pin a version, not latest');
    expect(problems).toContain('use a multi-stage build');
    expect(problems).toContain('runs as root: add USER');
    expect(problems).toContain('no HEALTHCHECK');
    expect(problems).toContain('does not set DATA_DIR');
    expect(problems).toContain('line 2: apt-get install without apt-get update');
    expect(problems).toContain('line 2: apt-get install without --no-install-recommends');
    expect(problems).toContain('line 2: apt-get install without -y');
    expect(problems).toContain('line 2: apt-get without rm -rf /var/lib/apt/lists/*');
    expect(problems).toContain('line 3: ADD of a URL');
    expect(problems).toContain('line 4: npm install: use npm ci');
    expect(problems).toContain('no npm ci');
    expect(problems).toContain('line 5: CMD in exec form');
    expect(problems).toContain('.dockerignore lets .git/HEAD into the build context');
    expect(problems).toContain('.dockerignore lets data/bala.db into the build context');
    expect(problems).toContain('.dockerignore lets .env into the build context');
  });

  it('reports syntax errors, untagged images, root users and a runtime stage that takes too much', () => {
    const problems = lintDockerfile(
      `FROM node AS build
RUN npm ci
FROM node:20-bookworm-slim
ENV DATA_DIR=/data
VOLUME /elsewhere
COPY --from=build /app /app
COPY src ./src
USER root
HEALTHCHECK CMD curl -f http://localhost:8080/
CMD ["node", "dist/adapters/serve.js"]
EXPOSE notaport
`,
      DOCKERIGNORE,
    ).join('\n');

    expect(problems).toContain('FROM node: pin a tag or digest');
    expect(problems).toContain('DATA_DIR=/data is not a VOLUME');
    expect(problems).toContain('the final stage copies /app (not runtime)');
    expect(problems).toContain('line 7: the final stage copies from the build stage only');
    expect(problems).toContain('line 8: USER root is root');
    expect(problems).toContain('line 9: HEALTHCHECK CMD in exec form');
    expect(problems).toMatch(/line 11: .*port/i);
  });

  it('runs the built service file the sources define, on the port HTTP_PORT names', () => {
    const final = parseDockerfile(DOCKERFILE).at(-1);
    const cmd = execForm(final?.steps.find((s) => s.keyword === 'CMD')?.args ?? '');
    const expose = final?.steps.find((s) => s.keyword === 'EXPOSE')?.args;

    expect(cmd?.[0]).toBe('node');
    const flags = (cmd ?? []).slice(1).filter((arg) => arg.startsWith('--'));
    const script = (cmd ?? []).slice(1).find((arg) => !arg.startsWith('--')) ?? '';
    // The image runs Node.js as `npm start` does, so the memory the bench measures is the image's too.
    const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
      scripts: { start: string };
    };
    expect(pkg.scripts.start).toBe(`node ${[...flags, 'scripts/start.mjs'].join(' ')}`);
    expect(script).toMatch(/^dist\/.+\.js$/);
    expect(existsSync(join(projectRoot, script.replace(/^dist\//, '').replace(/\.js$/, '.ts')))).toBe(true);
    expect(expose).toBe(final && stageEnv(final).HTTP_PORT);
  });
});

describe('.dockerignore matching', () => {
  const ignored = dockerignore('# comment\nnode_modules\n/dist/\n*.log\n**/*.tmp\ndocs/**\n!docs/keep.md\n');

  it('matches a path or any of its parent directories', () => {
    expect(ignored('node_modules')).toBe(true);
    expect(ignored('node_modules/zod/index.js')).toBe(true);
    expect(ignored('dist/adapters/main.js')).toBe(true);
    expect(ignored('src/node_modules.ts')).toBe(false);
  });

  it('keeps * within one directory and lets ** span many', () => {
    expect(ignored('debug.log')).toBe(true);
    expect(ignored('logs/debug.log')).toBe(false);
    expect(ignored('a/b/c.tmp')).toBe(true);
    expect(ignored('c.tmp')).toBe(true);
  });

  it('lets a later ! pattern bring a path back', () => {
    expect(ignored('docs/notes.md')).toBe(true);
    expect(ignored('docs/keep.md')).toBe(false);
  });
});
