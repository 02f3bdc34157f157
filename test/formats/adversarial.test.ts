/**
 * Hostile model files (issue 13, "Adversarial inputs"), each built here from real fixtures or
 * from scratch, written to disk and checked the way the CLI checks them (runCheck): each is
 * refused by an explicit limit with a diagnostic that says why, or read safely, and never
 * crashes, hangs or allocates what the file claims.
 */
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { deflateSync, strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileReport } from '../../src/check/report.js';
import { runCheck } from '../../src/check/run.js';
import { DEFAULT_LIMITS, type Limits } from '../../src/formats/model.js';
import { kerasZip } from '../fuzz/targets.js';

let cwd: string;

beforeEach(async () => {
  cwd = await realpath(await mkdtemp(join(tmpdir(), 'rflint-adversarial-')));
});
afterEach(() => rm(cwd, { recursive: true, force: true }));

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${path}`, import.meta.url)));
const example = (name: string) => readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8');

/** Writes the files, checks them all in one run, returns each file's report by path. */
async function check(files: Record<string, string | Uint8Array>, limits: Limits = DEFAULT_LIMITS): Promise<Record<string, FileReport>> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(cwd, path)), { recursive: true });
    await writeFile(join(cwd, path), content);
  }
  const report = await runCheck({ cwd, patterns: Object.keys(files), limits });
  return Object.fromEntries(report.files.map((f) => [f.path, f]));
}

async function checkOne(name: string, content: string | Uint8Array, limits?: Limits): Promise<FileReport> {
  return (await check({ [name]: content }, limits))[name]!;
}

const codes = (f: FileReport) => f.diagnostics.map((d) => d.code);
const errors = (f: FileReport) => f.diagnostics.filter((d) => d.severity === 'error');

/** A zip's local header and central directory entry for one member, sizes as given (they may lie). */
function zipWith(name: string, data: Uint8Array, method: 0 | 8, declaredSize: number): Uint8Array {
  const nameBytes = strToU8(name);
  const local = new Uint8Array(30 + nameBytes.length);
  const l = new DataView(local.buffer);
  l.setUint32(0, 0x04034b50, true);
  l.setUint16(8, method, true);
  l.setUint32(18, data.length, true);
  l.setUint32(22, declaredSize, true);
  l.setUint16(26, nameBytes.length, true);
  local.set(nameBytes, 30);
  const central = new Uint8Array(46 + nameBytes.length);
  const c = new DataView(central.buffer);
  c.setUint32(0, 0x02014b50, true);
  c.setUint16(10, method, true);
  c.setUint32(20, data.length, true);
  c.setUint32(24, declaredSize, true);
  c.setUint16(28, nameBytes.length, true);
  c.setUint32(42, 0, true);
  central.set(nameBytes, 46);
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, 1, true);
  e.setUint16(10, 1, true);
  e.setUint32(12, central.length, true);
  e.setUint32(16, local.length + data.length, true);
  const out = new Uint8Array(local.length + data.length + central.length + end.length);
  out.set(local, 0);
  out.set(data, local.length);
  out.set(central, local.length + data.length);
  out.set(end, local.length + data.length + central.length);
  return out;
}

describe('archives and containers', () => {
  // 64 MB of spaces deflate to ~64 kB; the same stream stands for any size the entry declares.
  const bomb = deflateSync(new Uint8Array(64 << 20).fill(0x20), { level: 9 });

  it('a .keras zip bomb that declares its size (4 GB) is refused before anything is inflated', async () => {
    expect(bomb.length).toBeLessThan(200_000);
    const file = await checkOne('bomb.keras', zipWith('config.json', bomb, 8, 0xfffffffe));
    expect(errors(file)).toEqual([
      expect.objectContaining({ code: 'RF347', message: 'not a Keras 3 .keras file: its config.json is 4294967294 bytes, over the 5000000-byte limit for model files' }),
    ]);
  });

  it('a .keras zip bomb that lies about its size stops inflating one byte past what it declared', async () => {
    const file = await checkOne('liar.keras', zipWith('config.json', bomb, 8, 1000));
    expect(errors(file)).toEqual([expect.objectContaining({ code: 'RF347', message: expect.stringContaining('inflates to more than the 1000 bytes its entry declares') })]);
  });

  it('zip entries with ../ paths are names, never paths: no config.json is found and nothing is written', async () => {
    const config = fixture('keras/keras3-functional.json');
    const file = await checkOne('escape.keras', zipSync({ '../config.json': config, '../../../../tmp/evil.sh': strToU8('echo pwned') }));
    expect(errors(file)).toEqual([expect.objectContaining({ code: 'RF347', message: 'not a Keras 3 .keras file: it holds no config.json (it holds ../config.json, ../../../../tmp/evil.sh)' })]);
  });

  it('a zip with 20,000 entries is refused by the entry limit', async () => {
    const members: Record<string, Uint8Array> = { 'config.json': fixture('keras/keras3-functional.json') };
    for (let i = 0; i < 20_000; i++) members[`junk/${i}`] = new Uint8Array(0);
    const file = await checkOne('many.keras', zipSync(members, { level: 0 }));
    expect(errors(file)).toEqual([expect.objectContaining({ code: 'RF347', message: 'not a Keras 3 .keras file: it lists 20001 entries, over the limit of 10000 (a Keras file holds three)' })]);
  });

  it('the same zip under the limit loads (the limit is what refused it)', async () => {
    const file = await checkOne('ok.keras', kerasZip(fixture('keras/keras3-functional.json')));
    expect(errors(file)).toEqual([]);
    expect(file.outputs.length).toBeGreaterThan(0);
  });

  /** keras2.h5 with `edit` applied; its model_config is a variable-length string attribute. */
  function h5(edit: (bytes: Uint8Array, view: DataView) => void): Uint8Array {
    const bytes = fixture('keras/keras2.h5').slice();
    edit(bytes, new DataView(bytes.buffer));
    return bytes;
  }
  const attributeName = (bytes: Uint8Array) => Buffer.from(bytes).indexOf('model_config\0');

  it('an .h5 whose model_config claims 2 GB is refused before it is read', async () => {
    // Attribute message version 1: the name (13 bytes, padded to 16), the datatype (20, padded
    // to 24), the dataspace (8), then the value: a variable-length string's length comes first.
    const file = await checkOne('huge.h5', h5((bytes, view) => view.setUint32(attributeName(bytes) + 16 + 24 + 8, 0x7fffffff, true)));
    expect(errors(file)).toEqual([expect.objectContaining({ code: 'RF348', message: 'not a Keras .h5 model: the model_config attribute is 2147483647 bytes, over the 5000000-byte limit for model files' })]);
  });

  it('an .h5 whose model_config is not UTF-8 is refused', async () => {
    const file = await checkOne('latin1.h5', h5((bytes) => (bytes[Buffer.from(bytes).indexOf('{"class_name"') + 1] = 0xff)));
    expect(errors(file)).toEqual([expect.objectContaining({ code: 'RF348', message: 'not a Keras .h5 model: the model_config attribute is not UTF-8 text' })]);
  });

  it('an .h5 whose root object header continues into itself (a cycle) stops after a bounded number of blocks', async () => {
    // Superblock 0: the root's object header address is at byte 64; its first message is the
    // continuation (at header + 16, data at + 8): point it back at the header's own messages.
    const file = await checkOne('cycle.h5', h5((_bytes, view) => {
      const root = Number(view.getBigUint64(64, true));
      expect(view.getUint16(root + 16, true)).toBe(0x10);
      view.setBigUint64(root + 16 + 8, BigInt(root + 16), true);
      view.setBigUint64(root + 16 + 16, 24n, true);
    }));
    expect(errors(file)).toEqual([expect.objectContaining({ code: 'RF348', message: 'not a Keras .h5 model: its root group has no model_config attribute (is it a weights-only file?)' })]);
  });
});

describe('text formats', () => {
  it('a YAML alias bomb in an Ultralytics file is refused (RF301)', async () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) levels.push(`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(9).fill(`*${'abcdefghi'[i - 1]}`).join(', ')}]`);
    const file = await checkOne('bomb.yaml', `${levels.join('\n')}\nbackbone:\n  - [-1, 1, Conv, [64, 3, 2]]\nhead:\n  - [-1, 1, Conv, [64, 3, 2]]\n`);
    expect(errors(file)).toEqual([expect.objectContaining({ code: 'RF301', line: expect.any(Number), message: expect.stringContaining('aliases') })]);
  });

  it('10^5-deep nesting in an Ultralytics file is refused (RF301)', async () => {
    // `head:` first: the loader is picked by the keys in the first 4 kB.
    const file = await checkOne('deep.yaml', `head:\n  - [-1, 1, Conv, [64, 3, 2]]\nbackbone:\n  - [-1, 1, Conv, ${'['.repeat(100_000)}${']'.repeat(100_000)}]\n`);
    expect(errors(file)).toEqual([expect.objectContaining({ code: 'RF301', line: 4, message: expect.stringContaining('nesting deeper than 64') })]);
  });

  it('a Darknet cfg with 10^6 sections is refused by the size limit, and with the size limit raised, by the layer limit', async () => {
    const cfg = `[net]\nwidth=64\nheight=64\nchannels=3\n${'[maxpool]\n'.repeat(1_000_001)}`;
    expect(errors(await checkOne('huge.cfg', cfg))).toEqual([expect.objectContaining({ code: 'RF506' })]);
    const raised = await checkOne('huge.cfg', cfg, { ...DEFAULT_LIMITS, maxFileBytes: 20_000_000 });
    expect(errors(raised)).toEqual([expect.objectContaining({ code: 'RF333', line: 1_000_005, message: 'more than 1000000 layers (the limit); is the file generated by mistake?' })]);
  });

  it('a prototxt with 10^5-deep nesting is refused (RF380)', async () => {
    const file = await checkOne('deep.prototxt', `name: "x"\ninput: "data"\n${'layer {\n'.repeat(100_000)}${'}\n'.repeat(100_000)}`);
    expect(errors(file)).toEqual([expect.objectContaining({ code: 'RF380', line: 67, message: expect.stringContaining('nested more than 64 deep') })]);
  });

  describe('__proto__ and constructor keys leave Object.prototype alone', () => {
    const hostile = '"__proto__": {"polluted": "yes", "toString": 1}, "constructor": {"prototype": {"polluted": "yes"}}, ';
    /** Hostile keys at the top level and in the first nested object. */
    const inject = (json: string) => json.replace('{', `{${hostile}`).replace(/("(?:config|attr|input)"\s*:\s*\{)/, `$1${hostile}`);
    const nativeJson = JSON.stringify({ rflint: 1, name: 'p', input: { size: [32, 32] }, layers: [{ name: 'c', op: 'conv', kernel: 3 }], outputs: [{ name: 'o', layer: 'c' }] });
    const cases: [string, string][] = [
      ['native.rf.json', inject(nativeJson)],
      ['native.rf.yaml', `__proto__: { polluted: yes }\nconstructor: { prototype: { polluted: yes } }\n${example('vgg16.rf.yaml').replace(/^layers:\n/m, 'layers:\n  - { name: __proto__, op: conv, kernel: 3, __proto__: { polluted: yes } }\n')}`],
      ['keras.json', inject(new TextDecoder().decode(fixture('keras/keras3-functional.json')))],
      ['tfjs/model.json', inject(JSON.stringify({ format: 'layers-model', modelTopology: { keras_version: '2.13.1', model_config: JSON.parse(new TextDecoder().decode(fixture('keras/keras2-functional.json'))) } }))],
      ['graph/model.json', inject(new TextDecoder().decode(fixture('tfjs-graph/convs.json')))],
      ['yolo.yaml', `__proto__: { polluted: yes }\nconstructor: { prototype: { polluted: yes } }\n${new TextDecoder().decode(fixture('ultralytics/v8-like.yaml')).replace('[-1, 1, Conv, [64, 3, 2]]', '[-1, 1, __proto__, [64, 3, 2]]')}`],
    ];
    it.each(cases)('%s', async (name, text) => {
      const before = Object.getOwnPropertyNames(Object.prototype).sort();
      const file = await checkOne(name, text);
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect(Object.prototype.toString).toBe(Object.prototype.toString);
      expect(typeof {}.toString).toBe('function');
      // Loaded or refused with the loader's own words, never an internal error.
      expect(codes(file)).not.toContain('RF507');
      expect(file.format).not.toBe('unknown');
    });
  });

  describe('hostile numbers: each loads or is refused at its line', () => {
    const native = (value: string) => `rflint: 1\nname: n\ninput: { size: [64, 64] }\nlayers:\n  - name: c\n    op: conv\n    kernel: ${value}\n    stride: 1\noutputs:\n  - { name: o, layer: c }\n`;
    const nativeStride = (value: string) => `rflint: 1\nname: n\ninput: { size: [64, 64] }\nlayers:\n  - name: c\n    op: conv\n    kernel: 3\n    stride: ${value}\noutputs:\n  - { name: o, layer: c }\n`;
    const darknet = (value: string) => `[net]\nwidth=64\nheight=64\nchannels=3\n\n[convolutional]\nfilters=8\nsize=${value}\nstride=1\npad=1\nactivation=relu\n`;
    const caffe = (value: string) => `name: "n"\ninput: "data"\ninput_shape { dim: 1 dim: 3 dim: 32 dim: 32 }\nlayer {\n  name: "c" type: "Convolution" bottom: "data" top: "c"\n  convolution_param { num_output: 4 kernel_size: ${value} }\n}\n`;
    const yolo = (value: string) => `backbone:\n  - [-1, 1, Conv, [64, ${value}, 2]]\nhead:\n  - [-1, 1, Conv, [64, 3, 1]]\n`;
    const ncnn = (value: string) => `7767517\n2 2\nInput data 0 1 data 0=32 1=32 2=3\nConvolution c 1 1 data c 0=4 1=${value}\n`;
    const bad = ['1e308', '-0', '.nan', 'NaN', '2.5', '-3', '0', '1e999', '9007199254740993'];
    // [file, text, the layer's first line, the value's line]
    const cases = bad.flatMap((v) => [
      ['model.rf.yaml', native(v), 5, 7],
      ['stride.rf.yaml', nativeStride(v), 5, 8],
      ['model.cfg', darknet(v), 6, 8],
      ['model.prototxt', caffe(v), 4, 6],
      ['yolo.yaml', yolo(v), 2, 2],
      ['model.param', ncnn(v), 4, 4],
    ] as [string, string, number, number][]);
    it.each(cases)('%s: %j', async (name, text, layer, line) => {
      const file = await checkOne(name, text);
      expect(codes(file)).not.toContain('RF507');
      // None of these is a usable kernel or stride: every loader refuses it at the value or,
      // for an integer too large to analyse (1e308 is an integer), the engine at its layer.
      expect(errors(file).length).toBeGreaterThan(0);
      expect(errors(file)[0]!.line).toBeGreaterThanOrEqual(layer);
      expect(errors(file)[0]!.line).toBeLessThanOrEqual(line);
    });
  });

  describe('references outside the model, to themselves, and cycles', () => {
    const cases: [string, string, string, number][] = [
      ['yolo-out.yaml', 'backbone:\n  - [-1, 1, Conv, [64, 3, 2]]\n  - [99, 1, Conv, [64, 3, 2]]\nhead:\n  - [-1, 1, Conv, [64, 3, 1]]\n', 'RF305', 3],
      ['yolo-self.yaml', 'backbone:\n  - [-1, 1, Conv, [64, 3, 2]]\n  - [1, 1, Conv, [64, 3, 2]]\nhead:\n  - [-1, 1, Conv, [64, 3, 1]]\n', 'RF305', 3],
      ['route-out.cfg', '[net]\nwidth=64\nheight=64\nchannels=3\n\n[convolutional]\nsize=3\n\n[route]\nlayers=-99\n', 'RF326', 10],
      ['route-self.cfg', '[net]\nwidth=64\nheight=64\nchannels=3\n\n[convolutional]\nsize=3\n\n[route]\nlayers=1\n', 'RF326', 10],
      ['shortcut-fwd.cfg', '[net]\nwidth=64\nheight=64\nchannels=3\n\n[convolutional]\nsize=3\n\n[shortcut]\nfrom=5\n', 'RF326', 10],
      ['self.rf.yaml', 'rflint: 1\nname: s\nlayers:\n  - { name: a, op: conv, kernel: 3 }\n  - { name: b, op: add, inputs: [a, b] }\noutputs:\n  - { name: o, layer: b }\n', 'RF001', 5],
      ['cycle.rf.yaml', 'rflint: 1\nname: s\nlayers:\n  - { name: a, op: conv, kernel: 3, inputs: c }\n  - { name: b, op: conv, kernel: 3 }\n  - { name: c, op: add, inputs: [a, b] }\noutputs:\n  - { name: o, layer: c }\n', 'RF001', 6],
      ['cycle.prototxt', 'name: "n"\ninput: "data"\ninput_shape { dim: 1 dim: 3 dim: 8 dim: 8 }\nlayer { name: "a" type: "ReLU" bottom: "b" top: "a" }\nlayer { name: "b" type: "ReLU" bottom: "a" top: "b" }\n', 'RF385', 4],
      ['cycle.param', '7767517\n3 3\nInput data 0 1 data 0=8 1=8 2=3\nReLU a 1 1 b a\nReLU b 1 1 a b\n', 'RF604', 4],
      [
        'cycle.xml',
        '<net version="11"><layers>\n<layer id="0" name="x" type="Parameter"><output><port id="0"><dim>1</dim><dim>3</dim><dim>8</dim><dim>8</dim></port></output></layer>\n<layer id="1" name="a" type="Add"><input><port id="0"/><port id="1"/></input><output><port id="2"/></output></layer>\n<layer id="2" name="b" type="ReLU"><input><port id="0"/></input><output><port id="1"/></output></layer>\n</layers><edges><edge from-layer="0" from-port="0" to-layer="1" to-port="0"/><edge from-layer="2" from-port="1" to-layer="1" to-port="1"/><edge from-layer="1" from-port="2" to-layer="2" to-port="0"/></edges></net>\n',
        'RF632',
        3,
      ],
    ];
    it.each(cases)('%s: %s at line %i', async (name, text, code, line) => {
      const file = await checkOne(name, text);
      expect(errors(file)[0]).toMatchObject({ code, line });
    });

    it('a Keras layer whose inbound node is itself', async () => {
      const model = JSON.parse(new TextDecoder().decode(fixture('keras/keras2-functional.json')));
      const layers = model.config.layers as { name: string; inbound_nodes: unknown[][][] }[];
      const last = layers[layers.length - 1]!;
      last.inbound_nodes = [[[last.name, 0, 0, {}]]];
      const file = await checkOne('self.json', JSON.stringify(model, null, 1));
      expect(errors(file)[0]).toMatchObject({ code: 'RF346', line: expect.any(Number) });
    });
  });
});

describe('files that are not what their name says', () => {
  const torchExport = 'torch.onnx.export(model, dummy, "model.onnx")';

  it.each(['model.pt', 'model.pth', 'weights.pkl', 'last.ckpt'])('%s is refused by its name, with why and how to export ONNX', async (name) => {
    const file = await checkOne(name, new Uint8Array([0x80, 0x02, 0x7d, 0x71, 0x00, 0x2e]));
    expect(errors(file)).toEqual([expect.objectContaining({ code: 'RF510', message: expect.stringContaining(`its name ends in .${name.split('.')[1]}`) })]);
    expect(errors(file)[0]!.message).toContain('loading one runs whatever code it holds');
    expect(errors(file)[0]!.message).toContain(torchExport);
  });

  it('a pickle renamed to .onnx, .yaml or .keras is refused by its content', async () => {
    // Protocol 4: PROTO 4, FRAME, an empty dict, STOP: the smallest pickle.dumps({}).
    const pickle = new Uint8Array([0x80, 0x04, 0x95, 0x02, 0, 0, 0, 0, 0, 0, 0, 0x7d, 0x94, 0x2e]);
    const torchZip = zipSync({ 'archive/data.pkl': pickle, 'archive/version': strToU8('3\n'), 'archive/data/0': new Uint8Array(16) }, { level: 0 });
    const files = await check({ 'a.onnx': pickle, 'b.yaml': pickle, 'c.keras': torchZip, 'd.onnx': torchZip });
    expect(errors(files['a.onnx']!)[0]).toMatchObject({ code: 'RF510', message: expect.stringContaining('protocol-4 pickle') });
    expect(errors(files['b.yaml']!)[0]).toMatchObject({ code: 'RF510' });
    expect(errors(files['c.keras']!)[0]).toMatchObject({ code: 'RF510', message: expect.stringContaining('PyTorch zip checkpoint holding data.pkl') });
    expect(errors(files['d.onnx']!)[0]).toMatchObject({ code: 'RF510' });
  });

  it('an .onnx that is a zip or a saved web page says so', async () => {
    const files = await check({ 'zip.onnx': fixture('keras/keras3.keras'), 'page.onnx': '<!DOCTYPE html>\n<html><body>Not Found</body></html>\n' });
    expect(errors(files['zip.onnx']!)).toEqual([expect.objectContaining({ code: 'RF202', message: expect.stringMatching(/^this is a zip archive, not an ONNX model/) })]);
    expect(errors(files['page.onnx']!)).toEqual([expect.objectContaining({ code: 'RF202', message: expect.stringMatching(/^this is an HTML page .*, not an ONNX model/) })]);
  });

  it('binary junk named .yaml or .rf.yaml is refused as not text', async () => {
    const junk = new Uint8Array(3000).map((_, i) => (i * 7919 + 13) % 256);
    const files = await check({ 'junk.yaml': junk, 'junk.rf.yaml': junk });
    expect(errors(files['junk.yaml']!)).toEqual([expect.objectContaining({ code: 'RF505', message: expect.stringContaining('(it is binary data, not text)') })]);
    expect(errors(files['junk.rf.yaml']!)).toEqual([expect.objectContaining({ code: 'RF100', line: 1, message: 'the file is not UTF-8 text' })]);
  });
});

describe('the per-file time budget', () => {
  // A 1 ms budget: the budget is looked at only every 1024 steps, so the small file, with far
  // fewer, never reaches it, and the runaway one always does. No timing is asserted.
  const small = 'rflint: 1\nname: small\ninput: { size: [32, 32] }\nlayers:\n  - { name: c, op: conv, kernel: 3 }\noutputs:\n  - { name: o, layer: c }\n';
  const limits = { ...DEFAULT_LIMITS, timeBudgetMs: 1 };

  it('a runaway native file (10^6 nodes of repeat) is stopped with RF511; the other file still gets its results', async () => {
    const slow = 'rflint: 1\nname: slow\ninput: { size: [64, 64] }\nlayers:\n  - name: s\n    repeat: 999999\n    block: [{ name: c, op: conv, kernel: 3, padding: 1 }]\noutputs:\n  - { name: o, layer: s }\n';
    const files = await check({ 'slow.rf.yaml': slow, 'small.rf.yaml': small }, limits);
    expect(errors(files['slow.rf.yaml']!)).toEqual([expect.objectContaining({ code: 'RF511', message: expect.stringContaining('time budget of 1 ms') })]);
    expect(files['small.rf.yaml']!.diagnostics).toEqual([]);
    expect(files['small.rf.yaml']!.outputs.map((o) => [o.name, o.rf])).toEqual([['o', [3, 3]]]);
  });

  it('a runaway Darknet cfg (450,000 sections) is stopped with RF511', async () => {
    const slow = `[net]\nwidth=64\nheight=64\nchannels=3\n${'[maxpool]\nsize=2\nstride=1\n'.repeat(150_000)}`;
    const files = await check({ 'slow.cfg': slow, 'small.rf.yaml': small }, limits);
    expect(errors(files['slow.cfg']!)).toEqual([expect.objectContaining({ code: 'RF511' })]);
    expect(files['small.rf.yaml']!.outputs).toHaveLength(1);
  });
});
