/**
 * The layers of the Caffe forks people still fork: SegNet's and PSPNet's `BN`, R-CNN's
 * `ROIPooling`/`PSROIPooling`, the SENet release's `Axpy`, SegNet's `DenseImageData` and
 * py-faster-rcnn's `Python` data layers, a `Concat` of one bottom, a train net whose only data
 * layer is TRAIN-phase. Each with the number or the reason a user reads.
 */
import { describe, expect, it } from 'vitest';
import { conv, figures, load, model, net, rfOf } from './helpers.js';

describe('Caffe forks', () => {
  it('BN is a batch norm: per position', () => {
    const m = model(load(net(`${conv('c', 'data')}layer { name: "bn" type: "BN" bottom: "c" top: "c" bn_param { scale_filler { type: "constant" value: 1 } } }\n${conv('d', 'c')}`)));
    expect(figures(rfOf(m, 'd'))).toMatchObject({ rf: [5, 5], rfMin: [5, 5] });
  });

  it.each(['ROIPooling', 'PSROIPooling', 'ROIAlign'])('%s is global per region of interest, with that reason', (type) => {
    const text = net(`${conv('c', 'data')}layer { name: "rois" type: "DummyData" top: "rois" dummy_data_param { shape { dim: 1 dim: 5 } } }
layer { name: "pool" type: "${type}" bottom: "c" bottom: "rois" top: "pool" roi_pooling_param { pooled_w: 7 pooled_h: 7 spatial_scale: 0.0625 } }`);
    const m = model(load(text));
    expect(rfOf(m, 'pool').global).toBe(true);
    expect(m.graph.nodes[m.tensors!.get('pool')!]!.op).toEqual({
      kind: 'global',
      reason: `${type} (pools each region of interest, whose box comes from another input: global per region): layer "pool"`,
    });
  });

  describe('Axpy (SENet): a·x + y with a channel gate a', () => {
    const text = net(`${conv('c', 'data')}${conv('r', 'c')}layer { name: "g" type: "Pooling" bottom: "r" top: "g" pooling_param { global_pooling: true pool: AVE } }
layer { name: "s" type: "Sigmoid" bottom: "g" top: "g" }
layer { name: "axpy" type: "Axpy" bottom: "g" bottom: "r" bottom: "c" top: "axpy" }
${conv('d', 'axpy')}`);

    it('is a channel-attention gate: global with RF393', () => {
      const gated = load(text);
      expect(gated.diagnostics.map((d) => [d.severity, d.code, d.line])).toEqual([['warning', 'RF393', 8]]);
      expect(rfOf(model(gated), 'd').global).toBe(true);
    });

    it('with the gate as pointwise, x + y: the RF of the deeper branch', () => {
      const m = model(load(text, { channelAttentionPointwise: true }));
      // r: two 3×3 convs (5); d: one more (7). The residual c (3) lies inside.
      expect(figures(rfOf(m, 'd'))).toMatchObject({ rf: [7, 7], rfMin: [7, 7], start: [-3, -3] });
      expect(m.assumptions).toContain('layer "axpy" (Axpy): the channel-attention gate `g` is treated as pointwise, as asked');
    });

    it('takes three bottoms', () => {
      const bad = load(net(`${conv('c', 'data')}layer { name: "axpy" type: "Axpy" bottom: "c" bottom: "c" top: "axpy" }`));
      expect(bad.diagnostics.map((d) => [d.code, d.message])).toEqual([['RF383', 'layer "axpy": an Axpy takes three bottoms (the per-channel scale a, then x and y: a·x + y), got 2']]);
    });
  });

  it('a Python layer with no bottom and a DenseImageData layer are the input (their first top)', () => {
    const py = `name: "faster"\nlayer { name: "input-data" type: "Python" top: "data" top: "im_info" top: "gt_boxes" python_param { module: "roi_data_layer.layer" layer: "RoIDataLayer" } }\n${conv('c', 'data')}`;
    const m = model(load(py, { inputSize: [64, 64] }));
    expect(figures(rfOf(m, 'c'))).toMatchObject({ rf: [3, 3], size: [64, 64] });
    const seg = `name: "segnet"\nlayer { name: "data" type: "DenseImageData" top: "data" top: "label" dense_image_data_param { source: "train.txt" batch_size: 4 } }\n${conv('c', 'data')}`;
    expect(figures(rfOf(model(load(seg, { inputSize: [64, 64] })), 'c'))).toMatchObject({ rf: [3, 3] });
  });

  it('a Python layer that reads a bottom is not data: unknown, with the way out', () => {
    const text = net(`${conv('c', 'data')}layer { name: "proposal" type: "Python" bottom: "c" top: "rois" python_param { module: "rpn.proposal_layer" layer: "ProposalLayer" } }`);
    const [d] = load(text).diagnostics;
    expect([d!.code, d!.message]).toEqual([
      'RF386',
      'layer "proposal": a Python layer reads its bottoms with code rflint does not run or read (py-faster-rcnn\'s proposal and target layers see every position); say so with `--assume Python=global` (rules: `assume: { Python: global }`)',
    ]);
    expect(rfOf(model(load(text, { assume: new Map([['Python', 'global']]) })), 'rois').global).toBe(true);
  });

  it('a train net whose only data layer is TRAIN-phase reads it as the input, and says so', () => {
    const text = `name: "train"
layer { name: "data" type: "Data" top: "data" top: "label" include { phase: TRAIN } data_param { source: "lmdb" batch_size: 8 } }
${conv('c', 'data')}layer { name: "loss" type: "SoftmaxWithLoss" bottom: "c" bottom: "label" top: "loss" }`;
    const m = model(load(text, { inputSize: [32, 32] }));
    expect(figures(rfOf(m, 'c'))).toMatchObject({ rf: [3, 3], size: [32, 32] });
    expect(m.assumptions).toContain('the input is the TRAIN-phase data layer "data": the net has no TEST-phase one');
    expect((m.assumptions ?? []).some((a) => a.includes('TRAIN phase skipped'))).toBe(false);
    // With a TEST-phase data layer too, the TRAIN one is skipped as before.
    const both = text.replace('layer { name: "data"', 'layer { name: "test-data" type: "Data" top: "data" top: "label" include { phase: TEST } data_param { source: "lmdb" batch_size: 1 } }\nlayer { name: "data"');
    expect(model(load(both, { inputSize: [32, 32] })).assumptions).toContain('1 layer of the TRAIN phase skipped: the net as it runs in TEST');
  });
});

describe("SegNet's Upsample: max-unpooling by the pool's mask", () => {
  const segnet = (upsample: string, input = 64) =>
    net(
      `${conv('c', 'data')}layer { name: "pool1" type: "Pooling" bottom: "c" top: "pool1" top: "pool1_mask" pooling_param { pool: MAX kernel_size: 2 stride: 2 } }
layer { name: "up" type: "Upsample" bottom: "pool1" bottom: "pool1_mask" top: "up" upsample_param { ${upsample} } }
${conv('d', 'up')}`,
      `input: "data"\ninput_shape { dim: 1 dim: 3 dim: ${input} dim: ${input} }`,
    );

  it('upsample_h/upsample_w: the pool window each input may write to, at the given size', () => {
    const m = model(load(segnet('upsample_h: 64 upsample_w: 64')));
    // A 2×2/2 pool's window: output u receives from input ⌊u/2⌋ or nothing; the same hull as scale 2.
    expect(figures(rfOf(m, 'd'))).toEqual(figures(rfOf(model(load(segnet('scale: 2'))), 'd')));
    expect(figures(rfOf(m, 'd'))).toMatchObject({ rf: [6, 6], rfMin: [6, 6], size: [64, 64] });
  });

  it('an odd size: the unpooled map is cut to upsample_h × upsample_w', () => {
    // 63 → pool (Caffe rounds up) 32 → unpool 64, cut to 63.
    expect(figures(rfOf(model(load(segnet('upsample_h: 63 upsample_w: 63', 63))), 'd')).size).toEqual([63, 63]);
  });

  it('an output size without the mask is refused with the way out', () => {
    const text = net(`${conv('c', 'data')}layer { name: "up" type: "Upsample" bottom: "c" top: "up" upsample_param { upsample_h: 128 upsample_w: 128 } }`);
    expect(load(text).diagnostics.map((d) => d.code)).toEqual(['RF383']);
  });
});

describe("Interp (DeepLab, PSPNet): bilinear with corners aligned, to a size", () => {
  /** caffe_cpu_interp2's taps with a nonzero weight: x = u·(in − 1)/(out − 1), ⌊x⌋ and the next when x is not whole. */
  const taps = (u: number, input: number, output: number): number[] => {
    const x = output > 1 ? (u * (input - 1)) / (output - 1) : 0;
    const h1 = Math.floor(x);
    return x > h1 && h1 < input - 1 ? [h1, h1 + 1] : [h1];
  };

  it.each([
    ['zoom_factor: 2', 33, 17, 33],
    ['shrink_factor: 2', 33, 17, 9],
    ['height: 40 width: 40', 33, 17, 40],
    ['shrink_factor: 2 zoom_factor: 3', 33, 17, 25],
  ])('%s: exact against a brute-force walk of its taps', (param, input, mid, output) => {
    const text = net(`${conv('c', 'data', 'kernel_size: 3 pad: 1 stride: 2')}layer { name: "i" type: "Interp" bottom: "c" top: "i" interp_param { ${param} } }`, `input: "data"\ninput_shape { dim: 1 dim: 3 dim: ${input} dim: ${input} }`);
    const t = rfOf(model(load(text)), 'i');
    expect(t.size).toEqual([output, output]);
    // c[v] reads input [2v − 1, 2v + 1]; i[u] reads c at its taps.
    const spans = Array.from({ length: output }, (_, u) => {
      const vs = taps(u, mid, output);
      return { lo: 2 * Math.min(...vs) - 1, hi: 2 * Math.max(...vs) + 1 };
    });
    expect(t.rf![1]).toBe(Math.max(...spans.map((s) => s.hi - s.lo + 1)));
    expect(t.rfMin![1]).toBe(Math.min(...spans.map((s) => s.hi - s.lo + 1)));
    expect(t.start![1]).toBe(spans[0]!.lo);
  });

  it('needs the input size', () => {
    const text = `name: "t"\ninput: "data"\n${conv('c', 'data')}layer { name: "i" type: "Interp" bottom: "c" top: "i" interp_param { zoom_factor: 8 } }`;
    expect(load(text).diagnostics.map((d) => d.code)).toEqual(['RF389']);
  });
});
