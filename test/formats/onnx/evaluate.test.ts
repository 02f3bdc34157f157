/** The constant evaluator, op by op, against values worked out from the ONNX operator spec. */
import { describe, expect, it } from 'vitest';
import type { ConstTensor } from '../../../src/formats/onnx/evaluate.js';
import { evaluate } from '../../../src/formats/onnx/op-table.js';
import type { Attribute, OnnxNode } from '../../../src/formats/onnx/proto.js';

type Attrs = Record<string, Omit<Attribute, 'name'>>;

function run(opType: string, inputs: (ConstTensor | undefined)[], attrs: Attrs = {}, opset = 17, shapes: (number[] | undefined)[] = [], outputs = 1) {
  const node: OnnxNode = {
    name: opType,
    opType,
    domain: '',
    overload: '',
    inputs: inputs.map((t, i) => (t === undefined && shapes[i] === undefined ? '' : `in${i}`)),
    outputs: Array.from({ length: outputs }, (_, k) => `out${k}`),
    attributes: new Map(Object.entries(attrs).map(([name, a]) => [name, { name, ...a }])),
  };
  return evaluate(node, { input: (i) => inputs[i], shape: (i) => shapes[i] ?? inputs[i]?.dims, opset });
}

const i64 = (values: number[], dims: number[] = [values.length]): ConstTensor => ({ dims, values, int: true });
const f32 = (values: number[], dims: number[] = [values.length]): ConstTensor => ({ dims, values, int: false });
const value = (opType: string, ...args: Parameters<typeof run> extends [string, ...infer R] ? R : never) => run(opType, ...args)?.[0];

describe('evaluate', () => {
  it('Shape with start and end (opset 15), of a data tensor whose values are unknown', () => {
    expect(value('Shape', [undefined], {}, 17, [[1, 3, 224, 224]])).toEqual(i64([1, 3, 224, 224]));
    expect(value('Shape', [undefined], { start: { i: -2 } }, 17, [[1, 3, 224, 224]])).toEqual(i64([224, 224]));
    expect(value('Shape', [undefined], { start: { i: 1 }, end: { i: -1 } }, 17, [[1, 3, 224, 224]])).toEqual(i64([3, 224]));
    expect(value('Size', [undefined], {}, 17, [[1, 3, 4, 5]])).toEqual(i64([60], []));
  });

  it('Slice: negative starts, clamped ends, negative steps (PyTorch\'s pad reversal), and the opset-1 attribute form', () => {
    const pairs = i64([1, 2, 2, 1, 0, 0, 0, 0], [4, 2]);
    expect(value('Slice', [pairs, i64([-1]), i64([-9223372036854775807]), i64([0]), i64([-1])])).toEqual(i64([0, 0, 0, 0, 2, 1, 1, 2], [4, 2]));
    expect(value('Slice', [i64([1, 3, 224, 224]), i64([2]), i64([1000])])).toEqual(i64([224, 224]));
    expect(value('Slice', [i64([1, 3, 224, 224]), i64([-3]), i64([-1])])).toEqual(i64([3, 224]));
    expect(value('Slice', [i64([0, 1, 2, 3, 4, 5, 6]), i64([1]), i64([7]), i64([0]), i64([3])])).toEqual(i64([1, 4]));
    expect(value('Slice', [i64([1, 3, 224, 224])], { starts: { ints: [1] }, ends: { ints: [3] } }, 9)).toEqual(i64([3, 224]));
  });

  it('Gather on any axis, with scalar and negative indices', () => {
    expect(value('Gather', [i64([1, 3, 224, 224]), i64([-1], [])])).toEqual(i64([224], []));
    expect(value('Gather', [i64([1, 2, 3, 4, 5, 6], [2, 3]), i64([2, 0])], { axis: { i: 1 } })).toEqual(i64([3, 1, 6, 4], [2, 2]));
  });

  it('Concat on axis 1; Reshape with 0, −1 and allowzero; Transpose; Flatten', () => {
    expect(value('Concat', [i64([1, 2, 3, 4], [2, 2]), i64([5, 6], [2, 1])], { axis: { i: 1 } })).toEqual(i64([1, 2, 5, 3, 4, 6], [2, 3]));
    expect(value('Reshape', [i64([1, 2, 3, 4, 5, 6], [2, 3]), i64([0, -1])])).toEqual(i64([1, 2, 3, 4, 5, 6], [2, 3]));
    expect(value('Reshape', [i64([1, 2, 3, 4, 5, 6], [2, 3]), i64([-1, 2])])).toEqual(i64([1, 2, 3, 4, 5, 6], [3, 2]));
    expect(value('Reshape', [i64([], [0, 3]), i64([0, 3])], { allowzero: { i: 1 } })).toEqual(i64([], [0, 3]));
    expect(value('Transpose', [i64([1, 2, 3, 4, 5, 6], [2, 3])], { perm: { ints: [1, 0] } })).toEqual(i64([1, 4, 2, 5, 3, 6], [3, 2]));
    expect(value('Flatten', [i64([1, 2, 3, 4, 5, 6], [1, 2, 3])], { axis: { i: 2 } })).toEqual(i64([1, 2, 3, 4, 5, 6], [2, 3]));
  });

  it('Squeeze and Unsqueeze: axes as an attribute before opset 13, an input from 13', () => {
    expect(value('Unsqueeze', [i64([7], [])], { axes: { ints: [0] } }, 11)).toEqual(i64([7], [1]));
    expect(value('Unsqueeze', [i64([7], []), i64([0])], {}, 13)).toEqual(i64([7], [1]));
    expect(value('Squeeze', [i64([7], [1, 1])], {}, 13)).toEqual(i64([7], []));
    expect(value('Squeeze', [i64([7], [1, 1]), i64([-1])], {}, 13)).toEqual(i64([7], [1]));
  });

  it('integer arithmetic as the spec defines it: Div truncates, Mod takes the divisor\'s sign unless fmod', () => {
    expect(value('Div', [i64([7, -7]), i64([2], [])])).toEqual(i64([3, -3]));
    expect(value('Div', [f32([7]), f32([2])])).toEqual(f32([3.5]));
    expect(value('Mod', [i64([7, -7]), i64([3], [])])).toEqual(i64([1, 2]));
    expect(value('Mod', [i64([7, -7]), i64([3], [])], { fmod: { i: 1 } })).toEqual(i64([1, -1]));
    expect(value('Sub', [i64([8], []), i64([4])])).toEqual(i64([4]));
    expect(value('Max', [i64([1, 5]), i64([3], []), i64([2, 2])])).toEqual(i64([3, 5]));
    expect(value('Neg', [i64([2, -3])])).toEqual(i64([-2, 3]));
    expect(value('Cast', [f32([2.7, -2.7])], { to: { i: 7 } })).toEqual(i64([2, -2]));
    expect(value('Floor', [f32([2.5, -2.5])])).toEqual(f32([2, -3]));
  });

  it('comparisons, Not and Where', () => {
    expect(value('Equal', [i64([1, 2]), i64([2], [])])).toEqual(i64([0, 1]));
    expect(value('Less', [i64([1, 2]), i64([2], [])])).toEqual(i64([1, 0]));
    expect(value('Not', [i64([1, 0])])).toEqual(i64([0, 1]));
    expect(value('Where', [i64([1, 0]), i64([10, 20]), i64([30], [])])).toEqual(i64([10, 30]));
  });

  it('Range, ConstantOfShape, Expand, Tile, ReduceProd, ReduceSum', () => {
    expect(value('Range', [i64([0], []), i64([5], []), i64([2], [])])).toEqual(i64([0, 2, 4]));
    expect(value('ConstantOfShape', [i64([2, 2])], { value: { t: { name: 'v', dims: [1], dataType: 7, values: [3] } } })).toEqual(i64([3, 3, 3, 3], [2, 2]));
    expect(value('ConstantOfShape', [i64([2])])).toEqual(f32([0, 0]));
    expect(value('Expand', [i64([1, 2], [2, 1]), i64([2, 3])])).toEqual(i64([1, 1, 1, 2, 2, 2], [2, 3]));
    expect(value('Tile', [i64([1, 2]), i64([2])])).toEqual(i64([1, 2, 1, 2]));
    expect(value('ReduceProd', [i64([2, 3, 4], [3])], { keepdims: { i: 0 } })).toEqual(i64([24], []));
    expect(value('ReduceSum', [i64([1, 2, 3, 4], [2, 2]), i64([1])], { keepdims: { i: 1 } }, 13)).toEqual(i64([3, 7], [2, 1]));
  });

  it('Split: sizes as an input (13), equal parts, num_outputs (18)', () => {
    expect(run('Split', [i64([1, 2, 3, 4, 5]), i64([2, 3])], {}, 13, [], 2)).toEqual([i64([1, 2]), i64([3, 4, 5])]);
    expect(run('Split', [i64([1, 2, 3, 4])], {}, 13, [], 2)).toEqual([i64([1, 2]), i64([3, 4])]);
    expect(run('Split', [i64([1, 2, 3, 4, 5])], { num_outputs: { i: 2 } }, 18, [], 2)).toEqual([i64([1, 2, 3]), i64([4, 5])]);
  });

  it('Constant in every form; unknown inputs and unknown ops give nothing', () => {
    expect(value('Constant', [], { value_ints: { ints: [1, 2] } })).toEqual(i64([1, 2]));
    expect(value('Constant', [], { value_float: { f: 0.5 } })).toEqual(f32([0.5], []));
    expect(value('Add', [undefined, i64([1])])).toBeUndefined();
    expect(value('NonZero', [i64([1, 0])])).toBeUndefined();
  });

  it('never builds a large tensor: past the limit only the dims are known', () => {
    expect(value('ConstantOfShape', [i64([1, 3, 1213, 1213])])).toEqual({ dims: [1, 3, 1213, 1213], int: false });
  });
});
