/**
 * 1-D convolutions and pools written as Unsqueeze → 2-D op → Squeeze (older PyTorch, tf2onnx):
 * the added axis holds no position, the op maps the one spatial axis. Before, RF205 blamed "a
 * Transpose upstream" that is not there.
 */
import { describe, expect, it } from 'vitest';
import { type Bytes, type NodeSpec, attrInts, model, valueInfo } from './encode.js';
import { loadBytes, rfOf, strides } from './helpers.js';

const net = (nodes: NodeSpec[]): Bytes => model({ opset: 11, graph: { name: 'tcn', nodes, inputs: [valueInfo('x', [1, 4, 64])], outputs: [valueInfo('y')] } });
const unsqueeze = (input: string, output: string, axis: number): NodeSpec => ({ op: 'Unsqueeze', inputs: [input], outputs: [output], name: output, attrs: [attrInts('axes', [axis])] });
const squeeze = (input: string, output: string, axis: number): NodeSpec => ({ op: 'Squeeze', inputs: [input], outputs: [output], name: output, attrs: [attrInts('axes', [axis])] });

describe('Unsqueeze → 2-D op → Squeeze', () => {
  it.each([2, 3])('the unit axis at dim %i: a 1-D conv (dilated) and a 1-D max pool, exact', async (axis) => {
    const k = (n: number) => (axis === 2 ? [1, n] : [n, 1]);
    const pads = (p: number) => (axis === 2 ? [0, p, 0, p] : [p, 0, p, 0]);
    const nodes: NodeSpec[] = [
      unsqueeze('x', 'u', axis),
      { op: 'Conv', inputs: ['u', 'w'], outputs: ['c'], name: 'c', attrs: [attrInts('kernel_shape', k(3)), attrInts('pads', pads(2)), attrInts('dilations', k(2))] },
      { op: 'MaxPool', inputs: ['c'], outputs: ['p'], name: 'p', attrs: [attrInts('kernel_shape', k(2)), attrInts('strides', k(2))] },
      squeeze('p', 'y', axis),
    ];
    const result = await loadBytes(net(nodes));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const t = rfOf(result.model!, 'y');
    // A 3-tap conv dilated 2 (5 wide), then a 2/2 max pool: 5 + 2 − 1 = 6, stride 2, start −2.
    expect([t.rf, strides(t), t.start, t.size]).toEqual([[6], ['2'], [-2], [32]]);
  });

  it('a window wider than 1 on the unit axis is refused, saying so', async () => {
    const nodes: NodeSpec[] = [unsqueeze('x', 'u', 2), { op: 'Conv', inputs: ['u', 'w'], outputs: ['c'], name: 'c', attrs: [attrInts('kernel_shape', [3, 3]), attrInts('pads', [1, 1, 1, 1])] }, squeeze('c', 'y', 2)];
    const result = await loadBytes(net(nodes));
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['RF205', 'node "c" (Conv): runs on dim 2, which holds no spatial axis (such as the size-1 axis an Unsqueeze adds for a 1-D op), with a kernel of 3 and pads 1, 1; rflint maps a window there only when it is 1 wide and unpadded'],
    ]);
  });
});
