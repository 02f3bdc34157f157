/** The ONNX op table: one record per op, and the records complete enough that nothing drifts. */
import { describe, expect, it } from 'vitest';
import { ONNX_OPS, evaluate, inferShapes } from '../../../src/formats/onnx/op-table.js';
import type { OnnxNode } from '../../../src/formats/onnx/proto.js';

const node = (opType: string, inputs = ['x'], outputs = ['y']): OnnxNode => ({ opType, name: opType, domain: '', inputs, outputs, attributes: new Map() }) as unknown as OnnxNode;

describe('the ONNX op table', () => {
  it('every op mapped on the data path has a shape rule, so the shapes after it stay known', () => {
    const missing = [...ONNX_OPS].filter(([, record]) => record.geometry && !record.shape).map(([name]) => name);
    expect(missing).toEqual([]);
  });

  it('every op that merges data-path inputs also maps one (a merge whose other inputs are constants)', () => {
    const missing = [...ONNX_OPS].filter(([, record]) => record.merges && !record.geometry).map(([name]) => name);
    expect(missing).toEqual([]);
  });

  it('every op has something: geometry, a shape rule or a fold', () => {
    expect([...ONNX_OPS].filter(([, r]) => !r.geometry && !r.shape && !r.fold).map(([name]) => name)).toEqual([]);
  });

  // These five were mapped as pointwise but had no shape rule: a Reshape after them lost its sizes.
  it.each(['Affine', 'BitwiseNot', 'ImageScaler', 'Scale', 'ScaledTanh'])('%s keeps its input shape', (op) => {
    const shape = [1, 8, 14, 14];
    expect(inferShapes(node(op), { shape: () => shape, values: () => undefined, opset: 13 })).toEqual([shape]);
  });

  it('an op it does not know has unknown shapes and no value', () => {
    expect(inferShapes(node('Frob', ['x'], ['a', 'b']), { shape: () => [1, 2], values: () => undefined, opset: 13 })).toEqual([undefined, undefined]);
    expect(evaluate(node('Frob'), { input: () => ({ dims: [1], values: [1] }), shape: () => [1], opset: 13 })).toBeUndefined();
  });

  it('folds elementwise arithmetic as the spec says: integer division truncates, Mod takes the divisor\'s sign', () => {
    const ints = (values: number[]) => ({ dims: [values.length], values, int: true });
    const two = (op: string, x: number[], y: number[]) => evaluate(node(op, ['a', 'b']), { input: (i) => (i === 0 ? ints(x) : ints(y)), shape: () => undefined, opset: 13 })?.[0]?.values;
    expect(two('Div', [7, -7], [2, 2])).toEqual([3, -3]);
    expect(two('Mod', [7, -7], [3, 3])).toEqual([1, 2]);
    expect(two('Equal', [1, 2], [1, 3])).toEqual([1, 0]);
  });
});
