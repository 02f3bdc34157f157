/** Every code rflint can raise is documented, once, where users look for it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CODES, describeCode } from '../src/check/codes.js';
import { CAFFE_CODES } from '../src/formats/caffe/codes.js';
import { DARKNET_CODES } from '../src/formats/darknet/codes.js';
import { KERAS_CODES } from '../src/formats/keras/codes.js';
import { CODES as NATIVE_CODE_NAMES, NATIVE_CODES } from '../src/formats/native/codes.js';
import { NCNN_CODES } from '../src/formats/ncnn/codes.js';
import { OPENVINO_CODES } from '../src/formats/openvino/codes.js';
import { ONNX_CODES } from '../src/formats/onnx/codes.js';
import { TFJS_GRAPH_CODES } from '../src/formats/tfjs-graph/codes.js';
import { TF_GRAPHDEF_CODES } from '../src/formats/tf-graphdef/codes.js';
import { TFLITE_CODES } from '../src/formats/tflite/codes.js';
import { ULTRALYTICS_CODES } from '../src/formats/ultralytics/codes.js';
import { ENGINE_CODES } from '../src/rf/codes.js';

const docs = readFileSync(new URL('../docs/cli.md', import.meta.url), 'utf8');

describe('diagnostic codes', () => {
  it.each(Object.keys({ ...ENGINE_CODES, ...CODES, ...ONNX_CODES, ...ULTRALYTICS_CODES, ...DARKNET_CODES, ...CAFFE_CODES, ...KERAS_CODES, ...TFJS_GRAPH_CODES, ...TF_GRAPHDEF_CODES, ...TFLITE_CODES, ...NCNN_CODES, ...OPENVINO_CODES }))('%s is in docs/cli.md', (code) => {
    expect(docs).toContain(code);
  });

  it('every native code has its own description (SARIF names each rule by it) and is in docs/format.md', () => {
    const formatDocs = readFileSync(new URL('../docs/format.md', import.meta.url), 'utf8');
    const codes = Object.values(NATIVE_CODE_NAMES);
    expect(Object.keys(NATIVE_CODES).sort()).toEqual([...codes].sort());
    for (const code of codes) expect(formatDocs).toContain(`| ${code} |`);
    const descriptions = codes.map(describeCode);
    expect(new Set(descriptions).size).toBe(codes.length);
  });

  it('no two codes of any layer share a description', () => {
    const all = Object.keys({ ...ENGINE_CODES, ...NATIVE_CODES, ...CODES, ...ONNX_CODES, ...ULTRALYTICS_CODES, ...DARKNET_CODES, ...CAFFE_CODES, ...KERAS_CODES, ...TFJS_GRAPH_CODES, ...TF_GRAPHDEF_CODES, ...TFLITE_CODES, ...NCNN_CODES, ...OPENVINO_CODES });
    const byDescription = new Map<string, string[]>();
    for (const code of all) byDescription.set(describeCode(code), [...(byDescription.get(describeCode(code)) ?? []), code]);
    expect([...byDescription.values()].filter((codes) => codes.length > 1)).toEqual([]);
  });

  it('the engine raises only codes it lists', () => {
    const source = ['graph.ts', 'analyze.ts', 'resolve.ts'].map((f) => readFileSync(new URL(`../src/rf/${f}`, import.meta.url), 'utf8')).join('\n');
    const raised = new Set([...source.matchAll(/'(RF0\d\d)'/g)].map((m) => m[1]!));
    expect([...raised].filter((c) => !(c in ENGINE_CODES))).toEqual([]);
  });
});
