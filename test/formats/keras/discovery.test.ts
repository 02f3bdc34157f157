/**
 * A folder search finds Keras files the way a user keeps them: `.keras` by name, model JSON and
 * `.h5` by content, skipping package.json, TF.js graph models and weights-only `.h5` files.
 */
import { copyFile, mkdir, mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../../src/check/run.js';

let cwd: string;
const FIXTURES = 'test/fixtures/keras';

beforeAll(async () => {
  cwd = await realpath(await mkdtemp(join(tmpdir(), 'rflint-keras-')));
  await mkdir(join(cwd, 'web/model'), { recursive: true });
  await mkdir(join(cwd, 'models'), { recursive: true });
  await copyFile(join(FIXTURES, 'keras3.keras'), join(cwd, 'models/net.keras'));
  await copyFile(join(FIXTURES, 'keras2.h5'), join(cwd, 'models/net.h5'));
  await copyFile(join(FIXTURES, 'weights-only.h5'), join(cwd, 'models/net.weights.h5'));
  await copyFile(join(FIXTURES, 'keras2-functional.json'), join(cwd, 'models/net.json'));
  const keras3 = JSON.parse(await readFile(join(FIXTURES, 'keras3-functional.json'), 'utf8')) as unknown;
  await writeFile(join(cwd, 'web/model/model.json'), JSON.stringify({ modelTopology: { keras_version: '2.2.4', model_config: keras3 }, weightsManifest: [] }));
  await writeFile(join(cwd, 'web/graph.json'), JSON.stringify({ format: 'graph-model', modelTopology: { node: [{ name: 'x', op: 'Placeholder' }] } }));
  await writeFile(join(cwd, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', config: { port: 8080 } }));
});

afterAll(() => rm(cwd, { recursive: true, force: true }));

describe('finding Keras files in a folder', () => {
  it('reads .keras, model JSON, TF.js layers models and Keras .h5; skips other JSON and weights-only .h5', async () => {
    const report = await runCheck({ cwd, patterns: [] });
    // The graph model is another loader's (formats/tfjs-graph), when there is one.
    expect(report.files.filter((f) => f.format !== 'tfjs').map((f) => [f.path, f.format, f.name])).toEqual([
      ['models/net.h5', 'keras', 'functional_k2'],
      ['models/net.json', 'keras', 'functional_k2'],
      ['models/net.keras', 'keras', 'functional_k3'],
      ['web/model/model.json', 'keras', 'functional_k3'],
    ]);
    expect(report.files.flatMap((f) => f.diagnostics).filter((d) => d.severity === 'error')).toEqual([]);
    expect(report.files.find((f) => f.path === 'web/model/model.json')!.outputs.map((o) => [o.name, o.rf])).toEqual([['mul', [43, 43]]]);
  });
});
