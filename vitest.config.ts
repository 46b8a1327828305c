import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Minutes of npm ci and native builds: `npm run test:docker` (tests/ops/vitest.docker.config.ts).
    exclude: [...configDefaults.exclude, 'tests/ops/docker-replay.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
