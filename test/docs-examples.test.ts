/** The example comment and summary under docs/ are what the code renders (`npm run docs:examples` rewrites them). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_FILES, renderExamples } from '../scripts/render-examples.js';

describe('docs/example-comment.md and docs/example-summary.md', () => {
  it('match what the renderer makes of the examples; run `npm run docs:examples` after changing it', async () => {
    const rendered = await renderExamples();
    for (const [key, path] of Object.entries(EXAMPLE_FILES)) {
      expect(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'), path).toBe(rendered[key as keyof typeof EXAMPLE_FILES]);
    }
    expect(rendered.comment).toContain('RF 427×427 → 363×363');
    expect(rendered.comment).toContain('xychart-beta');
    expect(rendered.comment).toContain('<details>');
  });
});
