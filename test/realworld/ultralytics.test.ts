/**
 * Ultralytics' own model YAMLs (../shared/fixtures/realworld/ultralytics-yaml, AGPL-3.0: read
 * here at run time, never copied) against the RF that test/fixtures/gen/ultralytics_oracle.py
 * measured by gradients in PyTorch on the same networks (ultralytics.measured.json: numbers
 * only). SOURCES.md beside the files gives reference values from an unverified script; where
 * they differ from the measurement is noted below.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRules } from '../../src/check/rules.js';
import { runCheck } from '../../src/check/run.js';
import { DEFAULT_LIMITS } from '../../src/formats/model.js';
import { loadDarknetText } from '../../src/formats/darknet/index.js';
import { loadUltralyticsText } from '../../src/formats/ultralytics/index.js';
import { type Geometry, geometries } from '../formats/ultralytics/helpers.js';
import { REALWORLD } from './dir.js';

const DIR = join(REALWORLD, 'ultralytics-yaml');

interface Measured extends Geometry {
  readonly length: readonly number[];
}

const measured = JSON.parse(readFileSync(new URL('./ultralytics.measured.json', import.meta.url), 'utf8')) as {
  versions: { torch: string };
  models: Record<string, { file: string; scale: string | null; attention: 'global' | 'pointwise'; outputs: Record<string, Measured> }>;
};

function load(file: string, options: { scale?: string; attentionPointwise?: boolean } = {}) {
  return loadUltralyticsText(readFileSync(join(DIR, file), 'utf8'), `ultralytics-yaml/${file}`, { limits: DEFAULT_LIMITS, ...options });
}

describe('real Ultralytics model YAMLs', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));

  it.each(files)('%s loads with no error', (file) => {
    const result = load(file);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.model?.outputs.length).toBeGreaterThan(0);
  });

  it.each(Object.entries(measured.models))(`%s matches the gradient measurement (torch ${measured.versions.torch})`, (_key, m) => {
    const result = load(m.file, { ...(m.scale ? { scale: m.scale } : {}), attentionPointwise: m.attention === 'pointwise' });
    const expected = Object.fromEntries(Object.entries(m.outputs).map(([name, { length: _length, ...g }]) => [name, g]));
    expect(geometries(result.model!)).toEqual(expected);
  });

  it('yolo11: the heads are global, made so by the C2PSA attention of layer 10', () => {
    const result = load('yolo11.yaml');
    expect(result.diagnostics.map((d) => [d.code, d.line, d.message.split(':')[0]])).toEqual([['RF308', 28, 'layer 10 (C2PSA) is attention']]);
    expect(Object.values(geometries(result.model!)).every((g) => g.global)).toBe(true);
  });

  it('SOURCES.md’s reference values: right where no nearest upsampling feeds a stride-2 path, off elsewhere', () => {
    const rf = (key: string, output: string) => [measured.models[key]!.outputs[output]!.rf![0], measured.models[key]!.outputs[output]!.rfMin![0]];
    // Right: yolov5s P4 746 and P5 842; yolov5s6 P5 1482 and P6 1674; yolov3-tiny 286 and 318; yolov8 P3.box 911 (n) and 1343 (m).
    expect([rf('yolov5s.yaml@-@global', 'P4'), rf('yolov5s.yaml@-@global', 'P5')]).toEqual([[746, 746], [842, 842]]);
    expect([rf('yolov5s6.yaml@-@global', 'P5'), rf('yolov5s6.yaml@-@global', 'P6')]).toEqual([[1482, 1482], [1674, 1674]]);
    expect([rf('yolov3-tiny.yaml@-@global', 'P4'), rf('yolov3-tiny.yaml@-@global', 'P5')]).toEqual([[286, 286], [318, 318]]);
    // Off: yolov5s P3 is 714 at most, 682 at least (not 698); yolov5s6 P3 1354/1290 (not 1338), P4 1418/1354 (not 1386).
    expect(rf('yolov5s.yaml@-@global', 'P3')).toEqual([714, 682]);
    expect([rf('yolov5s6.yaml@-@global', 'P3'), rf('yolov5s6.yaml@-@global', 'P4')]).toEqual([[1354, 1290], [1418, 1354]]);
    // yolov8 (the box branch, as "+4·stride" meant): n P4 1039/1007 (not 1023), P5 1263 (not 1247);
    // m P4 1535/1503 (not 1519), P5 1855 (not 1871).
    expect([rf('yolov8.yaml@n@global', 'P3.box'), rf('yolov8.yaml@n@global', 'P4.box'), rf('yolov8.yaml@n@global', 'P5.box')]).toEqual([[911, 911], [1039, 1007], [1263, 1263]]);
    expect([rf('yolov8.yaml@m@global', 'P3.box'), rf('yolov8.yaml@m@global', 'P4.box'), rf('yolov8.yaml@m@global', 'P5.box')]).toEqual([[1343, 1343], [1535, 1503], [1855, 1855]]);
  });
});

describe('the same network in two formats', () => {
  it('yolov3-tiny: the Ultralytics YAML’s P4 and P5 are the Darknet cfg’s yolo@23 and yolo@16', () => {
    const yaml = geometries(load('yolov3-tiny.yaml').model!);
    const cfg = loadDarknetText(readFileSync(join(REALWORLD, 'darknet-cfg/yolov3-tiny.cfg'), 'utf8'), 'darknet-cfg/yolov3-tiny.cfg', { limits: DEFAULT_LIMITS });
    expect(cfg.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const darknet = geometries(cfg.model!);
    expect(darknet['yolo@23']).toEqual(yaml.P4);
    expect(darknet['yolo@16']).toEqual(yaml.P5);
    expect(yaml.P4).toEqual({ global: false, rf: [286, 286], rfMin: [286, 286], stride: [16, 16], start: [-127, -127] });
  });
});

describe('runCheck on a real Ultralytics YAML', () => {
  it('holds yolov8 at scale m to a P5 minimum, and says what it assumed', async () => {
    const { rules, diagnostics } = parseRules('- files: "**/yolov8.yaml"\n  scale: m\n  outputs: "P5*"\n  min_rf: 1800\n', 'rules');
    expect(diagnostics).toEqual([]);
    const report = await runCheck({ cwd: DIR, patterns: ['yolov8.yaml'], rules });
    const file = report.files[0]!;
    expect(file.format).toBe('ultralytics');
    expect(file.assumptions).toEqual(["input 640×640 (Ultralytics' default; set input_size)"]);
    expect(file.outputs.filter((o) => o.name.startsWith('P5')).map((o) => [o.name, o.rf, o.stride, o.status])).toEqual([
      ['P5', [1727, 1727], [32, 32], 'fail'],
      ['P5.box', [1855, 1855], [32, 32], 'pass'],
    ]);
  });
});
