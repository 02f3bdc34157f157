/**
 * The test fixtures (test/fixtures/ultralytics/*.yaml, written for rflint) against the RF that
 * test/fixtures/gen/ultralytics_oracle.py measured by gradients in PyTorch, on networks it
 * builds from the same YAML with its own modules: an oracle that shares no code with rflint.
 * Every head must match exactly: rf, rfMin (they differ after nearest upsampling), stride, start.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Geometry, geometries, loadFixture } from './helpers.js';

interface MeasuredOutput extends Geometry {
  /** The input length per axis the oracle measured on. */
  readonly length: readonly number[];
}

const measured = JSON.parse(readFileSync('test/fixtures/ultralytics/measured.json', 'utf8')) as {
  versions: { torch: string };
  models: Record<string, { file: string; scale: string | null; attention: 'global' | 'pointwise'; outputs: Record<string, MeasuredOutput> }>;
};

function figures(outputs: Record<string, MeasuredOutput>): Record<string, Geometry> {
  return Object.fromEntries(Object.entries(outputs).map(([name, { length: _length, ...g }]) => [name, g]));
}

describe(`Ultralytics fixtures match RF measured by gradients (torch ${measured.versions.torch})`, () => {
  it('has a measurement of every fixture the tests name', () => {
    const files = new Set(Object.values(measured.models).map((m) => m.file));
    expect([...files].sort()).toEqual([
      'assorted.yaml',
      'classifier.yaml',
      'more-modules.yaml',
      'segmenter.yaml',
      'v11-like.yaml',
      'v3-tiny-like.yaml',
      'v5s-like.yaml',
      'v8-like.yaml',
      'yolov5-seg-like.yaml',
      'yolov7-like.yaml',
      'yolov7-stem.yaml',
      'yolov9-dseg-like.yaml',
      'yolov9-like.yaml',
      'yolov9-seg-like.yaml',
    ]);
  });

  it.each(Object.entries(measured.models))('%s', (_key, m) => {
    const model = loadFixture(m.file, { ...(m.scale ? { scale: m.scale } : {}), attentionPointwise: m.attention === 'pointwise' });
    expect(geometries(model)).toEqual(figures(m.outputs));
  });
});
