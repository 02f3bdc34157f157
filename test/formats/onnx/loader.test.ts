/**
 * The ONNX loader on hand-built models (bytes made by ./encode.ts): each test builds the
 * variant real exporters write and checks the RF the engine finds, or the diagnostic.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../src/formats/model.js';
import { onnxLoader } from '../../../src/formats/onnx/index.js';
import {
  type Bytes,
  type GraphSpec,
  type ModelSpec,
  type NodeSpec,
  attrFloats,
  attrInt,
  attrInts,
  attrRef,
  attrString,
  attrTensor,
  memorySource,
  model,
  valueInfo,
} from './encode.js';
import { type Options, loadBytes, rfOf, strides } from './helpers.js';

const X = valueInfo('x', [1, 3, 32, 32]);
const Y = valueInfo('y');

/** A model from x [1,3,32,32] to y through `nodes`. */
function net(nodes: NodeSpec[], extra: Partial<GraphSpec> = {}, spec: Partial<ModelSpec> = {}): Bytes {
  return model({ ...spec, graph: { name: 'net', nodes, inputs: [X], outputs: [Y], ...extra } });
}

async function load(bytes: Bytes, options: Options = {}) {
  const result = await loadBytes(bytes, options);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.model!;
}

const conv = (input: string, output: string, k: number, attrs: Bytes[] = []): NodeSpec => ({
  op: 'Conv',
  inputs: [input, `${output}.w`],
  outputs: [output],
  name: output,
  attrs: [attrInts('kernel_shape', [k, k]), ...attrs],
});

describe('onnxLoader', () => {
  it('matches *.onnx files', () => {
    expect(onnxLoader.matches('models/a.onnx', new Uint8Array())).toBe(true);
    expect(onnxLoader.matches('models/A.ONNX', new Uint8Array())).toBe(true);
    expect(onnxLoader.matches('models/a.rf.yaml', new Uint8Array())).toBe(false);
  });

  it('reads packed and unpacked repeated ints alike', async () => {
    const attrs = (packed: boolean) => [attrInts('kernel_shape', [3, 5], packed), attrInts('strides', [2, 1], packed), attrInts('pads', [1, 2, 1, 2], packed)];
    for (const packed of [false, true]) {
      const m = await load(net([{ op: 'Conv', inputs: ['x', 'w'], outputs: ['y'], attrs: attrs(packed) }]));
      const t = rfOf(m, 'y');
      expect(t.rf).toEqual([3, 5]);
      expect(strides(t)).toEqual(['2', '1']);
      expect(t.start).toEqual([-1, -2]);
      expect(t.size).toEqual([16, 32]);
    }
  });

  it('takes a missing kernel_shape from the weight initializer\'s dims', async () => {
    const m = await load(
      net([{ op: 'Conv', inputs: ['x', 'w'], outputs: ['y'], attrs: [attrInts('dilations', [2, 2])] }], {
        initializers: [{ name: 'w', dims: [8, 3, 3, 3], raw: new Uint8Array(8 * 3 * 3 * 3 * 4) }],
      }),
    );
    expect(rfOf(m, 'y').rf).toEqual([5, 5]);
  });

  it('IR 3: initializers listed among the graph inputs; the data input is the other one', async () => {
    const m = await load(
      net([conv('x', 'y', 3)], { inputs: [valueInfo('y.w', [4, 3, 3, 3]), X], initializers: [{ name: 'y.w', dims: [4, 3, 3, 3], floats: new Array(108).fill(0.5) }] }, { ir: 3, opset: 8 }),
    );
    expect(m.graph.nodes[0]).toMatchObject({ name: 'x', op: { kind: 'input' } });
    expect(m.inputSize).toEqual([32, 32]);
    expect(rfOf(m, 'y').rf).toEqual([3, 3]);
  });

  it('auto_pad SAME_UPPER / SAME_LOWER resolve the begin pad from the input size', async () => {
    // 3×3 stride 2 on 32: out 16, total pad (16 − 1)·2 + 3 − 32 = 1: upper puts it at the end.
    for (const [mode, start] of [['SAME_UPPER', 0], ['SAME_LOWER', -1], ['VALID', 0]] as const) {
      const m = await load(net([conv('x', 'y', 3, [attrInts('strides', [2, 2]), attrString('auto_pad', mode)])]));
      const t = rfOf(m, 'y');
      expect(t.start).toEqual([start, start]);
      expect(t.size).toEqual(mode === 'VALID' ? [15, 15] : [16, 16]);
    }
  });

  it('pool attributes: ceil_mode, dilations, LpPool, global pools', async () => {
    const m = await load(
      net([
        { op: 'MaxPool', inputs: ['x'], outputs: ['p'], attrs: [attrInts('kernel_shape', [3, 3]), attrInts('strides', [2, 2]), attrInt('ceil_mode', 1)] },
        { op: 'AveragePool', inputs: ['p'], outputs: ['q'], attrs: [attrInts('kernel_shape', [2, 2]), attrInts('dilations', [2, 2])] },
        { op: 'LpPool', inputs: ['q'], outputs: ['r'], attrs: [attrInts('kernel_shape', [2, 2])] },
        { op: 'GlobalMaxPool', inputs: ['r'], outputs: ['y'] },
      ]),
    );
    // 3 → 3 + 2·(3 − 1) = 7 → 7 + 2·(2 − 1) = 9; ceil((32 − 3) / 2) + 1 = 16, then 14, then 13.
    expect(rfOf(m, 'p').size).toEqual([16, 16]);
    expect(rfOf(m, 'q').rf).toEqual([7, 7]);
    expect(rfOf(m, 'r').rf).toEqual([9, 9]);
    expect(rfOf(m, 'r').size).toEqual([13, 13]);
    expect(rfOf(m, 'y').global).toBe(true);
  });

  it('Pad: input form (opset 11+) with pads as an initializer, and the axes input (opset 18)', async () => {
    const pads = { name: 'pads', dims: [8], int64s: [0, 0, 1, 2, 0, 0, 3, 4] };
    const m = await load(net([{ op: 'Pad', inputs: ['x', 'pads'], outputs: ['y'] }], { initializers: [pads] }, { opset: 13 }));
    expect(rfOf(m, 'y').start).toEqual([-1, -2]);
    expect(rfOf(m, 'y').size).toEqual([36, 38]);
    // Opset 18: pads for the listed axes only; a Constant node holds them this time.
    const m18 = await load(
      net(
        [
          { op: 'Constant', inputs: [], outputs: ['pads'], attrs: [attrTensor('value', { name: '', dims: [4], int64s: [2, 1, 0, 5] })] },
          { op: 'Constant', inputs: [], outputs: ['axes'], attrs: [attrTensor('value', { name: '', dims: [2], int64s: [-1, 2] })] },
          { op: 'Pad', inputs: ['x', 'pads', '', 'axes'], outputs: ['y'], attrs: [attrString('mode', 'reflect')] },
        ],
        {},
        { opset: 18 },
      ),
    );
    // axes [-1 (W), 2 (H)]: W begins 2, ends 0; H begins 1, ends 5.
    expect(rfOf(m18, 'y').start).toEqual([-1, -2]);
    expect(rfOf(m18, 'y').size).toEqual([38, 34]);
  });

  it('Pad with pads computed at run time names the node and says what to do (RF205)', async () => {
    const result = await loadBytes(net([{ op: 'Pad', inputs: ['x', 'dynamic'], outputs: ['y'], name: 'pad0' }], {}, { opset: 13 }));
    expect(result.model).toBeUndefined();
    expect(result.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'RF205',
        file: 'model.onnx',
        message:
          'node "pad0" (Pad): its pads (input 2, "dynamic") is computed at run time from the values of a tensor rflint does not evaluate (only shapes and small constants are); export with do_constant_folding=True, or simplify the file first (onnxsim) so that it becomes a constant',
      },
    ]);
  });

  it('Resize with scales: nearest (asymmetric, floor) and linear (half_pixel)', async () => {
    const scales = { name: 'scales', dims: [4], floats: [1, 1, 2, 2] };
    const nearest = await load(
      net(
        [
          conv('x', 'c', 3, [attrInts('strides', [2, 2])]),
          { op: 'Resize', inputs: ['c', '', 'scales'], outputs: ['y'], attrs: [attrString('mode', 'nearest'), attrString('coordinate_transformation_mode', 'asymmetric'), attrString('nearest_mode', 'floor')] },
        ],
        { initializers: [scales] },
        { opset: 13 },
      ),
    );
    const t = rfOf(nearest, 'y');
    expect(strides(t)).toEqual(['1', '1']);
    expect(t.rf).toEqual([3, 3]);
    expect(t.size).toEqual([30, 30]);
    const linear = await load(
      net([{ op: 'Resize', inputs: ['x', '', 'scales'], outputs: ['y'], attrs: [attrString('mode', 'linear')] }], { initializers: [scales] }, { opset: 13 }),
    );
    expect(strides(rfOf(linear, 'y'))).toEqual(['1/2', '1/2']);
    expect(rfOf(linear, 'y').rf).toEqual([2, 2]);
  });

  it('Resize with sizes takes the scale from the input size; a float 1/3 scale is exact', async () => {
    const sizes = { name: 'sizes', dims: [4], int64s: [1, 3, 96, 16] };
    const m = await load(net([{ op: 'Resize', inputs: ['x', '', '', 'sizes'], outputs: ['y'] }], { initializers: [sizes] }, { opset: 13 }));
    const t = rfOf(m, 'y');
    expect(strides(t)).toEqual(['1/3', '2']);
    expect(t.size).toEqual([96, 16]);
    // Upsample (opset 9) with a scales input of float32 1/3 and 2/3.
    const up = await load(net([{ op: 'Upsample', inputs: ['x', 's'], outputs: ['y'] }], { initializers: [{ name: 's', dims: [4], floats: [1, 1, 1 / 3, 2 / 3] }] }, { opset: 9 }));
    expect(strides(rfOf(up, 'y'))).toEqual(['3', '3/2']);
  });

  it('ConvTranspose: output_shape fixes the pads from the input size; kernel from the weight', async () => {
    const m = await load(
      net([{ op: 'ConvTranspose', inputs: ['x', 'w'], outputs: ['y'], attrs: [attrInts('strides', [2, 2]), attrInts('output_shape', [64, 65])] }], {
        initializers: [{ name: 'w', dims: [3, 8, 4, 4], raw: new Uint8Array(3 * 8 * 16 * 4) }],
      }),
    );
    // total = 2·(32 − 1) + 4 − out: 2 for 64 (pads 1, 1), 1 for 65 (pads 1 at the begin, 0 at the end).
    const t = rfOf(m, 'y');
    expect(t.size).toEqual([64, 65]);
    expect(strides(t)).toEqual(['1/2', '1/2']);
    expect(t.rf).toEqual([2, 2]);
    const op = m.graph.nodes[m.tensors!.get('y')!]!.op;
    expect(op).toMatchObject({ kind: 'deconv', kernel: [4, 4], pad: [{ begin: 1, end: 1 }, { begin: 1, end: 0 }] });
  });

  it('SpaceToDepth, DepthToSpace and Slice on spatial axes (crop, then strided)', async () => {
    const m = await load(
      net(
        [
          { op: 'SpaceToDepth', inputs: ['x'], outputs: ['s'], attrs: [attrInt('blocksize', 2)] },
          { op: 'DepthToSpace', inputs: ['s'], outputs: ['d'], attrs: [attrInt('blocksize', 2)] },
          { op: 'Slice', inputs: ['d', 'starts', 'ends', 'axes'], outputs: ['c'] },
          { op: 'Slice', inputs: ['c', 'starts', 'big', 'axes', 'steps'], outputs: ['y'] },
        ],
        {
          initializers: [
            { name: 'starts', dims: [2], int64s: [1, 2] },
            { name: 'ends', dims: [2], int64s: [-1, -3] },
            { name: 'big', dims: [2], int64s: [2 ** 53, 2 ** 53] },
            { name: 'axes', dims: [2], int64s: [2, -1] },
            { name: 'steps', dims: [2], int64s: [2, 3] },
          ],
        },
        { opset: 13 },
      ),
    );
    expect(rfOf(m, 'd').rf).toEqual([2, 2]);
    const c = rfOf(m, 'c');
    // After space-to-depth and back, position u sees its 2×2 block: c(0) = d(1) sees [0, 1] on H,
    // c(0) = d(2) sees [2, 3] on W.
    expect(c.start).toEqual([0, 2]);
    expect(c.size).toEqual([30, 27]);
    const y = rfOf(m, 'y');
    expect(strides(y)).toEqual(['2', '3']);
    // Starts 1 and 2 again: ceil((30 − 1) / 2) = 15 and ceil((27 − 2) / 3) = 9.
    expect(y.size).toEqual([15, 9]);
    expect(y.start).toEqual([2, 4]);
  });

  it('channel slices, Transpose to NHWC with MatMul and LayerNorm over channels are pointwise (ConvNeXt)', async () => {
    const m = await load(
      net(
        [
          conv('x', 'c', 7, [attrInts('pads', [3, 3, 3, 3])]),
          { op: 'Transpose', inputs: ['c'], outputs: ['t'], attrs: [attrInts('perm', [0, 2, 3, 1])] },
          { op: 'LayerNormalization', inputs: ['t', 'g', 'b'], outputs: ['n'], attrs: [attrInt('axis', -1)] },
          { op: 'MatMul', inputs: ['n', 'w1'], outputs: ['m'] },
          { op: 'Gelu', inputs: ['m'], outputs: ['a'] },
          { op: 'Transpose', inputs: ['a'], outputs: ['b2'], attrs: [attrInts('perm', [0, 3, 1, 2])] },
          { op: 'Slice', inputs: ['b2', 'st', 'en', 'ax'], outputs: ['ch'] },
          { op: 'Add', inputs: ['ch', 'x'], outputs: ['sum'] },
          conv('sum', 'y', 3),
        ],
        {
          initializers: [
            { name: 'w1', dims: [8, 3], raw: new Uint8Array(96) },
            { name: 'st', dims: [1], int64s: [0] },
            { name: 'en', dims: [1], int64s: [3] },
            { name: 'ax', dims: [1], int64s: [1] },
          ],
        },
        { opset: 17 },
      ),
    );
    expect(rfOf(m, 'sum').rf).toEqual([7, 7]);
    expect(rfOf(m, 'y').rf).toEqual([9, 9]);
  });

  it('Flatten, Gemm and Softmax over positions are global; MatMul over positions too', async () => {
    const m = await load(
      net([
        { op: 'Softmax', inputs: ['x'], outputs: ['s'], attrs: [attrInt('axis', 1)] },
        { op: 'Reshape', inputs: ['s', 'shape'], outputs: ['r'] },
        { op: 'Softmax', inputs: ['r'], outputs: ['attn'], attrs: [attrInt('axis', -1)] },
        { op: 'Flatten', inputs: ['s'], outputs: ['f'] },
        { op: 'Gemm', inputs: ['f', 'w'], outputs: ['y'] },
      ], { outputs: [Y, valueInfo('attn')], initializers: [{ name: 'shape', dims: [3], int64s: [1, 3, -1] }] }),
    );
    expect(rfOf(m, 's').global).toBe(false);
    expect(rfOf(m, 'r').global).toBe(true);
    expect(rfOf(m, 'attn').global).toBe(true);
    expect(rfOf(m, 'y').global).toBe(true);
    expect(m.outputs.map((o) => o.name)).toEqual(['y', 'attn']);
  });

  it('a detector head reshaped before the output: the output is global, the intermediate tensor is named', async () => {
    const m = await load(
      net(
        [
          conv('x', 'head', 3, [attrInts('pads', [1, 1, 1, 1])]),
          { op: 'Reshape', inputs: ['head', 'five'], outputs: ['anchors'] },
          { op: 'Transpose', inputs: ['anchors'], outputs: ['t'], attrs: [attrInts('perm', [0, 1, 3, 4, 2])] },
          { op: 'Reshape', inputs: ['t', 'three'], outputs: ['y'] },
        ],
        {
          initializers: [
            { name: 'five', dims: [5], int64s: [1, 3, 2, 32, 32] },
            { name: 'three', dims: [3], int64s: [1, -1, 2] },
          ],
          valueInfo: [valueInfo('head', [1, 6, 32, 32])],
        },
      ),
    );
    // Splitting channels into (anchors, values) keeps the positions: still RF 3.
    expect(rfOf(m, 'anchors').rf).toEqual([3, 3]);
    expect(rfOf(m, 't').rf).toEqual([3, 3]);
    expect(rfOf(m, 'y').global).toBe(true);
    expect([...m.tensors!.keys()]).toEqual(['x', 'head', 'anchors', 't', 'y']);
  });

  it('expands a model-local function inline, with attribute references', async () => {
    const body: NodeSpec[] = [
      { op: 'Conv', inputs: ['in', 'w'], outputs: ['c'], attrs: [attrRef('kernel_shape', 'k', 7), attrInts('pads', [1, 1, 1, 1])] },
      { op: 'Relu', inputs: ['c'], outputs: ['out'] },
    ];
    const call = (input: string, output: string, w: string): NodeSpec => ({
      op: 'ConvRelu',
      domain: 'local',
      inputs: [input, w],
      outputs: [output],
      name: output,
      attrs: [attrInts('k', [3, 3])],
    });
    const bytes = net([call('x', 'a', 'w1'), call('a', 'y', 'w2')], {}, {
      functions: [{ name: 'ConvRelu', domain: 'local', inputs: ['in', 'w'], outputs: ['out'], attributes: ['k'], nodes: body }],
      domains: { local: 1 },
    });
    const m = await load(bytes);
    expect(rfOf(m, 'y').rf).toEqual([5, 5]);
    expect(rfOf(m, 'a/c').rf).toEqual([3, 3]);
    expect(m.graph.nodes.map((n) => n.name)).toEqual(['x', 'a/Conv_0', 'a/Relu_1', 'y/Conv_0', 'y/Relu_1']);

    // Nested calls multiply nodes: the limit applies after expansion, as it grows.
    const limited = await onnxLoader.load(memorySource(bytes), { limits: { ...DEFAULT_LIMITS, maxNodes: 3 } });
    expect(limited.model).toBeUndefined();
    expect(limited.diagnostics).toEqual([expect.objectContaining({ code: 'RF203', message: 'the graph has more than 3 nodes (the limit) after expanding its functions' })]);
  });

  it('an unknown operator on a path to an output is an error naming it; `assume` maps it', async () => {
    const nodes: NodeSpec[] = [conv('x', 'c', 3), { op: 'FancyBlur', domain: 'com.example', inputs: ['c'], outputs: ['b'], name: 'blur1' }, conv('b', 'y', 3)];
    const result = await loadBytes(net(nodes));
    expect(result.model).toBeUndefined();
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ severity: 'error', code: 'RF204', file: 'model.onnx' });
    expect(result.diagnostics[0]!.message).toBe(
      'node "blur1" (com.example.FancyBlur): unknown operator com.example.FancyBlur on a path to an output; if you know how it maps positions, say so with assume (--assume FancyBlur=pointwise or FancyBlur=global, or `assume` in rules)',
    );
    const pointwiseModel = await load(net(nodes), { assume: new Map([['FancyBlur', 'pointwise']]) });
    expect(rfOf(pointwiseModel, 'y').rf).toEqual([5, 5]);
    const globalModel = await load(net(nodes), { assume: new Map([['com.example.FancyBlur', 'global']]) });
    expect(rfOf(globalModel, 'y').global).toBe(true);
  });

  it('ignores unknown operators off the paths to the outputs, and shape subgraphs', async () => {
    const m = await load(
      net(
        [
          conv('x', 'c', 3),
          { op: 'FancyStats', inputs: ['c'], outputs: ['unused'] },
          { op: 'Shape', inputs: ['c'], outputs: ['shape'] },
          { op: 'NonZero', inputs: ['shape'], outputs: ['nz'] },
          conv('c', 'y', 3),
        ],
      ),
    );
    expect(rfOf(m, 'y').rf).toEqual([5, 5]);
  });

  it('squeeze-and-excitation makes the output global (RF206); the switch treats the gate as pointwise', async () => {
    const nodes: NodeSpec[] = [
      conv('x', 'f', 3),
      { op: 'GlobalAveragePool', inputs: ['f'], outputs: ['g'] },
      { op: 'Conv', inputs: ['g', 'w1'], outputs: ['g1'], attrs: [attrInts('kernel_shape', [1, 1])] },
      { op: 'Relu', inputs: ['g1'], outputs: ['g2'] },
      { op: 'Conv', inputs: ['g2', 'w2'], outputs: ['g3'], attrs: [attrInts('kernel_shape', [1, 1])] },
      { op: 'HardSigmoid', inputs: ['g3'], outputs: ['gate'] },
      { op: 'Mul', inputs: ['gate', 'f'], outputs: ['se'], name: 'se_mul' },
      conv('se', 'y', 3),
    ];
    const plain = await loadBytes(net(nodes));
    expect(rfOf(plain.model!, 'y').global).toBe(true);
    expect(plain.diagnostics).toEqual([
      {
        severity: 'warning',
        code: 'RF206',
        file: 'model.onnx',
        message:
          '1 channel-attention gate (squeeze-and-excitation, first at node "se_mul" (Mul)) make the outputs after them global; treat them as pointwise (--channel-attention pointwise, or `channel_attention: pointwise` in rules) to get their spatial RF',
      },
    ]);
    const gated = await loadBytes(net(nodes), { channelAttentionPointwise: true });
    expect(gated.diagnostics).toEqual([]);
    expect(rfOf(gated.model!, 'y').rf).toEqual([5, 5]);
    // A Mul of two feature maps is a plain merge, not a gate.
    const both = await load(net([conv('x', 'a', 3), conv('x', 'b', 5, [attrInts('pads', [1, 1, 1, 1])]), { op: 'Mul', inputs: ['a', 'b'], outputs: ['y'] }]), { channelAttentionPointwise: true });
    expect(rfOf(both, 'y').rf).toEqual([5, 5]);
  });

  it('ReduceMean over the spatial axes (timm SE) is a gate too', async () => {
    const nodes: NodeSpec[] = [
      conv('x', 'f', 3),
      { op: 'ReduceMean', inputs: ['f'], outputs: ['g'], attrs: [attrInts('axes', [2, 3]), attrInt('keepdims', 1)] },
      { op: 'Sigmoid', inputs: ['g'], outputs: ['gate'] },
      { op: 'Mul', inputs: ['f', 'gate'], outputs: ['y'] },
    ];
    expect(rfOf(await load(net(nodes, {}, { opset: 13 })), 'y').global).toBe(true);
    expect(rfOf(await load(net(nodes, {}, { opset: 13 }), { channelAttentionPointwise: true }), 'y').rf).toEqual([3, 3]);
  });

  it('a file without a graph, or without a spatial input, is RF203', async () => {
    const noGraph = await loadBytes(new Uint8Array([0x08, 0x07]));
    expect(noGraph.diagnostics[0]).toMatchObject({ code: 'RF203', message: 'the file has no graph (ModelProto.graph is missing); is this an ONNX model?' });
    const flat = await loadBytes(model({ graph: { nodes: [{ op: 'Relu', inputs: ['v'], outputs: ['y'] }], inputs: [valueInfo('v', [1, 10])], outputs: [Y] } }));
    expect(flat.diagnostics[0]).toMatchObject({ code: 'RF203', message: 'no graph input has spatial axes (rank ≥ 3, as N, C, H, W): the inputs are "v" (rank 2)' });
  });

  it('truncated and corrupt files give RF201 / RF202 with the byte offset, never a throw', async () => {
    const whole = net([conv('x', 'y', 3)], { initializers: [{ name: 'y.w', dims: [4, 3, 3, 3], raw: new Uint8Array(432) }] });
    for (const cut of [1, 10, 100, whole.length - 1]) {
      const r = await loadBytes(whole.subarray(0, cut));
      expect(r.model).toBeUndefined();
      expect(r.diagnostics).toHaveLength(1);
      expect(['RF201', 'RF202']).toContain(r.diagnostics[0]!.code);
      expect(r.diagnostics[0]!.message).toMatch(/byte \d+/);
    }
    expect((await loadBytes(whole.subarray(0, whole.length - 1))).diagnostics[0]!.code).toBe('RF201');
    const corrupt = whole.slice();
    corrupt[3] = 0xff; // inside the producer name's length: now past the end of the file or a bad tag
    expect((await loadBytes(corrupt)).diagnostics[0]!.code).toMatch(/RF20[12]/);
    const text = await loadBytes(new TextEncoder().encode('version https://git-lfs.github.com/spec/v1\noid sha256:abc\nsize 12345\n'));
    expect(text.diagnostics[0]!.code).toMatch(/RF20[12]/);
    expect((await loadBytes(new Uint8Array())).diagnostics[0]).toMatchObject({ code: 'RF201', message: 'the file is empty: an ONNX model holds at least a graph' });
  });

  it('floats attributes (Upsample opset 7 scales)', async () => {
    const m = await load(net([{ op: 'Upsample', inputs: ['x'], outputs: ['y'], attrs: [attrFloats('scales', [1, 1, 2, 4])] }], {}, { opset: 7 }));
    expect(strides(rfOf(m, 'y'))).toEqual(['1/2', '1/4']);
  });
});
