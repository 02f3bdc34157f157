import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [
    {
      // GitHub's workflow parser (a devDependency the metadata tests load) ships source maps that
      // point at sources it does not publish; loaded without them, Vite has nothing to warn about.
      name: 'workflow-parser-without-source-maps',
      load(id) {
        if (!id.includes('/@actions/workflow-parser/') || !id.endsWith('.js')) return null;
        return readFileSync(id, 'utf8').replace(/^\/\/# sourceMappingURL=.*$/m, '');
      },
    },
  ],
  test: {
    include: ['test/**/*.test.ts'],
    // Third-party files beside the repository: `npm run test:realworld`.
    exclude: ['test/realworld/**', '**/node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The workflow parser imports its JSON schemas without an import attribute, which Node
    // refuses; inlined, Vite transforms those imports.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
