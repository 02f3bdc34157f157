/**
 * Each crash and hang the fuzzers found, as the smallest edit of a fixture that caused it: it
 * must now load or be refused like any other file (test/fuzz/property.ts's property).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSource } from '../../src/check/load-file.js';
import { checkModel } from '../../src/check/model-check.js';
import { loaderFor } from '../../src/formats/index.js';
import { DEFAULT_LIMITS } from '../../src/formats/model.js';
import { memorySource } from '../support/mutations.js';
import { UniqueNames } from '../../src/formats/unique.js';
import { violation } from './property.js';
import { type FuzzTarget, targetNamed } from './targets.js';

const text = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const target = (name: string): FuzzTarget => targetNamed(name)!;

/** `path` with `from` replaced by `to` once (the edit must apply). */
function edited(path: string, from: string, to: string): Uint8Array {
  const original = text(path);
  expect(original).toContain(from);
  return new TextEncoder().encode(original.replace(from, to));
}

describe('found by fuzzing', () => {
  it('an alias inside the node its anchor marks made the data contain itself (stack overflow in the schema check)', async () => {
    // The fuzzer's input: `unit`'s block aliased the list it sits in.
    const bytes = edited('examples/fpn.rf.yaml', 'block: &basic\n', 'block: &basic\n      - { name: unit, block: *basic }\n');
    expect(await violation(target('native-yaml'), bytes)).toBeUndefined();
    const minimal = new TextEncoder().encode('rflint: 1\ninput: { size: [64, 64] }\nlayers:\n  - name: a\n    block: &b\n      - { name: c, op: conv, kernel: 3 }\n      - { name: d, block: *b }\noutputs:\n  - { name: o, layer: a }\n');
    const result = await loadSource(memorySource('net.rf.yaml', minimal), { limits: DEFAULT_LIMITS });
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'RF100', line: 7, column: 27, message: expect.stringContaining('would contain itself') })]);
  });

  it('an Ultralytics row that aliases itself (circular structure in JSON.stringify)', async () => {
    const bytes = new TextEncoder().encode('nc: 80\nbackbone:\n  - &r [-1, 1, Conv, [64, 3, 2, *r]]\nhead:\n  - [-1, 1, Conv, [64, 3, 2]]\n');
    expect(await violation(target('ultralytics'), bytes)).toBeUndefined();
  });

  it('an Ultralytics row repeated 10^20 times built 10^6 nodes before the limit stopped it (30 s under the fuzzer)', async () => {
    const bytes = edited('test/fixtures/ultralytics/v5s-like.yaml', '[-1, 1, Conv, [128, 3, 2]],', '[-1, 99999999999999999999, Conv, [128, 3, 2]],');
    expect(await violation(target('ultralytics'), bytes)).toBeUndefined();
    const result = await loadSource(memorySource('model.yaml', bytes), { limits: DEFAULT_LIMITS });
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'RF309', line: expect.any(Number), message: expect.stringContaining('more than 1000000 nodes') })]);
    // Refused before a node was built: a budget of 50 ms is plenty.
    const quick = await loadSource(memorySource('model.yaml', bytes), { limits: { ...DEFAULT_LIMITS, timeBudgetMs: 50 } });
    expect(quick.diagnostics.map((d) => d.code)).toEqual(['RF309']);
  });

  it('a min_rf of 10^20 asked the grow advice for 10^19 added layers (RangeError)', async () => {
    const bytes = edited('examples/mobilenet_v2.rf.yaml', 'layer: last_conv, min_rf: 400', 'layer: last_conv, min_rf: 99999999999999999999');
    expect(await violation(target('native-yaml'), bytes)).toBeUndefined();
  });

  it('a Darknet maxpool of size 2^31 made the ERF list 2^31 taps (V8 fatal error: invalid size)', async () => {
    const bytes = edited('test/fixtures/darknet/spp.cfg', '[maxpool]\nstride=1\nsize=5', '[maxpool]\nstride=1\nsize=2147483648');
    expect(await violation(target('darknet'), bytes)).toBeUndefined();
  });

  it('a Caffe pad of 2^32 + 1 spread the ERF over 2^32 positions (RangeError)', async () => {
    const bytes = edited('test/fixtures/caffe/fcn.prototxt', 'kernel_size: 3 kernel_size: 5 pad: 2 pad: 4', 'kernel_size: 3 kernel_size: 5 pad: 4294967297 pad: 4');
    expect(await violation(target('caffe'), bytes)).toBeUndefined();
  });

  it('a TF.js SAME conv of stride 2^32 + 1 on an input of unknown size listed 2^32 begin pads (RangeError)', async () => {
    const original = text('test/fixtures/tfjs-graph/keras-deconv.json');
    const model = JSON.parse(original);
    const conv = model.modelTopology.node.find((n: { op: string; attr?: { strides?: unknown } }) => n.op.includes('Conv2D') && n.attr?.strides);
    conv.attr.strides.list.i[1] = '4294967297';
    model.modelTopology.node[0].attr.shape.shape.dim[0].size = '99999999999999999999';
    expect(await violation(target('tfjs-graph'), new TextEncoder().encode(JSON.stringify(model, null, 1)))).toBeUndefined();
  });

  it('a damaged prototxt with 50 deep outputs spent 50 outputs × 4·10^6 ERF steps (33 s): one ERF budget per file now', async () => {
    // Lines 31–40 of pooling.prototxt (the end of conv2, then pool3) repeated 50 times.
    const lines = text('test/fixtures/caffe/pooling.prototxt').split('\n');
    const bytes = new TextEncoder().encode([...lines.slice(0, 40), ...Array(50).fill(lines.slice(30, 40)).flat(), ...lines.slice(40)].join('\n'));
    const load = await loadSource(memorySource('model.prototxt', bytes), { limits: DEFAULT_LIMITS });
    const outputs = checkModel('model.prototxt', load.model!, []).outputs;
    expect(outputs.length).toBeGreaterThan(50);
    // The first outputs get their ERF, the deep ones find the file's budget spent.
    expect(outputs[0]!.erf).toBeDefined();
    expect(outputs.filter((o) => o.erf === undefined && !o.global).length).toBeGreaterThan(0);
  });

  it('a native upsample scale of 2^53 + 1 threw an OverflowError out of the loader (RF507)', async () => {
    const bytes = edited('examples/fpn.rf.yaml', 'scale: 2', 'scale: 9007199254740993');
    expect(await violation(target('native-yaml'), bytes)).toBeUndefined();
  });

  it('an ONNX ConstantOfShape of 2.4·10^9 values, then sliced, took the process out of memory (V8 fatal error)', async () => {
    // asymmetric_pads.onnx's F.pad chain starts with Constant [4] → ConstantOfShape: make it [4 + 0x92·2^24].
    const bytes = new Uint8Array(readFileSync(new URL('../fixtures/onnx/asymmetric_pads.onnx', import.meta.url)));
    const at = Buffer.from(bytes).indexOf(Buffer.from([0x08, 0x01, 0x10, 0x07, 0x4a, 0x08, 0x04, 0, 0, 0, 0, 0, 0, 0]));
    expect(at).toBeGreaterThan(0);
    bytes[at + 9] = 0x92;
    expect(await violation(target('onnx'), bytes)).toBeUndefined();
  });

  it('an ONNX pool whose input lost its shape (rank < 2) asked for an array of length −1 (RangeError)', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../fixtures/onnx/ceil_pools.onnx', import.meta.url)));
    // Three bytes the fuzzer zeroed (a node name, an output name, the input's type): [offset, original].
    for (const [at, was] of [[220, 47], [381, 97], [2070, 16]] as const) {
      expect(bytes[at]).toBe(was);
      bytes[at] = 0;
    }
    expect(await violation(target('onnx'), bytes)).toBeUndefined();
  });

  it('an ONNX Resize scale of 10^20 overflowed its continued fraction (OverflowError out of the loader)', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../fixtures/onnx/upsample.onnx', import.meta.url)));
    expect(bytes[665]).toBe(0o100);
    bytes[665] = 0o132; // the float32 2.0 (0x40000000) becomes 0x5a000000, about 9·10^15
    expect(await violation(target('onnx'), bytes)).toBeUndefined();
  });

  it('a native YAML alias `*` followed by a BOM named no anchor and was reported without a line', async () => {
    const bytes = new TextEncoder().encode('*\uFEFF');
    expect(await violation(target('native-yaml'), bytes)).toBeUndefined();
  });

  // Regular expressions that backtrack exponentially never return: these would hang the test.
  it.each([
    ['model.prototxt', `${'# a comment that ends in a space \n'.repeat(40)}x`],
    ['model.yaml', `backbone:\n${'# comment\r\n'.repeat(40)}x\nhead:\n`],
    ['model.cfg', `${'# comment\r\n'.repeat(40)}x`],
  ])('%s: sniffing comment lines does not backtrack exponentially', (path, content) => {
    expect(loaderFor(path, new TextEncoder().encode(content))).toBeUndefined();
  });
});

describe('found by review', () => {
  it('unique node names take constant time each (the loop from #2 up was quadratic: 60,000 Caffe layers of one name took minutes)', () => {
    const names = new UniqueNames();
    const taken = Array.from({ length: 100_000 }, () => names.take('relu'));
    expect(taken.slice(0, 3)).toEqual(['relu', 'relu#2', 'relu#3']);
    expect(new Set(taken).size).toBe(100_000);
    // A name that is already some other name's suffixed form is skipped, not reused.
    const mixed = new UniqueNames();
    expect(['a#2', 'a', 'a', 'a'].map((n) => mixed.take(n))).toEqual(['a#2', 'a', 'a#3', 'a#4']);
    const keras = new UniqueNames(1);
    expect(['x', 'x'].map((n) => keras.take(n))).toEqual(['x', 'x#1']);
  });
});
