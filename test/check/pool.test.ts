/**
 * The worker pool (src/check/pool.ts) with real worker threads running the built CLI bundle,
 * as `rflint --jobs N` runs them: the same report as one thread, files really checked by the
 * workers, and a worker that cannot start or quits early costs nothing but time.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRules } from '../../src/check/rules.js';
import { runCheck } from '../../src/check/run.js';
import { type PoolStats, checkInWorkers } from '../../src/check/pool.js';
import { type FileContext, checkFile } from '../../src/check/check-file.js';
import { DEFAULT_LIMITS } from '../../src/formats/model.js';
import { cliWorkspace } from '../cli/cli-bundle.js';

const ws = cliWorkspace('rflint-pool-');

const model = (i: number) => `rflint: 1
name: m${i}
input: { size: [64, 64] }
layers:
  - { name: stem, op: conv, kernel: ${3 + 2 * (i % 3)}, stride: 2, padding: 1 }
  - name: stage
    repeat: ${1 + (i % 4)}
    block:
      - { name: a, op: conv, kernel: 3, padding: 1 }
      - { name: add, op: add, inputs: [a, ^] }
outputs:
  - { layer: stage, min_rf: ${10 + (i % 20)} }
`;

/** 90 files: models passing and failing, broken ones, and YAML no loader reads (not ours). */
async function workspace(): Promise<string[]> {
  const files: Record<string, string> = {};
  for (let i = 0; i < 80; i++) files[`group${i % 7}/m${i}.rf.yaml`] = model(i);
  for (let i = 0; i < 5; i++) files[`broken/b${i}.rf.yaml`] = `rflint: 1\nlayers:\n  - { op: conv, kernel: [${i}\n`;
  for (let i = 0; i < 5; i++) files[`other/workflow${i}.yaml`] = `on: push\njobs: {}\n`;
  await ws.write(files);
  return Object.keys(files).sort();
}

const RULES = parseRules(`- files: 'group1/**'\n  min_rf: 15\n- files: 'group2/**'\n  ignore: [RF020]\n`, 'rules.yaml');

function context(): FileContext {
  return { cwd: ws.cwd, rules: RULES.rules, load: { limits: DEFAULT_LIMITS }, check: {}, ignore: [] };
}

describe('worker pool', () => {
  it('gives the report one thread gives, and the workers did check files', async () => {
    await workspace();
    const one = await runCheck({ cwd: ws.cwd, patterns: [], rules: RULES.rules });
    const many = await runCheck({ cwd: ws.cwd, patterns: [], rules: RULES.rules, workers: { entry: ws.cli, jobs: 3, minFiles: 1 } });
    expect(many).toEqual(one);
    expect(one.files.length).toBe(85); // the 5 workflows are not ours
    expect(one.summary.failed).toBeGreaterThan(0);

    const paths = (await workspace()).map((path) => ({ path, optional: true }));
    const stats: PoolStats = { main: 0, workers: 0 };
    const outcomes = await checkInWorkers(paths, context(), { entry: ws.cli, jobs: 3, minFiles: 1 }, stats);
    expect(stats.workers).toBeGreaterThan(0);
    expect(stats.main + stats.workers).toBe(paths.length);
    const alone = await Promise.all(paths.map(({ path, optional }) => checkFile(path, optional, context())));
    expect(outcomes).toEqual(alone);
  }, 60_000);

  it('rflint --jobs 3 prints what --jobs 1 prints, in every format', async () => {
    await workspace();
    await writeFile(join(ws.cwd, 'rules.yaml'), `- files: 'group1/**'\n  min_rf: 15\n`);
    for (const format of ['json', 'text', 'sarif']) {
      const one = await ws.rflint('--format', format, '--rules', 'rules.yaml', '--jobs', '1');
      const three = await ws.rflint('--format', format, '--rules', 'rules.yaml', '--jobs', '3');
      expect(three).toEqual(one);
      expect(one.code).toBe(1);
    }
  }, 60_000);

  it('a worker that cannot start, or quits without answering, hands its files back to the main thread', async () => {
    const paths = (await workspace()).map((path) => ({ path, optional: true }));
    const alone = await Promise.all(paths.map(({ path, optional }) => checkFile(path, optional, context())));
    const quitter = join(ws.cwd, 'quit.mjs');
    await writeFile(quitter, 'process.exit(3);\n');
    for (const entry of [join(ws.cwd, 'no-such-entry.js'), quitter]) {
      const stats: PoolStats = { main: 0, workers: 0 };
      expect(await checkInWorkers(paths, context(), { entry, jobs: 3, minFiles: 1 }, stats)).toEqual(alone);
      expect(stats).toEqual({ main: paths.length, workers: 0 });
    }
  }, 60_000);
});
