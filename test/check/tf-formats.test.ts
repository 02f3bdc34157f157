/**
 * TensorFlow GraphDefs and TFLite models through the check layer as the CLI and the action run
 * it: found by a folder search, held to thresholds by rules (a named tensor, a stage end), the
 * classifier output global with the op that made it so.
 */
import { copyFile, mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRules } from '../../src/check/rules.js';
import { runCheck } from '../../src/check/run.js';
import { type ModelJson, graphDefOf, savedModelOf } from '../support/tf-protobuf.js';

let cwd: string;

beforeAll(async () => {
  cwd = await realpath(await mkdtemp(join(tmpdir(), 'rflint-tf-')));
  const doc = JSON.parse(readFileSync('test/fixtures/tfjs-graph/mobilenet.json', 'utf8')) as ModelJson;
  await mkdir(join(cwd, 'export/mnet/1'), { recursive: true });
  await mkdir(join(cwd, 'app/assets'), { recursive: true });
  await writeFile(join(cwd, 'export/mobilenet_frozen.pb'), graphDefOf(doc));
  await writeFile(join(cwd, 'export/mnet/1/saved_model.pb'), savedModelOf(doc));
  // A protobuf named .pb that is no GraphDef: skipped by the folder search, without a word.
  await writeFile(join(cwd, 'export/other.pb'), Uint8Array.from([0x08, 0x96, 0x01]));
  await copyFile('test/fixtures/tflite/mobilenet_v1.tflite', join(cwd, 'app/assets/mobilenet_v1.tflite'));
});
afterAll(() => rm(cwd, { recursive: true, force: true }));

describe('TensorFlow formats in a check', () => {
  it('a folder search finds the GraphDefs, the SavedModel and the TFLite model, and skips another .pb', async () => {
    const report = await runCheck({ cwd, patterns: ['.'] });
    expect(report.files.map((f) => [f.path, f.format])).toEqual([
      ['app/assets/mobilenet_v1.tflite', 'tflite'],
      ['export/mnet/1/saved_model.pb', 'tf-graphdef'],
      ['export/mobilenet_frozen.pb', 'tf-graphdef'],
    ]);
    expect(report.summary.errors).toBe(0);
    const tflite = report.files[0]!;
    expect(tflite.outputs.find((o) => o.name === 'Predictions')).toMatchObject({ global: true, rf: null, globalBy: { node: 'AvgPool', reason: 'MEAN over the spatial axes' } });
  });

  it('rules hold a named tensor and a stage end to a minimum, and fail what falls short', async () => {
    const rules = parseRules(`
- files: "**/*.tflite"
  stages: true
  outputs: "stride32"
  min_rf: 300
- files: "**/*.tflite"
  outputs: "Conv2d_12_pointwise"
  min_rf: 260
- files: "export/mnet/**"
  outputs: "heat"
  min_rf: 27
`, 'rules.yaml');
    expect(rules.diagnostics).toEqual([]);
    const report = await runCheck({ cwd, patterns: ['app', 'export/mnet'], rules: rules.rules });
    const byName = (path: string, name: string) => report.files.find((f) => f.path === path)!.outputs.find((o) => o.name === name)!;
    expect(byName('app/assets/mobilenet_v1.tflite', 'stride32')).toMatchObject({ rf: [315, 315], stride: [32, 32], status: 'pass' });
    expect(byName('app/assets/mobilenet_v1.tflite', 'Conv2d_12_pointwise')).toMatchObject({ rf: [251, 251], stride: [32, 32], status: 'fail' });
    expect(byName('export/mnet/1/saved_model.pb', 'heat')).toMatchObject({ rf: [27, 27], status: 'pass' });
  });
});
