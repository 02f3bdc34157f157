/**
 * The example PR comment and job summary under docs/: the action's own renderer on the bundled
 * examples, as a pull request that drops a bottleneck from ResNet-50's last stage would see them
 * (RF 427 → 363, failing its min_rf 400). `npm run docs:examples` rewrites them;
 * test/docs-examples.test.ts fails when they drift from what the code renders.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCheck } from '../src/check/run.js';
import { renderMarkdown } from '../src/report/markdown.js';

const ROOT = resolve(import.meta.dirname, '..');
export const EXAMPLE_FILES = { comment: 'docs/example-comment.md', summary: 'docs/example-summary.md' } as const;

export async function renderExamples(): Promise<Record<keyof typeof EXAMPLE_FILES, string>> {
  const head = mkdtempSync(join(tmpdir(), 'rflint-docs-'));
  try {
    cpSync(join(ROOT, 'examples'), join(head, 'examples'), { recursive: true });
    const resnet = join(head, 'examples/resnet50.rf.yaml');
    const text = readFileSync(resnet, 'utf8');
    const dropped = text.replace('- { name: units, repeat: 2, block: *bottleneck }', '- { name: units, repeat: 1, block: *bottleneck }');
    if (dropped === text) throw new Error('examples/resnet50.rf.yaml changed: update scripts/render-examples.ts');
    writeFileSync(resnet, dropped);
    const settings = { patterns: ['examples'], explain: true } as const;
    const base = await runCheck({ ...settings, cwd: ROOT });
    const report = await runCheck({ ...settings, cwd: head });
    const options = {
      base,
      title: 'rflint',
      blobUrl: (path: string, line?: number) => `https://github.com/OWNER/REPO/blob/HEAD_SHA/${path}${line !== undefined ? `#L${line}` : ''}`,
    };
    return {
      comment: renderMarkdown(report, { ...options, marker: '<!-- rflint:. -->', truncatedHint: 'the full report is in the job summary of this check' }),
      summary: renderMarkdown(report, { ...options, truncatedHint: 'the full report is the JSON file of the step output `report`' }),
    };
  } finally {
    rmSync(head, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const rendered = await renderExamples();
  for (const [key, path] of Object.entries(EXAMPLE_FILES)) {
    writeFileSync(join(ROOT, path), rendered[key as keyof typeof EXAMPLE_FILES]);
    console.log(`wrote ${path}`);
  }
}
