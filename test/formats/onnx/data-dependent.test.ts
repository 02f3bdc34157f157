/**
 * Operators whose taps another input chooses at run time (GridSample's grid, DeformConv's
 * offsets, MaxUnpool's indices, RoiAlign's boxes): RF204 suggests only what is true, global.
 */
import { describe, expect, it } from 'vitest';
import { type Bytes, type NodeSpec, attrInts, model, valueInfo } from './encode.js';
import { loadBytes, rfOf } from './helpers.js';

const X = valueInfo('x', [1, 3, 32, 32]);
const side = valueInfo('side', [1, 32, 32, 2]);
const net = (nodes: NodeSpec[]): Bytes => model({ graph: { name: 'net', nodes, inputs: [X, side], outputs: [valueInfo('y')] } });
const conv: NodeSpec = { op: 'Conv', inputs: ['x', 'w'], outputs: ['c'], name: 'c', attrs: [attrInts('kernel_shape', [3, 3])] };

describe('RF204 for data-dependent sampling', () => {
  it.each([
    ['GridSample', 'its sampling grid (another input) gives'],
    ['DeformConv', 'its offsets (another input) shift its kernel to'],
    ['MaxUnpool', 'its indices (another input) give'],
    ['RoiAlign', 'its regions of interest (another input) give'],
  ])('%s: global, with the reason; no pointwise', async (op, reason) => {
    const nodes: NodeSpec[] = [conv, { op, inputs: ['c', 'side'], outputs: ['y'], name: 's' }];
    const result = await loadBytes(net(nodes));
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['RF204', `node "s" (${op}): ${op} reads the positions ${reason}, at run time: any output position may read any input position; say so with --assume ${op}=global (or \`assume\` in rules)`],
    ]);
    const assumed = await loadBytes(net(nodes), { assume: new Map([[op, 'global']]) });
    expect(rfOf(assumed.model!, 'y').global).toBe(true);
  });

  it('another unknown operator still gets both ways out', async () => {
    const result = await loadBytes(net([conv, { op: 'FancyBlur', inputs: ['c'], outputs: ['y'], name: 's' }]));
    expect(result.diagnostics[0]!.message).toContain('--assume FancyBlur=pointwise or FancyBlur=global');
  });
});
