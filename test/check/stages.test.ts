/** Global outputs say which layer made them global; a classifier's stage ends can be checked. */
import { mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRules } from '../../src/check/rules.js';
import { runCheck } from '../../src/check/run.js';

let cwd: string;

// A classifier: stem 7/2 (RF 7 @2), pool 3/2 (11 @4), two 3×3 (19, 27 @4), conv 3/2 (35 @8),
// a 3×3 (51 @8), then global pool and dense: the only output is global.
const CLASSIFIER = `rflint: 1
name: classifier
layers:
  - { name: stem, op: conv, kernel: 7, stride: 2, padding: 3 }
  - { name: pool, op: maxpool, kernel: 3, stride: 2, padding: 1 }
  - { name: a, op: conv, kernel: 3, padding: 1 }
  - { name: b, op: conv, kernel: 3, padding: 1 }
  - { name: relu, op: relu }
  - { name: down, op: conv, kernel: 3, stride: 2, padding: 1 }
  - { name: c, op: conv, kernel: 3, padding: 1 }
  - { name: gap, op: global_pool }
  - { name: fc, op: dense }
outputs:
  - { name: logits, layer: fc }
`;

beforeAll(async () => {
  cwd = await realpath(await mkdtemp(join(tmpdir(), 'rflint-stages-')));
  await writeFile(join(cwd, 'classifier.rf.yaml'), CLASSIFIER);
  await writeFile(join(cwd, 'thresholded.rf.yaml'), CLASSIFIER.replace('{ name: logits, layer: fc }', '{ name: logits, layer: fc, min_rf: 100 }'));
});
afterAll(() => rm(cwd, { recursive: true, force: true }));

describe('global outputs and stage ends', () => {
  it('names the layer that made an output global', async () => {
    const report = await runCheck({ cwd, patterns: ['classifier.rf.yaml'] });
    const logits = report.files[0]!.outputs[0]!;
    expect(logits).toMatchObject({ name: 'logits', global: true, rf: null, globalBy: { node: 'gap', reason: 'global_pool' } });
  });

  it('says once that every output is global, and lists the stage ends with the rule that checks them', async () => {
    const report = await runCheck({ cwd, patterns: ['classifier.rf.yaml'] });
    expect(report.files[0]!.diagnostics).toEqual([
      {
        severity: 'warning',
        code: 'RF415',
        message:
          'every output is global (made global by `gap`, global_pool), so no RF threshold can say anything about this network; check its stage ends instead: ' +
          'stride2 `stem` RF 7×7; stride4 `relu` RF 27×27; stride8 `c` RF 51×51. ' +
          'Run with --stages, or add the rule `- { files: "classifier.rf.yaml", stages: true, outputs: "stride8", min_rf: 51 }`',
        line: 14,
        endLine: 14,
        endColumn: 32,
        column: 5,
      },
    ]);
  });

  it('warns when a threshold is set on a global output, naming the layer', async () => {
    const report = await runCheck({ cwd, patterns: ['thresholded.rf.yaml'] });
    expect(report.files[0]!.diagnostics.map((d) => [d.code, d.message])).toContainEqual([
      'RF414',
      'logits is global: `gap` (global_pool) sees the whole input, so an RF threshold on it says nothing; hold a tensor before it instead (`--stages` lists them)',
    ]);
  });

  it('checks the stage ends with --stages, by alias or by tensor name', async () => {
    const { rules } = parseRules('- { files: "classifier.rf.yaml", outputs: "stride8", min_rf: 60 }\n- { files: "classifier.rf.yaml", outputs: "relu", min_rf: 20 }\n', 'rules');
    const report = await runCheck({ cwd, patterns: ['classifier.rf.yaml'], rules, stages: true });
    const file = report.files[0]!;
    expect(file.diagnostics).toEqual([]);
    expect(file.outputs.map((o) => [o.name, o.tensor, o.rf, o.stride, o.status])).toEqual([
      ['logits', undefined, null, null, 'unchecked'],
      ['stride2', 'stem', [7, 7], [2, 2], 'unchecked'],
      ['stride4', 'relu', [27, 27], [4, 4], 'pass'],
      ['stride8', 'c', [51, 51], [8, 8], 'fail'],
    ]);
  });

  it('takes `stages: true` from a rule', async () => {
    const { rules } = parseRules('- { files: "classifier.rf.yaml", stages: true }\n', 'rules');
    const report = await runCheck({ cwd, patterns: ['classifier.rf.yaml'], rules });
    expect(report.files[0]!.outputs.map((o) => o.name)).toEqual(['logits', 'stride2', 'stride4', 'stride8']);
  });
});
