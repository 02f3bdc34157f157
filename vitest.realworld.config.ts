import { defineConfig } from 'vitest/config';

// Checks against third-party files beside the repository (test/realworld/dir.ts): not part of
// `npm test`, which passes in a clone with nothing beside it.
export default defineConfig({
  test: {
    include: ['test/realworld/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
