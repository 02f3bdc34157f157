/**
 * The per-position windows the HTML report draws (check/windows.ts): against the hand-derived
 * windows in the examples' comments (VGG-16's affine pool5, U-Net's upsampled output, whose box
 * changes with the phase), the ERF profile of the three-conv model, the report schema, and
 * their absence unless asked.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { OutputReport, OutputWindows } from '../../src/check/report.js';
import { runCheck } from '../../src/check/run.js';

const REPO = resolve(import.meta.dirname, '../..');

async function outputOf(file: string, name: string, windows = true): Promise<OutputReport> {
  const report = await runCheck({ cwd: REPO, patterns: [file], ...(windows ? { windows: true } : {}) });
  return report.files[0]!.outputs.find((o) => o.name === name)!;
}

/** Position u's window, read as the page reads it: lo[r] + m·step … hi[r] + m·step. */
function at(w: OutputWindows, u: number): [number, number] {
  const r = u % w.period;
  const m = (u - r) / w.period;
  return [w.lo[r]! + m * w.step, w.hi[r]! + m * w.step];
}

describe('output windows', () => {
  it('VGG-16 pool5: one phase, start −90, stride 32, RF 212, on a 224 input with 7 positions', async () => {
    const pool5 = await outputOf('examples/vgg16.rf.yaml', 'pool5');
    for (const w of pool5.windows!) {
      expect(w).toMatchObject({ period: 1, step: 32, lo: [-90], hi: [121], inputSize: 224, outputSize: 7 });
      for (let u = 0; u < 7; u++) expect(at(w, u)).toEqual([-90 + 32 * u, -90 + 32 * u + 212 - 1]);
    }
  });

  it('U-Net: 16 phases, [16⌊u/16⌋, 16⌊(u+12)/16⌋ + 187] for every one of the 388 positions (the example’s derivation)', async () => {
    const seg = await outputOf('examples/unet.rf.yaml', 'segmentation');
    const w = seg.windows![0]!;
    expect(w).toMatchObject({ period: 16, step: 16, inputSize: 572, outputSize: 388 });
    for (let u = 0; u < 388; u++) expect(at(w, u)).toEqual([16 * Math.floor(u / 16), 16 * Math.floor((u + 12) / 16) + 187]);
    // Each phase has its own ERF profile, inside its own window.
    expect(w.erf).toHaveLength(16);
    w.erf!.forEach((p, r) => {
      expect(p!.lo).toBeGreaterThanOrEqual(w.lo[r]!);
      expect(p!.lo + p!.weights.length - 1).toBeLessThanOrEqual(w.hi[r]!);
      expect(Math.max(...p!.weights)).toBe(1000);
    });
  });

  it('the ERF profile of three 3-tap convs is 1 3 6 7 6 3 1, per mille of its peak', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rflint-windows-'));
    try {
      await writeFile(
        join(dir, 'm.rf.yaml'),
        'rflint: 1\nname: erf\nlayers:\n  - { op: conv, kernel: 3, padding: 1 }\n  - { op: conv, kernel: 3, padding: 1 }\n  - { name: c3, op: conv, kernel: 3, padding: 1 }\noutputs:\n  - { name: out, layer: c3 }\n',
      );
      const report = await runCheck({ cwd: dir, patterns: ['m.rf.yaml'], windows: true });
      const w = report.files[0]!.outputs[0]!.windows![0]!;
      expect(w).toMatchObject({ period: 1, step: 1, lo: [-3], hi: [3] });
      expect(w.inputSize).toBeUndefined();
      expect(w.erf).toEqual([{ lo: -3, weights: [143, 429, 857, 1000, 857, 429, 143] }]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('absent unless asked', async () => {
    expect((await outputOf('examples/vgg16.rf.yaml', 'pool5', false)).windows).toBeUndefined();
  });

  it('the report schema accepts a report with windows', async () => {
    const report = await runCheck({ cwd: REPO, patterns: ['examples/'], windows: true, explain: true });
    const schema = JSON.parse(await readFile(join(REPO, 'schema/report.schema.json'), 'utf8'));
    const validate = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true }).compile(schema);
    expect(validate(JSON.parse(JSON.stringify(report))), JSON.stringify(validate.errors)).toBe(true);
  });
});
