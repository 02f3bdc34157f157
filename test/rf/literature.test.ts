/**
 * Hand-checked receptive fields from the literature and real architectures, and the shape
 * rules (PyTorch ceil_mode, TF SAME) with their errors. Numbers are worked out by hand in the
 * comments (r_n = r_{n-1} + d·(k − 1)·J_{n-1}, J_n = J_{n-1}·s, start_n = start_{n-1} − p·J_{n-1}).
 */
import { describe, expect, it } from 'vitest';
import { analyze, tensorRF, type TensorRF } from '../../src/rf/analyze.js';
import { GraphBuilder, conv, global, input, merge, pad, pointwise } from '../../src/rf/ops.js';
import { type Graph, GraphError } from '../../src/rf/graph.js';

function rfOf(graph: Graph, node: number, inputSize?: number[]): TensorRF {
  const result = tensorRF(analyze(graph, inputSize ? { inputSize } : {}), node);
  if (result instanceof GraphError) throw new Error(`unexpected ${result.code}: ${result.message}`);
  return result;
}

function errorOf(graph: Graph, node: number, inputSize?: number[]): GraphError {
  const result = tensorRF(analyze(graph, inputSize ? { inputSize } : {}), node);
  if (!(result instanceof GraphError)) throw new Error(`expected an error at ${graph.nodes[node]!.name}, got rf ${result.rf}`);
  return result;
}

const strideOf = (t: TensorRF): string[] => t.stride!.map((f) => (f.den === 1 ? `${f.num}` : `${f.num}/${f.den}`));

describe('receptive fields from the literature', () => {
  it('conv k3 s2 then conv k2 s1: RF 3 then 5, stride 2', () => {
    const b = new GraphBuilder(1);
    b.add('x', input);
    const c1 = b.add('c1', conv(1, { kernel: 3, stride: 2 }), ['x']);
    const c2 = b.add('c2', conv(1, { kernel: 2 }), ['c1']);
    const g = b.build();
    expect(rfOf(g, c1).rf).toEqual([3]);
    expect(strideOf(rfOf(g, c1))).toEqual(['2']);
    // r = 3 + (2 − 1)·2 = 5
    expect(rfOf(g, c2).rf).toEqual([5]);
    expect(strideOf(rfOf(g, c2))).toEqual(['2']);
  });

  /** VGG-16: 2-2-3-3-3 3×3 convs (pad 1) with a 2×2/2 max pool after each group. */
  function vgg16(): { graph: Graph; conv5_3: number; pool5: number } {
    const b = new GraphBuilder(2);
    let prev = b.add('input', input);
    let conv5_3 = -1;
    [2, 2, 3, 3, 3].forEach((convs, stage) => {
      for (let i = 1; i <= convs; i++) {
        prev = b.add(`conv${stage + 1}_${i}`, conv(2, { kernel: 3, pad: 1 }), [prev]);
        prev = b.add(`relu${stage + 1}_${i}`, pointwise, [prev]);
      }
      if (stage === 4) conv5_3 = prev;
      prev = b.add(`pool${stage + 1}`, conv(2, { kernel: 2, stride: 2, pool: 'max' }), [prev]);
    });
    return { graph: b.build(), conv5_3, pool5: prev };
  }

  it('VGG-16: conv5_3 sees 196 px at stride 16, pool5 212 px at stride 32', () => {
    const { graph, conv5_3, pool5 } = vgg16();
    const c = rfOf(graph, conv5_3);
    expect(c.rf).toEqual([196, 196]);
    expect(strideOf(c)).toEqual(['16', '16']);
    const p = rfOf(graph, pool5);
    expect(p.rf).toEqual([212, 212]);
    expect(p.rfMin).toEqual([212, 212]);
    expect(strideOf(p)).toEqual(['32', '32']);
    // Each 3×3 conv with pad 1 moves the start by −J: −2 −4 −12 −24 −48 = −90; the centre of
    // output 0 is −90 + (212 − 1)/2 = 15.5, the classic VGG offset.
    expect(p.start).toEqual([-90, -90]);
    expect(p.center).toEqual([15.5, 15.5]);
    expect(p.aligned).toBe(true);
  });

  it('VGG-16 on 224×224: pool5 is 7×7 and its central pixel covers 212 of 224 px', () => {
    const { graph, pool5 } = vgg16();
    const p = rfOf(graph, pool5, [224, 224]);
    expect(p.size).toEqual([7, 7]);
    // Central pixel 3: [3·32 − 90, 3·32 − 90 + 211] = [6, 217], inside the image.
    expect(p.coverage).toEqual([212 / 224, 212 / 224]);
  });

  it('AlexNet (torchvision/Caffe geometry): pool5 sees 195 px at stride 32', () => {
    const b = new GraphBuilder(2);
    b.add('input', input);
    b.add('conv1', conv(2, { kernel: 11, stride: 4, pad: 2 }), ['input']); // r 11, J 4
    b.add('pool1', conv(2, { kernel: 3, stride: 2, pool: 'max' }), ['conv1']); // 19, J 8
    b.add('conv2', conv(2, { kernel: 5, pad: 2 }), ['pool1']); // 51
    b.add('pool2', conv(2, { kernel: 3, stride: 2, pool: 'max' }), ['conv2']); // 67, J 16
    b.add('conv3', conv(2, { kernel: 3, pad: 1 }), ['pool2']); // 99
    b.add('conv4', conv(2, { kernel: 3, pad: 1 }), ['conv3']); // 131
    b.add('conv5', conv(2, { kernel: 3, pad: 1 }), ['conv4']); // 163
    const pool5 = b.add('pool5', conv(2, { kernel: 3, stride: 2, pool: 'max' }), ['conv5']); // 195, J 32
    const t = rfOf(b.build(), pool5);
    expect(t.rf).toEqual([195, 195]);
    expect(strideOf(t)).toEqual(['32', '32']);
  });

  it('ResNet-50 (torchvision v1.5, stride in the 3×3): layer4 sees 427 px at stride 32, aligned', () => {
    const b = new GraphBuilder(2);
    b.add('input', input);
    b.add('conv1', conv(2, { kernel: 7, stride: 2, pad: 3 }), ['input']);
    let prev = b.add('maxpool', conv(2, { kernel: 3, stride: 2, pad: 1, pool: 'max' }), ['conv1']);
    const stages: [string, number, number][] = [['layer1', 3, 1], ['layer2', 4, 2], ['layer3', 6, 2], ['layer4', 3, 2]];
    for (const [name, blocks, stride] of stages) {
      for (let i = 0; i < blocks; i++) {
        const s = i === 0 ? stride : 1;
        const p = `${name}.${i}`;
        b.add(`${p}.conv1`, conv(2, { kernel: 1 }), [prev]);
        b.add(`${p}.conv2`, conv(2, { kernel: 3, stride: s, pad: 1 }), [`${p}.conv1`]);
        b.add(`${p}.conv3`, conv(2, { kernel: 1 }), [`${p}.conv2`]);
        // The first block of each stage projects the shortcut (a strided 1×1 where needed).
        const shortcut = i === 0 ? b.add(`${p}.downsample`, conv(2, { kernel: 1, stride: s }), [prev]) : prev;
        prev = b.add(`${p}.add`, merge('add'), [`${p}.conv3`, shortcut]);
      }
    }
    const g = b.build();
    // 7, +2·2 = 11 (J 4); layer1 +3·2·4 = 35; layer2 +2·4 +3·2·8 = 91 (J 8);
    // layer3 +2·8 +5·2·16 = 267 (J 16); layer4 +2·16 +2·2·32 = 427 (J 32).
    const layer = (name: string): TensorRF => rfOf(g, b.id(name));
    expect(layer('layer1.2.add').rf).toEqual([35, 35]);
    expect(layer('layer2.3.add').rf).toEqual([91, 91]);
    expect(layer('layer3.5.add').rf).toEqual([267, 267]);
    const out = layer('layer4.2.add');
    expect(out.rf).toEqual([427, 427]);
    expect(strideOf(out)).toEqual(['32', '32']);
    expect(out.aligned).toBe(true);
  });

  /**
   * Araujo, Norris & Sim, "Computing Receptive Fields of Convolutional Neural Networks"
   * (Distill, 2019), second figure of "Arbitrary computation graphs", as built in the
   * authors' tests (tensorflow/contrib/receptive_field, create_test_network_1): a 1×1 stride-4
   * conv beside pad [1, 0] → 3×3 stride-2 → 1×1 stride-2, added.
   */
  function distillAligned(b: GraphBuilder): number {
    b.add('L1', conv(2, { kernel: 1, stride: 4 }), ['input']);
    b.add('L2_pad', pad(2, 1, 0), ['input']);
    b.add('L2', conv(2, { kernel: 3, stride: 2 }), ['L2_pad']);
    b.add('L3', conv(2, { kernel: 1, stride: 2 }), ['L2']);
    return b.add('output', merge('add'), ['L1', 'L3']);
  }

  it('Distill aligned two-branch example: RF 3, stride 4, effective padding 1, aligned', () => {
    const b = new GraphBuilder(2);
    b.add('input', input);
    const out = distillAligned(b);
    const t = rfOf(b.build(), out);
    expect(t.rf).toEqual([3, 3]);
    expect(strideOf(t)).toEqual(['4', '4']);
    expect(t.start!.map((s) => -s!)).toEqual([1, 1]);
    // L1 sees [0, 0] centred on 0; the right branch sees [−1, 1], also centred on 0.
    expect(t.center).toEqual([0, 0]);
    expect(t.aligned).toBe(true);
  });

  it('Distill example with a second two-branch stage (create_test_network_8): RF 11, stride 8, padding 5', () => {
    const b = new GraphBuilder(2);
    b.add('input', input);
    distillAligned(b);
    b.add('L4', pointwise, ['output']);
    b.add('L5', conv(2, { kernel: 1, stride: 2 }), ['L4']);
    b.add('L6_pad', pad(2, 1, 0), ['L4']);
    b.add('L6', conv(2, { kernel: 3, stride: 2 }), ['L6_pad']);
    const out = b.add('output2', merge('add'), ['L5', 'L6']);
    const t = rfOf(b.build(), out);
    expect(t.rf).toEqual([11, 11]);
    expect(strideOf(t)).toEqual(['8', '8']);
    expect(t.start).toEqual([-5, -5]);
  });

  it("the same example's misaligned variant (create_test_network_3, strides 2 and 1) is RF012", () => {
    const b = new GraphBuilder(2);
    b.add('input', input);
    b.add('L1_pad', pad(2, 2, 1), ['input']);
    b.add('L1', conv(2, { kernel: 5, stride: 2 }), ['L1_pad']);
    b.add('L2', conv(2, { kernel: 3 }), ['input']);
    b.add('L3', conv(2, { kernel: 3 }), ['L2']);
    const out = b.add('output', merge('add'), ['L1', 'L3']);
    const err = errorOf(b.build(), out);
    expect(err.code).toBe('RF012');
    expect(err.node).toBe(out);
    expect(err.message).toContain('output');
    expect(err.message).toMatch(/L1 stride 2, L3 stride 1/);
  });

  it('a merge of equal strides with different centres is legal but not aligned, with both centres', () => {
    const b = new GraphBuilder(1);
    b.add('input', input);
    b.add('a', conv(1, { kernel: 3 }), ['input']); // [0, 2], centre 1
    b.add('b', conv(1, { kernel: 3, pad: 1 }), ['input']); // [−1, 1], centre 0
    const out = b.add('sum', merge('add'), ['a', 'b']);
    const t = rfOf(b.build(), out);
    expect(t.rf).toEqual([4]);
    expect(t.start).toEqual([-1]);
    expect(t.aligned).toBe(false);
    expect(t.misalignment).toEqual({ merge: out, axis: 0, position: 0, centers: [1, 0], contained: false });
  });

  it('a path whose RF contains the other\'s is off-centre by design: a residual around a causal conv', () => {
    const b = new GraphBuilder(1);
    b.add('input', input);
    b.add('causal', conv(1, { kernel: 3, pad: [[2, 0]] }), ['input']); // [−2, 0], centre −1
    const out = b.add('sum', merge('add'), ['causal', 'input']); // [0, 0] inside [−2, 0]
    const t = rfOf(b.build(), out);
    expect(t.rf).toEqual([3]);
    expect(t.aligned).toBe(false);
    expect(t.misalignment).toEqual({ merge: out, axis: 0, position: 0, centers: [-1, 0], contained: true });
  });

  it('a global op makes every later tensor global', () => {
    const b = new GraphBuilder(2);
    b.add('input', input);
    b.add('c', conv(2, { kernel: 3 }), ['input']);
    b.add('gap', global, ['c']);
    const fc = b.add('fc', pointwise, ['gap']);
    const t = rfOf(b.build(), fc, [32, 32]);
    expect(t.global).toBe(true);
    expect(t.rf).toBeNull();
    expect(t.coverage).toEqual([1, 1]);
  });
});

describe('shapes', () => {
  const pool1d = (params: Parameters<typeof conv>[1], n: number): TensorRF | GraphError => {
    const b = new GraphBuilder(1);
    b.add('x', input);
    const p = b.add('pool', conv(1, { pool: 'max', ...params }), ['x']);
    return tensorRF(analyze(b.build(), { inputSize: [n] }), p);
  };

  it('ceil_mode rounds the output size up (PyTorch): 2×2/2 on 5 gives 3, floor mode 2', () => {
    expect((pool1d({ kernel: 2, stride: 2, ceilMode: true }, 5) as TensorRF).size).toEqual([3]);
    expect((pool1d({ kernel: 2, stride: 2 }, 5) as TensorRF).size).toEqual([2]);
  });

  it('ceil_mode drops a last window that would start in the right padding (PyTorch rule)', () => {
    // n 5, k 2, s 2, pad 1: ceil((5 + 2 − 2)/2) + 1 = 4, but window 3 starts at 3·2 = 6 ≥ 5 + 1.
    expect((pool1d({ kernel: 2, stride: 2, pad: 1, ceilMode: true }, 5) as TensorRF).size).toEqual([3]);
    // n 6: ceil(6/2) + 1 = 4 and window 3 starts at 6 < 6 + 1, inside the input: kept.
    expect((pool1d({ kernel: 2, stride: 2, pad: 1, ceilMode: true }, 6) as TensorRF).size).toEqual([4]);
  });

  // aten/src/ATen/native/Pool.h gives (2 − 3 + 1)/2 + 1 = 1 output for MaxPool1d(3, 2,
  // ceil_mode=True) on length 2 (the window may run off the end when it starts inside the
  // input), as does ONNX's ceil((2 − 3)/2 + 1) = 1.
  it('ceil_mode window past the end: MaxPool k3 s2 ceil_mode on size 2 has 1 output', () => {
    const t = pool1d({ kernel: 3, stride: 2, ceilMode: true }, 2);
    expect(t).not.toBeInstanceOf(GraphError);
    expect((t as TensorRF).size).toEqual([1]);
  });

  const same1d = (kernel: number, stride: number, which: 'same_upper' | 'same_lower', n?: number): TensorRF => {
    const b = new GraphBuilder(1);
    b.add('x', input);
    const c = b.add('c', conv(1, { kernel, stride, pad: which }), ['x']);
    return rfOf(b.build(), c, n === undefined ? undefined : [n]);
  };

  it('SAME_UPPER puts the odd padding pixel at the end, SAME_LOWER at the start', () => {
    // k 4, s 1, n 8: total pad 3 → upper begins with 1, lower with 2.
    expect(same1d(4, 1, 'same_upper', 8)).toMatchObject({ size: [8], start: [-1], rf: [4] });
    expect(same1d(4, 1, 'same_lower', 8)).toMatchObject({ size: [8], start: [-2], rf: [4] });
    // k 3, s 2, n 8: out 4, total max(3·2 + 3 − 8, 0) = 1 → begin 0 (upper) or 1 (lower).
    expect(same1d(3, 2, 'same_upper', 8)).toMatchObject({ size: [4], start: [0] });
    expect(same1d(3, 2, 'same_lower', 8)).toMatchObject({ size: [4], start: [-1] });
    // n 7: out 4, total 2 → begin 1 either way.
    expect(same1d(3, 2, 'same_upper', 7)).toMatchObject({ size: [4], start: [-1] });
    expect(same1d(3, 2, 'same_lower', 7)).toMatchObject({ size: [4], start: [-1] });
  });

  it('SAME without an input size: start unknown for 3×3/2, known for 1×1/2 and 2×2/2 (docs/design.md §6)', () => {
    const t = same1d(3, 2, 'same_upper');
    expect(t.start).toEqual([null]);
    expect(t.rf).toEqual([3]);
    expect(strideOf(t)).toEqual(['2']);
    // 1×1/2 and 2×2/2 SAME_UPPER pad 0 at the start whatever the size.
    expect(same1d(1, 2, 'same_upper').start).toEqual([0]);
    expect(same1d(2, 2, 'same_upper').start).toEqual([0]);
    // SAME_LOWER 2×2/2 pads 1 at the start for odd sizes, 0 for even ones: unknown.
    expect(same1d(2, 2, 'same_lower').start).toEqual([null]);
  });

  it('the Distill example with a SAME 3×3/2 (create_test_network_4): RF 3, stride 4, padding unknown', () => {
    const b = new GraphBuilder(2);
    b.add('input', input);
    b.add('L1', conv(2, { kernel: 1, stride: 4 }), ['input']);
    b.add('L2', conv(2, { kernel: 3, stride: 2, pad: 'same_upper' }), ['input']);
    b.add('L3', conv(2, { kernel: 1, stride: 2 }), ['L2']);
    const out = b.add('output', merge('add'), ['L1', 'L3']);
    const t = rfOf(b.build(), out);
    expect(t.rf).toEqual([3, 3]);
    expect(strideOf(t)).toEqual(['4', '4']);
    expect(t.start).toEqual([null, null]);
  });

  it('an output size ≤ 0 is RF010 at the layer, named in the message; later layers carry it', () => {
    const b = new GraphBuilder(2);
    b.add('x', input);
    b.add('ok', conv(2, { kernel: 3 }), ['x']); // 5 → 3
    const bad = b.add('too_big', conv(2, { kernel: [1, 5] }), ['ok']); // width 3 − 5 + 1 = −1
    const after = b.add('after', pointwise, ['too_big']);
    const analysis = analyze(b.build(), { inputSize: [5, 5] });
    const err = tensorRF(analysis, bad) as GraphError;
    expect(err).toBeInstanceOf(GraphError);
    expect(err.code).toBe('RF010');
    expect(err.node).toBe(bad);
    expect(err.message).toContain('too_big');
    expect(tensorRF(analysis, after)).toBe(err);
    expect((tensorRF(analysis, b.id('ok')) as TensorRF).size).toEqual([3, 3]);
  });

  it('a merge of mismatched sizes is RF011 at the merge, naming the other input', () => {
    const b = new GraphBuilder(1);
    b.add('x', input);
    b.add('valid', conv(1, { kernel: 3 }), ['x']); // 8 → 6
    const sum = b.add('sum', merge('add'), ['valid', 'x']); // 6 vs 8
    const err = errorOf(b.build(), sum, [8]);
    expect(err.code).toBe('RF011');
    expect(err.node).toBe(sum);
    expect(err.related).toContain(0);
    expect(err.message).toMatch(/valid 6, x 8/);
  });

  it('a cycle is RF001 naming its nodes', () => {
    const graph: Graph = {
      axes: 1,
      nodes: [
        { name: 'x', op: input, inputs: [] },
        { name: 'a', op: merge('add'), inputs: [0, 2] }, // a ← b ← a
        { name: 'b', op: pointwise, inputs: [1] },
      ],
    };
    let thrown: unknown;
    try {
      analyze(graph);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(GraphError);
    const err = thrown as GraphError;
    expect(err.code).toBe('RF001');
    // Producer → consumer, closing the loop: b feeds a, a feeds b.
    expect(err.message).toBe('the graph has a cycle: b → a → b');
    expect(new Set([err.node, ...err.related])).toEqual(new Set([1, 2]));
  });

  it('an input that does not exist is RF002 at the node that names it', () => {
    const graph: Graph = {
      axes: 1,
      nodes: [
        { name: 'x', op: input, inputs: [] },
        { name: 'dangling', op: pointwise, inputs: [7] },
      ],
    };
    expect(() => analyze(graph)).toThrow(GraphError);
    try {
      analyze(graph);
    } catch (err) {
      expect((err as GraphError).code).toBe('RF002');
      expect((err as GraphError).node).toBe(1);
      expect((err as GraphError).message).toContain('dangling');
    }
  });

  it('coverage: the share of the input the central pixel sees, clipped to the input', () => {
    const b = new GraphBuilder(1);
    b.add('x', input);
    const c = b.add('c', conv(1, { kernel: 5, pad: 2 }), ['x']);
    const wide = b.add('wide', conv(1, { kernel: 31, pad: 15 }), ['c']);
    const g = b.build();
    // n 10: central pixel 4 sees [2, 6]: 5 of 10.
    expect(rfOf(g, c, [10]).coverage).toEqual([0.5]);
    // RF 35 around pixel 4 ([−13, 21]) covers all 10 pixels.
    expect(rfOf(g, wide, [10]).coverage).toEqual([1]);
    // n 40: central pixel 19 sees [2, 36]: 35 of 40.
    expect(rfOf(g, wide, [40]).coverage).toEqual([35 / 40]);
  });
});
