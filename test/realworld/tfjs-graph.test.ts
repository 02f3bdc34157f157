/**
 * The real TF.js graph model beside the repository (../shared/fixtures/realworld/tfjs-graph:
 * nsfwjs' MobileNetV2, see SOURCES.md there) through the loader and the engine, against the
 * nodes test/fixtures/gen/tfjs_graph_oracle.py measured by gradients in PyTorch
 * (test/realworld/tfjs-graph.measured.json: numbers only; the file is never copied here).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/formats/model.js';
import { tfjsGraphLoader } from '../../src/formats/tfjs-graph/index.js';
import { type Figures, figures, fileSource, loadFile, rfOf } from '../formats/tfjs-graph/helpers.js';
import { REALWORLD } from './dir.js';

const DIR = join(REALWORLD, 'tfjs-graph');

const measured = JSON.parse(readFileSync(new URL('./tfjs-graph.measured.json', import.meta.url), 'utf8')) as {
  models: Record<string, { file: string; inputSize: readonly number[]; nodes: Record<string, Figures> }>;
};

describe('real TF.js graph models', () => {
  const folders = readdirSync(DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

  it('measured every model, and the loader recognises each by its content', async () => {
    expect(folders).toEqual(Object.keys(measured.models).sort());
    for (const folder of folders) {
      const source = await fileSource(join(DIR, folder, 'model.json'));
      expect(tfjsGraphLoader.matches(source.path, await source.read(0, 4096)), folder).toBe(true);
    }
  });

  for (const [name, expected] of Object.entries(measured.models)) {
    it(`${name}: loads with no diagnostic; every node measured equals the gradient-measured RF`, async () => {
      const path = join(DIR, expected.file);
      const result = await tfjsGraphLoader.load(await fileSource(path), { limits: DEFAULT_LIMITS });
      expect(result.diagnostics).toEqual([]);
      const model = await loadFile(path);
      expect(model.inputSize).toEqual(expected.inputSize);
      for (const [node, m] of Object.entries(expected.nodes)) {
        const got = figures(rfOf(model, node));
        expect(m.global ? { global: got.global } : got, `${name} ${node}`).toEqual(m.global ? { global: true } : m);
      }
    });
  }

  it('MobileNetV2: the last conv sees 491 pixels at stride 32, the published figure (Araujo et al., Distill 2019)', () => {
    const nodes = measured.models['nsfwjs-mobilenet_v2_mid']!.nodes;
    const last = Object.entries(nodes).find(([name]) => name.endsWith('/MobilenetV2/Conv_1/Relu6'))![1];
    expect([last.rf, last.stride]).toEqual([491, 32]);
  });
});
