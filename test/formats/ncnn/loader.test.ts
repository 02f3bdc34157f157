/**
 * What the ncnn loader makes of each layer, against figures worked out by hand from ncnn's
 * src/layer/*.cpp (make_padding, forward): a k×k window at stride s seen from output 0 starts at
 * −begin pad; SAME's begin pad is ⌊total/2⌋ (−233) or ⌈total/2⌉ (−234) with total =
 * (⌈n/s⌉ − 1)·s + k − n; pad_mode 0 pads the end up to a whole stride.
 */
import { copyFile, mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../src/check/run.js';
import { parseRules } from '../../../src/check/rules.js';
import { loaderFor } from '../../../src/formats/index.js';
import { ncnnLoader } from '../../../src/formats/ncnn/index.js';
import { DEFAULT_LIMITS } from '../../../src/formats/model.js';
import { figures, load, model, net, onlyError, rfOf } from './helpers.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('ncnn param files', () => {
  it('are recognised by their magic and count line, whatever the name; other text is not', () => {
    expect(loaderFor('anything.txt', bytes('7767517\n3 3\nInput data 0 1 data\n'))?.format).toBe('ncnn');
    expect(loaderFor('x.param', bytes('7767517\r\n3 3\r\n'))?.format).toBe('ncnn');
    expect(loaderFor('x.param', bytes('some.param=1\nother=2\n'))).toBeUndefined();
    expect(loaderFor('x.param', bytes('7767518\n3 3\n'))).toBeUndefined();
  });

  it('a convolution: kernel 1/11, stride 3/13, pad 4/15/14/16 with their defaults, dilation 2/12', () => {
    const m = model(load(net(['Convolution c 1 1 data c 0=8 1=3 11=5 3=2 13=1 4=1 14=2 2=2'])));
    // Height: k 5, s 1, d 2 → extent 9, pad top 2 (bottom = top); width: k 3, s 2, d 2 → 5, pad 1.
    expect(figures(rfOf(m, 'c'))).toEqual({ rf: [9, 5], rfMin: [9, 5], stride: [1, 2], start: [-2, -1], size: [60, 31] });
  });

  it('-233 is SAME_UPPER and -234 SAME_LOWER, from the size', () => {
    const upper = model(load(net(['Convolution c 1 1 data c 0=8 1=3 3=2 4=-233'])));
    expect(figures(rfOf(upper, 'c'))).toEqual({ rf: [3, 3], rfMin: [3, 3], stride: [2, 2], start: [0, 0], size: [32, 32] });
    const lower = model(load(net(['Convolution c 1 1 data c 0=8 1=3 3=2 4=-234'])));
    expect(figures(rfOf(lower, 'c')).start).toEqual([-1, -1]);
    const odd = model(load(net(['Convolution c 1 1 data c 0=8 1=3 3=2 4=-233'], 'Input data 0 1 data 0=65 1=65 2=3')));
    expect(figures(rfOf(odd, 'c'))).toMatchObject({ start: [-1, -1], size: [33, 33] });
  });

  it("pooling pad_mode 0 keeps the last partial window (ncnn's tail pad), 1 drops it, 2 is SAME", () => {
    const input = 'Input data 0 1 data 0=5 1=5 2=3';
    // 5 + 2·1 − 2 = 5 is odd: a tail pad of 1 gives ⌊6/2⌋ + 1 = 4 (PyTorch's ceil rule: 3).
    expect(figures(rfOf(model(load(net(['Pooling p 1 1 data p 0=0 1=2 2=2 3=1 5=0'], input))), 'p'))).toEqual({ rf: [2, 2], rfMin: [2, 2], stride: [2, 2], start: [-1, -1], size: [4, 4] });
    expect(figures(rfOf(model(load(net(['Pooling p 1 1 data p 0=0 1=2 2=2 3=1 5=1'], input))), 'p')).size).toEqual([3, 3]);
    expect(figures(rfOf(model(load(net(['Pooling p 1 1 data p 0=1 1=3 2=2 5=2'], input))), 'p'))).toMatchObject({ start: [-1, -1], size: [3, 3] });
  });

  it('global pooling and a fully connected layer are global, with the layer that made it so', () => {
    const m = model(load(net(['Pooling gap 1 1 data gap 0=1 4=1', 'InnerProduct fc 1 1 gap fc 0=10', 'Softmax prob 1 1 fc prob'])));
    expect(m.outputs.map((o) => o.name)).toEqual(['prob']);
    const node = m.graph.nodes[m.tensors!.get('gap')!]!;
    expect(node.op).toEqual({ kind: 'global', reason: 'Pooling with global_pooling: layer "gap"' });
    expect(rfOf(m, 'prob').global).toBe(true);
  });

  it('Interp: nearest by scale, bilinear to a fixed size, to a reference blob', () => {
    const m = model(
      load(
        net([
          'Convolution down 1 1 data down 0=8 1=3 3=2 4=1',
          'Split sp 1 3 down d0 d1 d2',
          'Interp near 1 1 d0 near 0=1 1=2.000000e+00 2=2.000000e+00',
          'Interp lin 1 1 d1 lin 0=2 3=64 4=64',
          'Interp ref 2 1 d2 data ref 0=1 5=1',
        ]),
      ),
    );
    // Nearest ×2 after a stride-2 conv: output u reads ⌊u/2⌋, so pairs share one 3-wide window.
    expect(figures(rfOf(m, 'near'))).toEqual({ rf: [3, 3], rfMin: [3, 3], stride: [1, 1], start: [-1, -1], size: [64, 64] });
    // Half-pixel bilinear reads two neighbours: 3 + 2 = 5 at odd positions, 5 at even.
    expect(figures(rfOf(m, 'lin'))).toMatchObject({ rf: [5, 5], size: [64, 64] });
    expect(figures(rfOf(m, 'ref'))).toEqual(figures(rfOf(m, 'near')));
    // Split's tops are the blob itself, under new names.
    expect(m.tensors!.get('d1')).toBe(m.tensors!.get('down'));
  });

  it('Crop: offsets and sizes, numpy starts/ends/axes, and to a reference blob', () => {
    const m = model(
      load(
        net([
          'Split sp 1 4 data a b c d',
          'Crop own 1 1 a own 0=2 1=3 3=10 4=20',
          'Crop np 1 1 b np -23309=2,1,1 -23310=2,-1,-1 -23311=2,1,2',
          'Pooling p 1 1 c p 0=0 1=2 2=2 5=1',
          'Crop ref 2 1 d p ref 0=1 1=3',
        ]),
      ),
    );
    expect(figures(rfOf(m, 'own'))).toEqual({ rf: [1, 1], rfMin: [1, 1], stride: [1, 1], start: [3, 2], size: [20, 10] });
    expect(figures(rfOf(m, 'np'))).toMatchObject({ start: [1, 1], size: [62, 62] });
    expect(figures(rfOf(m, 'ref'))).toMatchObject({ start: [3, 1], size: [32, 32] });
    // ncnn keeps min(outw, what is left): 4 columns from offset 60.
    expect(figures(rfOf(model(load(net(['Crop k 1 1 data k 0=60 3=10 4=10']))), 'k'))).toMatchObject({ start: [0, 60], size: [10, 4] });
    expect(onlyError(load(net(['Crop k 1 1 data k 0=70 3=10 4=10']))).message).toContain('the crop keeps -6 of 64 from offset 70 on the width axis');
    expect(onlyError(load(net(['Split sp 1 2 data a b', 'Pooling p 1 1 a p 0=0 1=2 2=2 5=1', 'Crop ref 2 1 p b ref 0=40'])))).toMatchObject({ code: 'RF602' });
  });

  it('Padding, PixelShuffle and Reorg', () => {
    const m = model(load(net(['Padding pad 1 1 data pad 0=1 1=3 2=3 3=3', 'Split sp 1 2 pad p0 p1', 'PixelShuffle up 1 1 p0 up 0=2', 'Reorg down 1 1 p1 down 0=2'], 'Input data 0 1 data 0=66 1=64 2=3')));
    expect(figures(rfOf(m, 'pad'))).toEqual({ rf: [1, 1], rfMin: [1, 1], stride: [1, 1], start: [-1, -3], size: [68, 72] });
    expect(figures(rfOf(m, 'up'))).toMatchObject({ stride: [0.5, 0.5], size: [136, 144] });
    expect(figures(rfOf(m, 'down'))).toMatchObject({ rf: [2, 2], stride: [2, 2], size: [34, 36] });
  });

  it('Deconvolution: pads cut, or SAME cut to output_w/h with the extra pixel at the end (-233) or the start (-234)', () => {
    const cut = model(load(net(['Deconvolution up 1 1 data up 0=4 1=4 3=2 4=1'])));
    expect(figures(rfOf(cut, 'up')).size).toEqual([128, 128]);
    // Full output (64 − 1)·2 + 3 = 129, cut to 128: 0 before and 1 after (upper), 1 before (lower).
    const upper = model(load(net(['Deconvolution up 1 1 data up 0=4 1=3 3=2 4=-233 20=128 21=128'])));
    const lower = model(load(net(['Deconvolution up 1 1 data up 0=4 1=3 3=2 4=-234 20=128 21=128'])));
    expect(figures(rfOf(upper, 'up')).size).toEqual([128, 128]);
    expect(upper.graph.nodes[upper.tensors!.get('up')!]!.op).toMatchObject({ kind: 'deconv', pad: [{ begin: 0, end: 1 }, { begin: 0, end: 1 }] });
    expect(lower.graph.nodes[lower.tensors!.get('up')!]!.op).toMatchObject({ kind: 'deconv', pad: [{ begin: 1, end: 0 }, { begin: 1, end: 0 }] });
  });

  it('merges: Eltwise, BinaryOp, channel Concat; a constant (MemoryData) operand reads nothing', () => {
    const m = model(
      load(
        net([
          'Split sp 1 3 data a b c',
          'Convolution ca 1 1 a ca 0=4 1=3 4=1',
          'Convolution cb 1 1 b cb 0=4 1=5 4=2',
          'Eltwise sum 2 1 ca cb sum 0=1',
          'Concat cat 2 1 sum c cat 0=0',
          'MemoryData bias 0 1 bias 0=1 1=1 2=12',
          'BinaryOp plus 2 1 cat bias plus 0=0',
        ]),
      ),
    );
    expect(figures(rfOf(m, 'sum'))).toMatchObject({ rf: [5, 5], start: [-2, -2] });
    expect(figures(rfOf(m, 'plus'))).toMatchObject({ rf: [5, 5], start: [-2, -2] });
    expect(m.graph.nodes[m.tensors!.get('plus')!]!.op).toEqual({ kind: 'pointwise' });
    expect(m.outputs.map((o) => o.name)).toEqual(['plus']);
  });

  it('a spatial Concat is refused with its place; one of global blobs is fine', () => {
    expect(onlyError(load(net(['Split sp 1 2 data a b', 'Concat cat 2 1 a b cat 0=1'])))).toMatchObject({ code: 'RF610', line: 5, column: 1 });
    const m = model(load(net(['Split sp 1 2 data a b', 'InnerProduct f1 1 1 a f1 0=4', 'InnerProduct f2 1 1 b f2 0=4', 'Concat cat 2 1 f1 f2 cat 0=1'])));
    expect(rfOf(m, 'cat').global).toBe(true);
  });

  it('an unknown layer type is refused at its name, and --assume is the way out', () => {
    const text = net(['Convolution c 1 1 data c 0=8 1=3 4=1', 'Relu6 act 1 1 c act']);
    const e = onlyError(load(text));
    expect([e.code, e.line, e.column]).toEqual(['RF605', 5, 1]);
    expect(e.message).toContain('unknown layer type `Relu6`');
    expect(e.message).toContain('--assume Relu6=pointwise');
    const m = model(load(text, { assume: new Map([['Relu6', 'pointwise']]) }));
    expect(figures(rfOf(m, 'act')).rf).toEqual([3, 3]);
    expect(m.assumptions).toContain('layers of type Relu6 are treated as pointwise, as asked');
  });

  it('a squeeze-and-excitation product is a channel-attention gate: global, or pointwise when asked', () => {
    const text = net(['Convolution c 1 1 data c 0=8 1=3 4=1', 'Split sp 1 2 c c0 c1', 'Pooling gap 1 1 c0 gap 0=1 4=1', 'Sigmoid s 1 1 gap s', 'BinaryOp se 2 1 c1 s se 0=2']);
    const gated = load(text);
    expect(gated.diagnostics.map((d) => d.code)).toEqual(['RF612']);
    expect(rfOf(model(gated), 'se').global).toBe(true);
    expect(figures(rfOf(model(load(text, { channelAttentionPointwise: true })), 'se')).rf).toEqual([3, 3]);
  });

  it('without a size in the Input layer, --input-size gives it; layers that need it say so', () => {
    const text = net(['Convolution c 1 1 data c 0=8 1=3 3=2 4=1'], 'Input data 0 1 data');
    expect(load(text).model!.inputSize).toBeUndefined();
    expect(figures(rfOf(model(load(text, { inputSize: [32, 48] })), 'c')).size).toEqual([16, 24]);
    const e = onlyError(load(net(['Interp i 1 1 data i 0=2 3=10 4=10'], 'Input data 0 1 data')));
    expect(e).toMatchObject({ code: 'RF608', line: 4, column: 1 });
  });

  it('the binary .param.bin is recognised and explained, not misread', async () => {
    const bin = new Uint8Array([0xdd, 0x86, 0x76, 0x00, 3, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0]);
    expect(loaderFor('model.param.bin', bin)?.format).toBe('ncnn');
    const result = await ncnnLoader.load({ path: 'model.param.bin', size: bin.length, read: async (o, n) => bin.subarray(o, o + n) }, { limits: DEFAULT_LIMITS });
    expect(onlyError(result)).toMatchObject({ code: 'RF613' });
  });
});

describe('ncnn files in a check', () => {
  it('are found in a folder by content, held by rules by blob name, and --stages finds the stage ends', async () => {
    const cwd = await realpath(await mkdtemp(join(tmpdir(), 'rflint-ncnn-')));
    try {
      await mkdir(join(cwd, 'assets'));
      await copyFile('test/fixtures/ncnn/vgg16.param', join(cwd, 'assets/vgg16.param'));
      await writeFile(join(cwd, 'assets/other.param'), 'learning_rate=0.1\n');
      const plain = await runCheck({ cwd, patterns: [] });
      expect(plain.files.map((f) => [f.path, f.format])).toEqual([['assets/vgg16.param', 'ncnn']]);
      expect(plain.files[0]!.outputs.map((o) => [o.name, o.global])).toEqual([['logits', true]]);
      const { rules } = parseRules('- files: "**/*.param"\n  outputs: "pool5"\n  min_rf: 224\n', 'rules.yaml');
      const held = await runCheck({ cwd, patterns: [], rules });
      expect(held.files[0]!.outputs.find((o) => o.name === 'pool5')).toMatchObject({ rf: [212, 212], stride: [32, 32], start: [-90, -90], status: 'fail' });
      const staged = await runCheck({ cwd, patterns: [], stages: true });
      expect(staged.files[0]!.outputs.map((o) => o.name)).toEqual(expect.arrayContaining(['logits', 'stride32']));
      expect(staged.files[0]!.outputs.find((o) => o.name === 'stride32')).toMatchObject({ rf: [212, 212] });
    } finally {
      await rm(cwd, { recursive: true, force: true });
    }
  });
});
