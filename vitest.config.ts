import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Minutes of podman build and run: `npm run test:image` (tests/image/vitest.config.ts).
    exclude: [...configDefaults.exclude, 'tests/image/**'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
