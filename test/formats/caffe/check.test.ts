/** Caffe nets through the whole check: found in a folder among solvers, held by rules by blob name. */
import { copyFile, mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseRules } from '../../../src/check/rules.js';
import { runCheck } from '../../../src/check/run.js';

let cwd: string;

beforeEach(async () => {
  cwd = await realpath(await mkdtemp(join(tmpdir(), 'rflint-caffe-')));
  await mkdir(join(cwd, 'models'), { recursive: true });
  await copyFile('test/fixtures/caffe/legacy.prototxt', join(cwd, 'models/deploy.prototxt'));
  await writeFile(join(cwd, 'models/solver.prototxt'), 'net: "models/train_val.prototxt"\nbase_lr: 0.01\nlr_policy: "step"\nmax_iter: 450000\n');
});
afterEach(() => rm(cwd, { recursive: true, force: true }));

describe('Caffe nets in a check', () => {
  it('a folder search reads the net and skips the solver without a word', async () => {
    const report = await runCheck({ cwd, patterns: [] });
    expect(report.files.map((f) => [f.path, f.format, f.name])).toEqual([['models/deploy.prototxt', 'caffe', 'legacy\tnet']]);
    expect(report.files[0]!.outputs.map((o) => [o.name, o.global])).toEqual([['prob', true]]);
  });

  it('a rule holds any blob by name', async () => {
    const { rules } = parseRules('- files: "**/*.prototxt"\n  outputs: "pool2"\n  min_rf: 40\n', 'rules.yaml');
    const report = await runCheck({ cwd, patterns: [], rules });
    const pool2 = report.files[0]!.outputs.find((o) => o.name === 'pool2');
    expect(pool2).toMatchObject({ rf: [33, 33], stride: [8, 8], status: 'fail' });
  });
});
