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

  it('keeps per-axis arrays on one line', () => {
    const text = renderJson(SAMPLE);
    expect(text).toContain('"rf": [427, 427],');
    expect(text).toContain('"strideExact": ["1/2", "1/3"],');
    expect(text).toContain('"start": [-100, null],');
    expect(text.endsWith('}\n')).toBe(true);
  });
});
