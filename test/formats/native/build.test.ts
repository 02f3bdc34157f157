/**
 * Layers → graph IR: each op and padding kind becomes the engine op the format promises,
 * checked on the ops themselves and on the RF the engine then computes.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../src/formats/model.js';
import { loadNativeText } from '../../../src/formats/native/index.js';
import { frac } from '../../../src/rf/index.js';
import { load, model, nodeRF } from './helpers.js';

function ops(text: string) {
  return model(load(text)).graph.nodes.slice(1).map((n) => n.op);
}

describe('padding kinds', () => {
  it('an integer, per axis, [begin, end] pairs, valid, same, same_lower', () => {
    const result = ops(`rflint: 1
layers:
  - { op: conv, kernel: 3, padding: 1 }
  - { op: conv, kernel: 3, padding: [1, 2] }
  - { op: conv, kernel: 3, padding: [[0, 2], [1, 1]] }
  - { op: conv, kernel: 3, padding: valid }
  - { op: conv, kernel: 3, stride: 2, padding: same }
  - { op: conv, kernel: 3, stride: 2, padding: same_lower }
`);
    expect(result.map((op) => (op.kind === 'conv' ? op.pad : null))).toEqual([
      [{ begin: 1, end: 1 }, { begin: 1, end: 1 }],
      [{ begin: 1, end: 1 }, { begin: 2, end: 2 }],
      [{ begin: 0, end: 2 }, { begin: 1, end: 1 }],
      [{ begin: 0, end: 0 }, { begin: 0, end: 0 }],
      [{ same: 'upper' }, { same: 'upper' }],
      [{ same: 'lower' }, { same: 'lower' }],
    ]);
  });

  it('causal puts d·(k−1) before and nothing after (1-D)', () => {
    const m = model(load('rflint: 1\ninput: { size: [100] }\nlayers:\n  - { name: c, op: conv, kernel: 3, dilation: 4, padding: causal }\n'));
    expect(m.graph.nodes[1]!.op).toMatchObject({ kind: 'conv', pad: [{ begin: 8, end: 0 }] });
    // The RF ends at the current sample: 9 samples, the first output sees −8 … 0; length kept.
    expect(nodeRF(m, 'c')).toMatchObject({ rf: [9], start: [-8], size: [100] });
  });
});

describe('ops', () => {
  it('pools are convs with a pool tag and ceil_mode', () => {
    const [max, avg] = ops('rflint: 1\nlayers:\n  - { op: maxpool, kernel: 3, stride: 2, ceil_mode: true }\n  - { op: avgpool, kernel: 2, stride: 2 }\n');
    expect(max).toEqual({ kind: 'conv', pool: 'max', kernel: [3, 3], stride: [2, 2], dilation: [1, 1], pad: [{ begin: 0, end: 0 }, { begin: 0, end: 0 }], ceilMode: true });
    expect(avg).toMatchObject({ kind: 'conv', pool: 'avg', kernel: [2, 2] });
  });

  it('ceil_mode changes the output size, not the RF', () => {
    const text = (ceil: boolean) => `rflint: 1\ninput: { size: [8, 8] }\nlayers:\n  - { name: p, op: maxpool, kernel: 3, stride: 2, ceil_mode: ${ceil} }\n`;
    expect(nodeRF(model(load(text(false))), 'p')).toMatchObject({ rf: [3, 3], size: [3, 3] });
    expect(nodeRF(model(load(text(true))), 'p')).toMatchObject({ rf: [3, 3], size: [4, 4] });
  });

  it('deconv with padding and output_padding', () => {
    const [op] = ops('rflint: 1\nlayers:\n  - { op: deconv, kernel: 4, stride: 2, padding: 1, output_padding: [0, 1] }\n');
    expect(op).toEqual({ kind: 'deconv', kernel: [4, 4], stride: [2, 2], dilation: [1, 1], pad: [{ begin: 1, end: 1 }, { begin: 1, end: 1 }], outputPadding: [0, 1] });
  });

  it('upsample: integer, decimal and "3/2" scales; nearest, bilinear, align_corners', () => {
    const result = ops(`rflint: 1
layers:
  - { op: upsample, scale: 2 }
  - { op: upsample, scale: [1.5, "3/2"], mode: bilinear }
  - { op: upsample, scale: 2, mode: bilinear, align_corners: true }
`);
    expect(result).toEqual([
      { kind: 'resize', scale: [frac(2), frac(2)], mode: 'nearest', rounding: 'floor', coordinates: 'asymmetric' },
      { kind: 'resize', scale: [frac(3, 2), frac(3, 2)], mode: 'linear', rounding: 'floor', coordinates: 'half_pixel' },
      { kind: 'resize', scale: [frac(2), frac(2)], mode: 'linear', rounding: 'floor', coordinates: 'align_corners' },
    ]);
  });

  it('pad, crop (a negative pad), space_to_depth, depth_to_space', () => {
    const result = ops(`rflint: 1
layers:
  - { op: pad, padding: [[1, 2], [3, 3]] }
  - { op: crop, crop: [[1, 0], [0, 2]] }
  - { op: space_to_depth, block_size: 2 }
  - { op: depth_to_space, block_size: [2, 1] }
`);
    expect(result).toEqual([
      { kind: 'pad', begin: [1, 3], end: [2, 3] },
      { kind: 'pad', begin: [-1, -0], end: [-0, -2] },
      { kind: 'space_to_depth', block: [2, 2] },
      { kind: 'depth_to_space', block: [2, 1] },
    ]);
  });

  it('global_pool, dense, attention are global; se too unless channel attention is pointwise', () => {
    const text = 'rflint: 1\nlayers:\n  - { op: global_pool }\n  - { op: dense }\n  - { op: attention }\n  - { op: se }\n';
    expect(ops(text).map((op) => op.kind)).toEqual(['global', 'global', 'global', 'global']);
    const pointwiseSE = loadNativeText(text, 'se.rf.yaml', { limits: DEFAULT_LIMITS, channelAttentionPointwise: true });
    expect(pointwiseSE.model!.graph.nodes.slice(1).map((n) => n.op.kind)).toEqual(['global', 'global', 'global', 'pointwise']);
  });

  it('add, mul, concat are merges; activations, norms and dropout are pointwise', () => {
    const result = ops(`rflint: 1
layers:
  - { name: a, op: relu }
  - { name: b, op: bn }
  - { op: add, inputs: [a, b] }
  - { op: mul, inputs: [a, b] }
  - { op: concat, inputs: [a, b, input] }
  - { op: dropout }
  - { op: gelu }
  - { op: identity }
`);
    expect(result).toEqual([
      { kind: 'pointwise' },
      { kind: 'pointwise' },
      { kind: 'merge', merge: 'add' },
      { kind: 'merge', merge: 'mul' },
      { kind: 'merge', merge: 'concat' },
      { kind: 'pointwise' },
      { kind: 'pointwise' },
      { kind: 'pointwise' },
    ]);
  });

  it('1-D and 3-D models take their axes from input.size or the longest list', () => {
    expect(model(load('rflint: 1\ninput: { size: [50] }\nlayers: [{ op: conv, kernel: 3 }]\n')).graph.axes).toBe(1);
    expect(model(load('rflint: 1\nlayers: [{ op: conv, kernel: [1, 3, 3] }, { op: conv, kernel: 3 }]\n')).graph.axes).toBe(3);
    expect(model(load('rflint: 1\nlayers: [{ op: conv, kernel: 3 }]\n')).graph.axes).toBe(2);
  });
});

describe('the docs/design.md §4.1 example', () => {
  it('loads, and its stage1 RF is what the recurrence gives', () => {
    const m = model(
      load(`# yaml-language-server: $schema=../schema/rflint.schema.json
rflint: 1
name: tiny-segmenter
input: { size: [256, 256] }
layers:
  - { name: stem, op: conv, kernel: 7, stride: 2, padding: 3 }
  - { name: pool, op: maxpool, kernel: 3, stride: 2, padding: 1 }
  - name: stage1
    repeat: 2
    block:
      - { name: a, op: conv, kernel: 3, padding: same }
      - { name: b, op: conv, kernel: 3, padding: same, dilation: 2 }
      - { name: add, op: add, inputs: [b, ^] }
  - { name: up, op: upsample, scale: 2 }
  - { name: fuse, op: concat, inputs: [up, stem] }
outputs:
  - { name: seg, layer: fuse, min_rf: 128 }
  - { name: context, layer: stage1, min_coverage: 0.5 }
`),
    );
    // stem 7 (J 2), pool 11 (J 4), then per unit 3×3 (+8) and dilated 3×3 (+16): 11 + 2·24 = 59.
    expect(nodeRF(m, 'stage1.1.add')).toMatchObject({ rf: [59, 59], stride: ['4', '4'], start: [-29, -29] });
    expect(m.outputs.map((o) => [o.name, m.graph.nodes[o.node]!.name])).toEqual([
      ['seg', 'fuse'],
      ['context', 'stage1.1.add'],
    ]);
  });
});
