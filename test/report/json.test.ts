import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/report/json.js';
import { SAMPLE } from './sample-report.js';

describe('renderJson', () => {
  it('round-trips the report', () => {
    expect(JSON.parse(renderJson(SAMPLE))).toEqual(SAMPLE);
  });

  it('orders keys as the contract, whatever order the objects were built in', () => {
    const shuffled = JSON.parse(JSON.stringify(SAMPLE), (_key, value) =>
      value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
    );
    expect(renderJson(shuffled)).toBe(renderJson(SAMPLE));
    const text = renderJson(shuffled);
    expect(Object.keys(JSON.parse(text))).toEqual(['version', 'files', 'diagnostics', 'summary']);
    expect(Object.keys(JSON.parse(text).files[0].outputs[0])).toEqual(['name', 'rf', 'rfMin', 'stride', 'start', 'center', 'global', 'aligned', 'outputSize', 'coverage', 'thresholds', 'status', 'line', 'column']);
  });

  it('keeps what a loader assumed, why an output is global, and a stage end\'s tensor', () => {
    const file = SAMPLE.files[0]!;
    const out = file.outputs[0]!;
    const report = {
      ...SAMPLE,
      files: [
        {
          ...file,
          assumptions: ['scale n (the first in `scales:`)'],
          outputs: [
            { ...out, name: 'logits', rf: null, rfMin: null, stride: null, global: true, globalBy: { node: '/avgpool/GlobalAveragePool', reason: 'GlobalAveragePool' } },
            { ...out, name: 'stride32', tensor: '/layer4/layer4.1/relu_1/Relu_output_0' },
          ],
        },
      ],
    };
    const parsed = JSON.parse(renderJson(report));
    expect(parsed.files[0].assumptions).toEqual(['scale n (the first in `scales:`)']);
    expect(parsed.files[0].outputs[0].globalBy).toEqual({ node: '/avgpool/GlobalAveragePool', reason: 'GlobalAveragePool' });
    expect(Object.keys(parsed.files[0].outputs[1]).slice(0, 2)).toEqual(['name', 'tensor']);
  });

  it('keeps per-axis arrays on one line', () => {
    const text = renderJson(SAMPLE);
    expect(text).toContain('"rf": [427, 427],');
    expect(text).toContain('"strideExact": ["1/2", "1/3"],');
    expect(text).toContain('"start": [-100, null],');
    expect(text.endsWith('}\n')).toBe(true);
  });
});
