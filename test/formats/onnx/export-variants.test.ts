/**
 * ONNX as exporters really write it, hand-built op by op (./encode.ts): PyTorch without constant
 * folding, dynamic input sizes, channel shuffles and pixel shuffles spelled with Reshape and
 * Transpose, weights as graph inputs (export_params=False), control flow. Each case is checked
 * against the RF of the plain network it spells (by the docs/design.md §3 recurrence, by hand).
 */
import { describe, expect, it } from 'vitest';
import { type Bytes, type NodeSpec, type TensorSpec, attrGraph, attrInt, attrInts, attrString, attrTensor, model, valueInfo } from './encode.js';
import { type Options, loadBytes, rfOf, strides } from './helpers.js';

const INT64 = 7;
const ints = (name: string, values: readonly number[], dims: readonly number[] = [values.length]): TensorSpec => ({ name, dims, int64s: values, dataType: INT64 });
const constant = (output: string, values: readonly number[], dims?: readonly number[]): NodeSpec => ({
  op: 'Constant',
  inputs: [],
  outputs: [output],
  attrs: [attrTensor('value', ints(output, values, dims))],
});
const conv = (input: string, output: string, k: number, extra: Bytes[] = []): NodeSpec => ({
  op: 'Conv',
  inputs: [input, `${output}.weight`],
  outputs: [output],
  name: output,
  attrs: [attrInts('kernel_shape', [k, k]), ...extra],
});

function build(nodes: NodeSpec[], inputs: Bytes[], extra: { initializers?: TensorSpec[]; outputs?: string[]; opset?: number } = {}): Bytes {
  return model({
    opset: extra.opset ?? 17,
    graph: { name: 'net', nodes, inputs, outputs: (extra.outputs ?? ['y']).map((o) => valueInfo(o)), initializers: extra.initializers ?? [] },
  });
}

async function load(bytes: Bytes, options: Options = {}) {
  const result = await loadBytes(bytes, options);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.model!;
}

/**
 * PyTorch 1.13's F.pad(x, (1, 2, 2, 1)) with do_constant_folding=False: the pads are padded to
 * 2·rank with zeros, paired, reversed, transposed and flattened at run time, all from constants.
 */
function torchPadChain(x: string, y: string): NodeSpec[] {
  return [
    constant('pad', [1, 2, 2, 1]),
    { op: 'Shape', inputs: ['pad'], outputs: ['pad_shape'] },
    constant('zero', [0], []),
    { op: 'Gather', inputs: ['pad_shape', 'zero'], outputs: ['pad_len'], attrs: [attrInt('axis', 0)] },
    constant('eight', [8], []),
    { op: 'Sub', inputs: ['eight', 'pad_len'], outputs: ['extension'] },
    { op: 'Unsqueeze', inputs: ['extension', 'axes0'], outputs: ['ext1'] },
    { op: 'ConstantOfShape', inputs: ['ext1'], outputs: ['zeros'], attrs: [attrTensor('value', ints('v', [0], [1]))] },
    { op: 'Concat', inputs: ['pad', 'zeros'], outputs: ['full'], attrs: [attrInt('axis', 0)] },
    constant('pairs_shape', [-1, 2]),
    { op: 'Reshape', inputs: ['full', 'pairs_shape'], outputs: ['pairs'] },
    constant('s_start', [-1]),
    constant('s_end', [-9223372036854775807]),
    constant('s_axes', [0]),
    constant('s_steps', [-1]),
    { op: 'Slice', inputs: ['pairs', 's_start', 's_end', 's_axes', 's_steps'], outputs: ['reversed'] },
    { op: 'Transpose', inputs: ['reversed'], outputs: ['by_side'], attrs: [attrInts('perm', [1, 0])] },
    constant('flat', [-1]),
    { op: 'Reshape', inputs: ['by_side', 'flat'], outputs: ['pads_f'] },
    { op: 'Cast', inputs: ['pads_f'], outputs: ['pads'], attrs: [attrInt('to', INT64)] },
    { op: 'Pad', inputs: [x, 'pads'], outputs: [y], name: 'pad' },
  ];
}

describe('ONNX as exporters write it', () => {
  it('folds PyTorch\'s F.pad chain exported without constant folding', async () => {
    const m = await load(
      build([...torchPadChain('x', 'padded'), conv('padded', 'y', 3)], [valueInfo('x', [1, 3, 32, 32])], { initializers: [ints('axes0', [0])] }),
    );
    const t = rfOf(m, 'y');
    // (left 1, right 2, top 2, bottom 1): begins (H 2, W 1), then a 3×3 conv: start −2, −1.
    expect(t.rf).toEqual([3, 3]);
    expect(t.start).toEqual([-2, -1]);
    expect(t.size).toEqual([32 + 3 - 2, 32 + 3 - 2]);
  });

  it('a dynamic-size export whose geometry does not depend on the size loads without one (ShuffleNet\'s channel shuffle from Shape)', async () => {
    // x.view(n, 2, c // 2, h, w).transpose(1, 2).reshape(n, c, h, w), sizes read with Shape.
    const nodes: NodeSpec[] = [
      conv('x', 'c1', 3, [attrInts('strides', [2, 2]), attrInts('pads', [1, 1, 1, 1])]),
      { op: 'Shape', inputs: ['c1'], outputs: ['s'] },
      { op: 'Gather', inputs: ['s', 'i0'], outputs: ['n'], attrs: [attrInt('axis', 0)] },
      { op: 'Gather', inputs: ['s', 'i2'], outputs: ['h'], attrs: [attrInt('axis', 0)] },
      { op: 'Gather', inputs: ['s', 'i3'], outputs: ['w'], attrs: [attrInt('axis', 0)] },
      { op: 'Unsqueeze', inputs: ['n', 'axes0'], outputs: ['n1'] },
      { op: 'Unsqueeze', inputs: ['h', 'axes0'], outputs: ['h1'] },
      { op: 'Unsqueeze', inputs: ['w', 'axes0'], outputs: ['w1'] },
      { op: 'Concat', inputs: ['n1', 'groups', 'h1', 'w1'], outputs: ['split_shape'], attrs: [attrInt('axis', 0)] },
      { op: 'Reshape', inputs: ['c1', 'split_shape'], outputs: ['grouped'] },
      { op: 'Transpose', inputs: ['grouped'], outputs: ['shuffled'], attrs: [attrInts('perm', [0, 2, 1, 3, 4])] },
      { op: 'Concat', inputs: ['n1', 'channels', 'h1', 'w1'], outputs: ['merge_shape'], attrs: [attrInt('axis', 0)] },
      { op: 'Reshape', inputs: ['shuffled', 'merge_shape'], outputs: ['merged'] },
      conv('merged', 'y', 3, [attrInts('pads', [1, 1, 1, 1])]),
    ];
    const bytes = build(nodes, [valueInfo('x', ['batch', 3, 'height', 'width'])], {
      initializers: [
        ints('i0', [0], []),
        ints('i2', [2], []),
        ints('i3', [3], []),
        ints('axes0', [0]),
        ints('groups', [2, 4]),
        ints('channels', [8]),
        { name: 'c1.weight', dims: [8, 3, 3, 3] },
        { name: 'y.weight', dims: [8, 8, 3, 3] },
      ],
    });
    const m = await load(bytes);
    expect(m.inputSize).toBeUndefined();
    // 3×3/2 then 3×3: 3 + 2·2 = 7 at stride 2; the shuffle keeps positions.
    const t = rfOf(m, 'y');
    expect(t.rf).toEqual([7, 7]);
    expect(strides(t)).toEqual(['2', '2']);
    expect(rfOf(m, 'grouped').rf).toEqual([3, 3]);
  });

  /** F.interpolate(x, size=input.shape[-2:]) in a dynamic export: Shape(input) → Slice → Concat → Resize. */
  function resizeToInput(): Bytes {
    return build(
      [
        conv('x', 'down', 3, [attrInts('strides', [4, 4]), attrInts('pads', [1, 1, 1, 1])]),
        { op: 'Shape', inputs: ['x'], outputs: ['xs'] },
        { op: 'Slice', inputs: ['xs', 'two', 'four', 'axes0'], outputs: ['hw'] },
        { op: 'Shape', inputs: ['down'], outputs: ['ds'] },
        { op: 'Slice', inputs: ['ds', 'zero', 'two', 'axes0'], outputs: ['nc'] },
        { op: 'Concat', inputs: ['nc', 'hw'], outputs: ['sizes'], attrs: [attrInt('axis', 0)] },
        {
          op: 'Resize',
          inputs: ['down', '', '', 'sizes'],
          outputs: ['y'],
          name: 'upsample',
          attrs: [attrString('mode', 'linear'), attrString('coordinate_transformation_mode', 'pytorch_half_pixel')],
        },
      ],
      [valueInfo('x', [1, 3, 'h', 'w'])],
      { initializers: [ints('zero', [0]), ints('two', [2]), ints('four', [4]), ints('axes0', [0]), { name: 'down.weight', dims: [4, 3, 3, 3] }] },
    );
  }

  it('a dynamic-size export whose geometry depends on the size names the node and asks for a size (RF207)', async () => {
    const result = await loadBytes(resizeToInput());
    expect(result.model).toBeUndefined();
    expect(result.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'RF207',
        file: 'model.onnx',
        message:
          'node "upsample" (Resize) computes its geometry from the input\'s size, which the file leaves open (input "x" is [1, 3, h, w]), so the RF depends on the input size here; set it with --input-size 512x512 or `input_size: [512, 512]` in a rule (or export with a fixed input size)',
      },
    ]);
  });

  it('…and is exact once the size is given', async () => {
    const m = await load(resizeToInput(), { inputSize: [64, 64] });
    expect(m.inputSize).toEqual([64, 64]);
    const t = rfOf(m, 'y');
    // 3×3/4 (pad 1): 16×16 at stride 4, then bilinear ×4 back to 64 (stride 1 again): x = (u + ½)/4 − ½
    // is never an integer, so every output reads two neighbours: 3 + 4 = 7 at every position.
    expect(t.size).toEqual([64, 64]);
    expect(strides(t)).toEqual(['1', '1']);
    expect(t.rf).toEqual([7, 7]);
    expect(t.rfMin).toEqual([7, 7]);
  });

  it('pixel shuffle spelled with Reshape and Transpose is depth-to-space; its inverse is space-to-depth', async () => {
    const shuffle = (via: 'ops' | 'reshape'): Bytes =>
      build(
        [
          conv('x', 'c', 3, [attrInts('strides', [2, 2]), attrInts('pads', [1, 1, 1, 1])]),
          ...(via === 'ops'
            ? [{ op: 'DepthToSpace', inputs: ['c'], outputs: ['up'], attrs: [attrInt('blocksize', 2), attrString('mode', 'CRD')] }]
            : [
                { op: 'Reshape', inputs: ['c', 'six'], outputs: ['r6'] },
                { op: 'Transpose', inputs: ['r6'], outputs: ['t6'], attrs: [attrInts('perm', [0, 1, 4, 2, 5, 3])] },
                { op: 'Reshape', inputs: ['t6', 'four'], outputs: ['up'] },
              ]),
          conv('up', 'y', 3, [attrInts('pads', [1, 1, 1, 1])]),
        ],
        [valueInfo('x', [1, 3, 32, 32])],
        { initializers: [ints('six', [1, 4, 2, 2, 16, 16]), ints('four', [1, 4, 32, 32]), { name: 'c.weight', dims: [16, 3, 3, 3] }] },
      );
    const ops = rfOf(await load(shuffle('ops')), 'y');
    const reshaped = rfOf(await load(shuffle('reshape')), 'y');
    expect(reshaped).toEqual(ops);
    expect(strides(ops)).toEqual(['1', '1']);
    expect(ops.rf).toEqual([5, 5]);

    // [1, 3, 32, 32] → [1, 3, 16, 2, 16, 2] → [1, 3, 2, 2, 16, 16] → [1, 12, 16, 16]: space-to-depth by 2.
    const s2d = await load(
      build(
        [
          { op: 'Reshape', inputs: ['x', 'split'], outputs: ['r'] },
          { op: 'Transpose', inputs: ['r'], outputs: ['t'], attrs: [attrInts('perm', [0, 1, 3, 5, 2, 4])] },
          { op: 'Reshape', inputs: ['t', 'merged'], outputs: ['y'] },
        ],
        [valueInfo('x', [1, 3, 32, 32])],
        { initializers: [ints('split', [1, 3, 16, 2, 16, 2]), ints('merged', [1, 12, 16, 16])] },
      ),
    );
    const t = rfOf(s2d, 'y');
    expect(t.rf).toEqual([2, 2]);
    expect(strides(t)).toEqual(['2', '2']);
  });

  it('a Reshape that merges two spatial axes is global, and says so', async () => {
    const m = await load(
      build([conv('x', 'c', 3), { op: 'Reshape', inputs: ['c', 'flat'], outputs: ['y'] }], [valueInfo('x', [1, 3, 32, 32])], {
        initializers: [ints('flat', [1, 8, -1]), { name: 'c.weight', dims: [8, 3, 3, 3] }],
      }),
    );
    const y = m.outputs[0]!.node;
    expect(rfOf(m, 'y').global).toBe(true);
    expect(m.graph.nodes[y]!.op).toEqual({ kind: 'global', reason: 'Reshape: it merges spatial axes 0 and 1' });
  });

  it('export_params=False: weights are graph inputs, told from the image by how they are used', async () => {
    const m = await load(
      build(
        [
          conv('x', 'c1', 3, [attrInts('pads', [1, 1, 1, 1])]),
          { op: 'BatchNormalization', inputs: ['c1', 'bn.weight', 'bn.bias', 'bn.mean', 'bn.var'], outputs: ['b1'] },
          { op: 'Mul', inputs: ['b1', 'gamma'], outputs: ['scaled'] },
          conv('scaled', 'y', 3),
        ],
        [
          valueInfo('x', [1, 3, 32, 32]),
          valueInfo('c1.weight', [8, 3, 3, 3]),
          ...['bn.weight', 'bn.bias', 'bn.mean', 'bn.var'].map((n) => valueInfo(n, [8])),
          valueInfo('gamma', [8, 1, 1]),
          valueInfo('y.weight', [8, 8, 3, 3]),
        ],
      ),
    );
    expect(m.graph.nodes.filter((n) => n.op.kind === 'input').map((n) => n.name)).toEqual(['x']);
    expect(rfOf(m, 'y').rf).toEqual([5, 5]);
  });

  it('several inputs that could be the image: an error listing them, and --input to choose', async () => {
    const bytes = build(
      [conv('a', 'c', 3), { op: 'Add', inputs: ['c', 'b'], outputs: ['y'] }],
      [valueInfo('a', [1, 3, 32, 32]), valueInfo('b', [1, 8, 30])],
    );
    const result = await loadBytes(bytes);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: 'RF203',
        message: 'several graph inputs could be the image: "a" ([1, 3, 32, 32]), "b" ([1, 8, 30]); name it with --input NAME (or `input: NAME` in a rule)',
      }),
    ]);
    const chosen = await load(bytes, { dataInput: 'a' });
    expect(rfOf(chosen, 'y').rf).toEqual([3, 3]);
    expect((await loadBytes(bytes, { dataInput: 'image' })).diagnostics[0]!.message).toBe(
      'there is no graph input "image" (the --input or rules `input` setting); the inputs are "a" ([1, 3, 32, 32]), "b" ([1, 8, 30])',
    );
  });

  it('If with a constant condition is its branch; with a run-time one on the data path, an error naming it', async () => {
    const branch = (k: number) => ({ nodes: [conv('x', `b${k}`, k)], inputs: [], outputs: [valueInfo(`b${k}`)] });
    const ifNode = (cond: string): NodeSpec => ({
      op: 'If',
      inputs: [cond],
      outputs: ['y'],
      name: 'choose',
      attrs: [attrGraph('then_branch', branch(5)), attrGraph('else_branch', branch(3))],
    });
    const folded = await load(
      build([{ op: 'Shape', inputs: ['x'], outputs: ['s'] }, { op: 'Size', inputs: ['s'], outputs: ['rank'] }, { op: 'Equal', inputs: ['rank', 'four'], outputs: ['is4'] }, ifNode('is4')], [valueInfo('x', [1, 3, 32, 32])], {
        initializers: [ints('four', [4], [])],
      }),
    );
    expect(rfOf(folded, 'y').rf).toEqual([5, 5]);

    const runtime = await loadBytes(
      build([{ op: 'ReduceMax', inputs: ['x'], outputs: ['m'], attrs: [attrInt('keepdims', 0)] }, { op: 'Greater', inputs: ['m', 'zero'], outputs: ['pos'] }, ifNode('pos')], [valueInfo('x', [1, 3, 32, 32])], {
        initializers: [{ name: 'zero', dims: [], floats: [0] }],
      }),
    );
    expect(runtime.diagnostics).toEqual([
      expect.objectContaining({
        code: 'RF205',
        message:
          'node "choose" (If): its condition is computed at run time ("pos"), so rflint cannot tell which branch runs; export with fixed input shapes, or say how it maps positions with --assume If=pointwise or If=global',
      }),
    ]);
  });

  it('Loop on the data path is refused with the way out', async () => {
    const result = await loadBytes(build([{ op: 'Loop', inputs: ['', '', 'x'], outputs: ['y'], name: 'loop' }], [valueInfo('x', [1, 3, 32, 32])]));
    expect(result.diagnostics[0]).toMatchObject({
      code: 'RF204',
      message:
        'node "loop" (Loop): control flow (Loop) repeats its body a number of times rflint does not evaluate; if you know how it maps positions, say so with assume (--assume Loop=pointwise or Loop=global, or `assume` in rules)',
    });
  });

  it('every global op says what it is', async () => {
    const m = await load(
      build(
        [conv('x', 'c', 3), { op: 'GlobalAveragePool', inputs: ['c'], outputs: ['g'] }, { op: 'Flatten', inputs: ['c'], outputs: ['f'] }, { op: 'Gemm', inputs: ['f', 'w'], outputs: ['y'] }],
        [valueInfo('x', [1, 3, 32, 32])],
        { outputs: ['g', 'y'], initializers: [{ name: 'c.weight', dims: [8, 3, 3, 3] }] },
      ),
    );
    const reasons = m.graph.nodes.flatMap((n) => (n.op.kind === 'global' ? [[n.name, n.op.reason]] : []));
    expect(reasons).toEqual([
      ['g', 'GlobalAveragePool'],
      ['f', 'Flatten merges spatial axes'],
      ['y', 'Gemm (a dense layer)'],
    ]);
  });
});
