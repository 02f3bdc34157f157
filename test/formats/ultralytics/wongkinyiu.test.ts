/**
 * The YOLOv7 and YOLOv9 repositories' files: the head family comes from the head module (never
 * from `anchors:`, which YOLOv9's anchor-free files keep), and YOLOv7's Conv reads its sixth
 * argument as the activation. The RFs of the fixtures are checked against PyTorch in
 * measured.test.ts; here, what decides them, and the errors.
 */
import { describe, expect, it } from 'vitest';
import { type Geometry, geometries, load, loadFixture, onlyDiagnostic } from './helpers.js';

const BACKBONE = `backbone:
  - [-1, 1, Conv, [16, 3, 2]]
  - [-1, 1, Conv, [32, 3, 2]]
  - [-1, 1, Conv, [64, 3, 2]]       # 2 P3
  - [-1, 1, Conv, [64, 3, 2]]       # 3 P4
`;

function names(text: string): string[] {
  const result = load(text);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.model!.outputs.map((o) => o.name);
}

function rf(text: string): Record<string, Geometry> {
  const result = load(text);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return geometries(result.model!);
}

describe('the head family comes from the head module', () => {
  it('a YOLOv9 Segment head in a file with `anchors:` keeps its box branch and its prototypes', () => {
    const model = loadFixture('yolov9-seg-like.yaml');
    expect(model.outputs.map((o) => o.name)).toEqual(['P3', 'P3.box', 'P4', 'P4.box', 'proto']);
    // The box branch adds two 3×3 convs at stride 8: 699 + 2·2·8 = 731 (PyTorch measures the same).
    expect(geometries(model)['P3.box']!.rf).toEqual([731, 731]);
  });

  it('Detect: `[nc, anchors]` is the anchor-based head (1×1 convs), `[nc]` the v8-style one, with or without `anchors:`', () => {
    const anchored = `anchors: 3\n${BACKBONE}head:\n  - [[2, 3], 1, Detect, [nc, anchors]]\n`;
    const free = `anchors: 3\n${BACKBONE}head:\n  - [[2, 3], 1, Detect, [nc]]\n`;
    expect(names(anchored)).toEqual(['P3', 'P4']);
    expect(names(free)).toEqual(['P3', 'P3.box', 'P4', 'P4.box']);
    expect(names(free.replace('anchors: 3\n', ''))).toEqual(['P3', 'P3.box', 'P4', 'P4.box']);
  });

  it('Segment: YOLOv5 passes its anchors ([nc, anchors, nm, npr]); its Proto upsamples by nearest', () => {
    const v5 = rf(`anchors: 3\n${BACKBONE}head:\n  - [[2, 3], 1, Segment, [nc, anchors, 32, 64]]\n`);
    expect(Object.keys(v5)).toEqual(['P3', 'P4', 'proto']);
    // P3: three 3×3/2 convs, 15; proto: a 3×3 at stride 8 (+16), nearest 2×, a 3×3 at stride 4
    // whose three taps always span two of the upsampled pixels (+8): 39 at every position.
    expect(v5['proto']).toEqual({ global: false, rf: [39, 39], rfMin: [39, 39], stride: [4, 4], start: [-23, -23] });
  });

  it('dual and triple heads name the auxiliary levels A3, A4… and read each level once', () => {
    const dual = `anchors: 3\n${BACKBONE}  - [2, 1, Conv, [64, 3, 1]]\n  - [3, 1, Conv, [64, 3, 1]]\nhead:\n  - [[4, 5, 2, 3], 1, DualDDetect, [nc]]\n`;
    expect(names(dual)).toEqual(['A3', 'A3.box', 'A4', 'A4.box', 'P3', 'P3.box', 'P4', 'P4.box']);
    const triple = dual.replace('[[4, 5, 2, 3], 1, DualDDetect', '[[4, 5, 2, 3, 2, 3], 1, TripleDDetect');
    expect(names(triple)).toEqual(['A3', 'A3.box', 'A4', 'A4.box', 'P3', 'P3.box', 'P4', 'P4.box']);
    const aux = dual.replace('[[4, 5, 2, 3], 1, DualDDetect, [nc]]', '[[2, 3, 4, 5], 1, IAuxDetect, [nc, anchors]]');
    expect(names(aux)).toEqual(['P3', 'P4', 'A3', 'A4']);
  });

  it('RF311: a dual head whose `from` does not split into equal groups', () => {
    const d = onlyDiagnostic(load(`anchors: 3\n${BACKBONE}head:\n  - [[2, 3, 1], 1, DualDDetect, [nc]]\n`));
    expect([d.code, d.message, d.line, d.column]).toEqual(['RF311', 'layer 4 (DualDDetect): `DualDDetect` reads 2 equal groups of levels (A, P), but `from` lists 3', 8, 6]);
  });
});

describe("Conv's sixth argument: a dilation, or YOLOv7's (and YOLOv5 < 7.0's) activation", () => {
  const withSixth = (value: string, headRow = '[[2, 3], 1, Detect, [nc, anchors]]') =>
    `anchors: 3\nbackbone:\n  - [-1, 1, Conv, [16, 3, 2, None, 1, ${value}]]\n  - [-1, 1, Conv, [32, 3, 2]]\n  - [-1, 1, Conv, [64, 3, 2]]\n  - [-1, 1, Conv, [64, 3, 2]]\nhead:\n  - ${headRow}\n`;

  it('an activation (nn.LeakyReLU(0.1), nn.SiLU(), a boolean) is no dilation', () => {
    const plain = rf(withSixth('1'));
    expect(rf(withSixth('nn.LeakyReLU(0.1)'))).toEqual(plain);
    expect(rf(withSixth('nn.SiLU()'))).toEqual(plain);
    expect(rf(withSixth('False'))).toEqual(plain);
  });

  it('an integer is the dilation (Ultralytics, YOLOv5 ≥ 7.0, YOLOv9), but the activation in a YOLOv7 file', () => {
    // Dilation 2 widens the first 3×3 to 5×5: P3 grows by 2 (15 → 17).
    expect(rf(withSixth('2'))['P3']!.rf).toEqual([17, 17]);
    expect(rf(withSixth('2', '[[2, 3], 1, IDetect, [nc, anchors]]'))['P3']!.rf).toEqual([15, 15]);
  });

  it('RF306: anything else, with the two readings named', () => {
    const d = onlyDiagnostic(load(withSixth('"relu"')));
    expect([d.code, d.message, d.line, d.column]).toEqual([
      'RF306',
      'layer 0 (Conv): dilation (argument 6) must be an integer ≥ 1, or an activation such as nn.LeakyReLU(0.1) (YOLOv7\'s Conv), got "relu"',
      3,
      39,
    ]);
  });
});

describe('YOLOv9 CBFuse', () => {
  it('RF306: resizing a finer level down is refused with the reason', () => {
    const text = `anchors: 3\n${BACKBONE}  - [2, 1, CBLinear, [[16]]]\n  - [3, 1, Conv, [16, 1, 1]]\n  - [[4, 5], 1, CBFuse, [[0]]]\nhead:\n  - [[6], 1, DDetect, [nc]]\n`;
    const d = onlyDiagnostic(load(text));
    expect(d.code).toBe('RF306');
    expect(d.message).toBe('layer 6 (CBFuse): CBFuse resizes input 1 (stride 8×8) to the stride of the last (16×16): rflint reads only upsampling by an integer factor there');
  });
});
