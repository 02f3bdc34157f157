/**
 * `--format html` through the bundled CLI, as a user runs it: the page of the examples, the
 * explain command's page of one output, and a mistyped format. The page in a browser:
 * test/browser/html-report.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, buildCli, runCli } from './cli-bundle.js';

let cli: string;
let cleanup: () => void;
beforeAll(() => ({ cli, cleanup } = buildCli()), 120_000);
afterAll(() => cleanup());

const rflint = (...args: string[]) => runCli(cli, args, REPO);

function data(page: string): { outputs: { file: string; name: string; windows?: { period: number }[] }[] } {
  return JSON.parse(/<script type="application\/json" id="rflint-data">([^<]*)<\/script>/.exec(page)![1]!);
}

describe('rflint --format html', () => {
  it('writes one page with every example, its windows and its verdict (exit 1: the failing example)', async () => {
    const run = await rflint('examples/', '--format', 'html');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(run.stdout).toContain('<p class="summary">FAIL 8 files, 16 outputs: 15 passed, 1 failed; 0 errors, 0 warnings; smallest RF 19</p>');
    const outputs = data(run.stdout).outputs;
    expect(outputs.map((o) => `${o.file}: ${o.name}`)).toContain('examples/unet.rf.yaml: segmentation');
    expect(outputs.every((o) => o.windows !== undefined)).toBe(true);
    expect(outputs.find((o) => o.name === 'segmentation')!.windows![0]!.period).toBe(16);
    expect(Buffer.byteLength(run.stdout)).toBeLessThan(200_000);
  });

  it('rflint explain FILE OUTPUT --format html: the page of that output alone', async () => {
    const run = await rflint('explain', 'examples/unet.rf.yaml', 'segmentation', '--format', 'html');
    expect(run.code).toBe(0);
    expect(data(run.stdout).outputs.map((o) => o.name)).toEqual(['segmentation']);
    expect(run.stdout).toContain('How segmentation gets its RF, layer by layer');
  });

  it('a mistyped format is a usage error with the nearest name', async () => {
    const run = await rflint('examples/', '--format', 'htm');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--format must be one of text, json, markdown, sarif, html, got 'htm'; did you mean 'html'?");
  });
});
