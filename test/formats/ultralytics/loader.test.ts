/** The Ultralytics loader on inline texts: recognition, scales, repeats, names, outputs, attention. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loaderFor } from '../../../src/formats/index.js';
import type { LoadedModel } from '../../../src/formats/model.js';
import { scaleFromFileName, scaledRepeats, ultralyticsLoader } from '../../../src/formats/ultralytics/index.js';
import { geometries, load, loadFixture } from './helpers.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const v8 = readFileSync('test/fixtures/ultralytics/v8-like.yaml', 'utf8');

function model(text: string, options = {}, path = 'model.yaml'): LoadedModel {
  const result = load(text, options, path);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.model!;
}

const TINY = `
backbone:
  - [-1, 1, Conv, [16, 3, 2]]     # 0
  - [-1, 1, Conv, [32, 3, 2]]     # 1
  - [-1, 1, Conv, [64, 3, 2]]     # 2
head:
  - [[2], 1, Detect, [nc]]        # 3
`;

describe('recognition', () => {
  it('reads a .yaml/.yml with top-level backbone: and head:', () => {
    expect(ultralyticsLoader.matches('models/yolov8.yaml', bytes(v8))).toBe(true);
    expect(ultralyticsLoader.matches('m.yml', bytes('backbone:\n  [[-1, 1, Conv, [8]]]\nhead: [\n]'))).toBe(true);
    expect(ultralyticsLoader.matches('m.json', bytes(v8))).toBe(false);
    expect(ultralyticsLoader.matches('data.yaml', bytes('train: images/\nnames: [a, b]\n'))).toBe(false);
    expect(ultralyticsLoader.matches('m.yaml', bytes('model:\n  backbone: []\n  head: []\n'))).toBe(false);
    // Other tools' configs with these keys: the backbone is a mapping or a name, not rows.
    expect(ultralyticsLoader.matches('mmdet.yaml', bytes('backbone:\n  type: ResNet\n  depth: 50\nhead:\n  type: RetinaHead\n'))).toBe(false);
    expect(ultralyticsLoader.matches('train.yaml', bytes('backbone: resnet50\nhead: fcn\n'))).toBe(false);
    expect(ultralyticsLoader.matches('crlf.yaml', bytes('\uFEFFbackbone:\r\n  - [-1, 1, Conv, [8, 3, 2]]\r\nhead: []\r\n'))).toBe(true);
    expect(ultralyticsLoader.matches('m.yaml', bytes('backbone: # the rows\n\n  # stem\n  - [-1, 1, Conv, [8, 3, 2]]\nhead: []\n'))).toBe(true);
  });

  it('is the registry’s choice for such a file, and the native loader keeps rflint files', () => {
    expect(loaderFor('models/yolov8.yaml', bytes(v8))?.format).toBe('ultralytics');
    expect(loaderFor('net.rf.yaml', bytes('rflint: 1\nlayers: []\n'))?.format).toBe('native');
  });
});

describe('scales and repeats', () => {
  it('reads the scale from the file name as guess_model_scale does', () => {
    expect(scaleFromFileName('models/yolov8n.yaml')).toBe('n');
    expect(scaleFromFileName('yolo11s-seg.yaml')).toBe('s');
    expect(scaleFromFileName('yoloe-v8l.yaml')).toBe('l');
    expect(scaleFromFileName('cfg/yolov8.yaml')).toBeUndefined();
    expect(scaleFromFileName('yolov8-cls.yaml')).toBeUndefined();
  });

  it('rounds repeats as Python does: max(round(n·depth), 1) for n > 1, halves to even', () => {
    expect([scaledRepeats(3, 0.33), scaledRepeats(6, 0.33), scaledRepeats(9, 0.33)]).toEqual([1, 2, 3]);
    expect([scaledRepeats(3, 0.67), scaledRepeats(6, 0.67)]).toEqual([2, 4]);
    expect([scaledRepeats(3, 0.5), scaledRepeats(5, 0.5), scaledRepeats(6, 0.25), scaledRepeats(2, 0.25)]).toEqual([2, 2, 2, 1]);
    expect(scaledRepeats(1, 0.33)).toBe(1);
  });

  it('without a choice takes the first scale and says so; a file name or an option chooses', () => {
    const first = model(v8, {}, 'v8-like.yaml');
    expect(first.assumptions).toEqual([
      "input 640×640 (Ultralytics' default; set input_size)",
      'scale n (the first in `scales:`; set `scale:` in a rule or --scale to choose)',
    ]);
    const byName = model(v8, {}, 'models/yolov8m.yaml');
    expect(byName.assumptions).toEqual(["input 640×640 (Ultralytics' default; set input_size)"]);
    expect(geometries(byName)).toEqual(geometries(loadFixture('v8-like.yaml', { scale: 'm' })));
    const byOption = model(v8, { scale: 'n', inputSize: [320, 320] }, 'models/yolov8m.yaml');
    expect(byOption.assumptions).toEqual([]);
    expect(byOption.inputSize).toEqual([320, 320]);
    expect(geometries(byOption)).toEqual(geometries(loadFixture('v8-like.yaml', { scale: 'n' })));
  });

  it('forces C3k inside C3k2 at scales m, l and x', () => {
    const text = `scales: { n: [1, 1, 64], m: [1, 1, 64] }\nbackbone:\n  - [-1, 1, C3k2, [8, False]]\nhead:\n  - [-1, 1, Classify, [nc]]\n`;
    const count = (scale: string) => model(text, { scale }).graph.nodes.filter((n) => n.op.kind === 'conv').length;
    expect(count('n')).toBe(2); // one Bottleneck: 3×3, 3×3
    expect(count('m')).toBe(4); // one C3k: two Bottlenecks
  });

  it('forces C3k too without `scales:`, as parse_model does (its scale is then \'\', which is in "mlx")', () => {
    const text = `backbone:\n  - [-1, 1, C3k2, [8, False]]\nhead:\n  - [-1, 1, Classify, [nc]]\n`;
    const count = (path: string) => model(text, {}, path).graph.nodes.filter((n) => n.op.kind === 'conv').length;
    expect(count('custom.yaml')).toBe(4);
    expect(count('yolo11n-custom.yaml')).toBe(2);
  });
});

describe('layers, names and positions', () => {
  it('names each layer as Ultralytics counts it, and its nodes after the row', () => {
    const m = loadFixture('v5s-like.yaml');
    const node = m.tensors!.get('layer17')!;
    expect(m.graph.nodes[node]!.name).toBe('layer 17 (C3)');
    expect(m.positions[node]).toMatchObject({ line: 33, column: 5 });
    expect([...m.tensors!.keys()].slice(0, 3)).toEqual(['layer0', 'layer1', 'layer2']);
    expect(m.tensors!.has('layer24')).toBe(false); // the Detect head is no tensor
    expect(m.graph.nodes.some((n) => n.name === 'layer 2 (Bottleneck).1.b.cv2')).toBe(true); // 6 × 0.33 → 2 stacked copies
  });

  it('names a head’s inputs by stride, positioned at the head’s row', () => {
    const m = loadFixture('v3-tiny-like.yaml');
    expect(m.outputs.map((o) => [o.name, m.tensors!.get(`layer${o.name === 'P4' ? 19 : 15}`) === o.node, o.position?.line])).toEqual([
      ['P4', true, 32],
      ['P5', true, 32],
    ]);
  });

  it('adds the box branch of an Ultralytics Detect (two 3×3 convs) as P3.box', () => {
    const m = model(TINY);
    expect(m.outputs.map((o) => o.name)).toEqual(['P3', 'P3.box']);
    // Three 3×3 stride-2 convs: RF 15, jump 8; two 3×3 convs at jump 8 add 32.
    expect(geometries(m)).toEqual({
      P3: { global: false, rf: [15, 15], rfMin: [15, 15], stride: [8, 8], start: [-7, -7] },
      'P3.box': { global: false, rf: [47, 47], rfMin: [47, 47], stride: [8, 8], start: [-23, -23] },
    });
  });

  it('reads a Bottleneck as the YOLOv5 repository defines it when the file has anchors', () => {
    const rows = `backbone:\n  - [-1, 1, Bottleneck, [8]]\nhead:\n  - [[0], 1, Detect, [nc]]\n`;
    const plain = geometries(model(rows))['P0'];
    expect(plain).toEqual({ global: false, rf: [5, 5], rfMin: [5, 5], stride: [1, 1], start: [-2, -2] });
    const v5 = geometries(model(`anchors: [[10, 13, 16, 30]]\n${rows}`))['P0'];
    expect(v5).toEqual({ global: false, rf: [3, 3], rfMin: [3, 3], stride: [1, 1], start: [-1, -1] });
  });

  it('names a Classify head’s global output after the module', () => {
    const m = loadFixture('classifier.yaml');
    expect(m.outputs.map((o) => o.name)).toEqual(['Classify']);
    expect(geometries(m)).toEqual({ Classify: { global: true } });
  });
});

describe('attention', () => {
  it('makes the outputs after it global, names the layer, and says how to see through it', () => {
    const text = readFileSync('test/fixtures/ultralytics/v11-like.yaml', 'utf8');
    const result = load(text, {}, 'v11-like.yaml');
    expect(result.diagnostics).toEqual([
      {
        severity: 'warning',
        code: 'RF308',
        message:
          'layer 10 (C2PSA) is attention: every output after it sees the whole input (global); to check the RF of the convolutions around it, treat attention as pointwise (--attention pointwise, or `attention: pointwise` in rules)',
        line: 19,
        column: 5,
        endLine: 19,
        endColumn: 27,
        file: 'v11-like.yaml',
      },
    ]);
    const attention = result.model!.graph.nodes.find((n) => n.op.kind === 'global')!;
    expect(attention.name).toBe('layer 10 (C2PSA).m.0.attn.attention');
    expect(attention.op.kind === 'global' && attention.op.reason).toBe('attention (C2PSA)');
    expect(load(text, { attentionPointwise: true }, 'v11-like.yaml').diagnostics).toEqual([]);
  });
});

describe('assume', () => {
  it('lets a user vouch for a module rflint does not know', () => {
    const text = `backbone:\n  - [-1, 1, Conv, [16, 3, 2]]\n  - [-1, 1, MyGate, [16]]\nhead:\n  - [[1], 1, Detect, [nc]]\n`;
    expect(geometries(model(text, { assume: new Map([['MyGate', 'pointwise' as const]]) })).P1).toEqual({ global: false, rf: [3, 3], rfMin: [3, 3], stride: [2, 2], start: [-1, -1] });
    expect(geometries(model(text, { assume: new Map([['MyGate', 'global' as const]]) })).P1).toEqual({ global: true });
  });
});
