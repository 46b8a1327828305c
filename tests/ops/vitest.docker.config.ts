import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The Dockerfile replay (`npm run test:docker`): minutes of npm ci, a native compile and a TypeScript build,
 * so it stays out of `npm test` and .ci/run calls it on its own.
 */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/ops/docker-replay.test.ts'],
    environment: 'node',
    testTimeout: 20 * 60_000,
    hookTimeout: 60_000,
  },
});
