import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The container image test (`npm run test:image`): a real podman build and run, minutes the first time,
 * so it stays out of `npm test` and .ci/run calls it on its own, after installing podman.
 */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/image/*.test.ts'],
    environment: 'node',
    testTimeout: 30 * 60_000,
    hookTimeout: 120_000,
  },
});
