/**
 * Every loader the fuzzers drive, once: the file name that routes the bytes to it (as the CLI
 * routes a file on disk), the real files its mutations start from, the characters of its syntax
 * (so flipped bytes hit the grammar) and the codes a failure of it may carry.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';
import { parse } from 'yaml';
import { CODES as CHECK_CODES } from '../../src/check/codes.js';
import { CAFFE_CODES } from '../../src/formats/caffe/codes.js';
import { DARKNET_CODES } from '../../src/formats/darknet/codes.js';
import { KERAS_CODES } from '../../src/formats/keras/codes.js';
import { NCNN_CODES } from '../../src/formats/ncnn/codes.js';
import { OPENVINO_CODES } from '../../src/formats/openvino/codes.js';
import type { FormatName } from '../../src/formats/model.js';
import { CODES as NATIVE_CODES } from '../../src/formats/native/codes.js';
import { ONNX_CODES } from '../../src/formats/onnx/codes.js';
import { TFJS_GRAPH_CODES } from '../../src/formats/tfjs-graph/codes.js';
import { TF_GRAPHDEF_CODES } from '../../src/formats/tf-graphdef/codes.js';
import { TFLITE_CODES } from '../../src/formats/tflite/codes.js';
import { type ModelJson, graphDefOf, savedModelOf } from '../support/tf-protobuf.js';
import { ULTRALYTICS_CODES } from '../../src/formats/ultralytics/codes.js';
import { ENGINE_CODES } from '../../src/rf/codes.js';

export interface FuzzTarget {
  /** `--format` name. */
  readonly name: string;
  /** The file name the bytes are loaded as: its extension picks the loader. */
  readonly file: string;
  /** The loader expected to take the seeds. */
  readonly format: FormatName;
  /** Text formats must put a line on every error. */
  readonly text: boolean;
  /** Characters of the format's syntax, for byte flips that break the grammar. */
  readonly syntax: string;
  readonly seeds: () => Uint8Array[];
}

const root = new URL('../../', import.meta.url);
const read = (path: string) => new Uint8Array(readFileSync(new URL(path, root)));
const folder = (dir: string, pattern: RegExp) =>
  readdirSync(new URL(dir, root))
    .filter((f) => pattern.test(f) && f !== 'measured.json')
    .sort()
    .map((f) => read(`${dir}/${f}`));
const utf8 = (text: string) => new TextEncoder().encode(text);
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

const YAML_SYNTAX = ':-[]{},#&*!|>\'"\n 0123456789';
const JSON_SYNTAX = '{}[]:,"\\.-e0123456789 \n';

/** Keras JSON wrapped as a TF.js layers model (`tfjs.converters.save_keras_model`'s model.json). */
function tfjsLayers(keras: Uint8Array): Uint8Array {
  const model_config = JSON.parse(text(keras));
  return utf8(JSON.stringify({ format: 'layers-model', generatedBy: 'keras v2.13.1', convertedBy: 'TensorFlow.js Converter v4.10.0', modelTopology: { keras_version: '2.13.1', backend: 'tensorflow', model_config }, weightsManifest: [] }, null, 1));
}

/** A Keras 3 `.keras` zip around a config.json, deflated as Keras writes it. */
export function kerasZip(config: Uint8Array): Uint8Array {
  return zipSync({ 'metadata.json': strToU8('{"keras_version": "3.3.3"}'), 'config.json': config, 'model.weights.h5': new Uint8Array(64) });
}

export const TARGETS: readonly FuzzTarget[] = [
  { name: 'native-yaml', file: 'model.rf.yaml', format: 'native', text: true, syntax: YAML_SYNTAX, seeds: () => folder('examples', /\.rf\.yaml$/) },
  {
    name: 'native-json',
    file: 'model.rf.json',
    format: 'native',
    text: true,
    syntax: JSON_SYNTAX,
    seeds: () => folder('examples', /\.rf\.yaml$/).map((y) => utf8(JSON.stringify(parse(text(y)), null, 2))),
  },
  { name: 'onnx', file: 'model.onnx', format: 'onnx', text: false, syntax: '', seeds: () => ['dilated', 'ceil_pools', 'anisotropic', 'asymmetric_pads', 'upsample', 'unet_transposed'].map((n) => read(`test/fixtures/onnx/${n}.onnx`)) },
  { name: 'ultralytics', file: 'model.yaml', format: 'ultralytics', text: true, syntax: YAML_SYNTAX, seeds: () => folder('test/fixtures/ultralytics', /\.yaml$/) },
  { name: 'darknet', file: 'model.cfg', format: 'darknet', text: true, syntax: '[]=,#\n 0123456789-', seeds: () => folder('test/fixtures/darknet', /\.cfg$/) },
  { name: 'keras-json', file: 'model.json', format: 'keras', text: true, syntax: JSON_SYNTAX, seeds: () => folder('test/fixtures/keras', /\.json$/) },
  {
    name: 'keras-zip',
    file: 'model.keras',
    format: 'keras',
    text: false,
    syntax: '',
    seeds: () => [read('test/fixtures/keras/keras3.keras'), kerasZip(read('test/fixtures/keras/keras3-functional.json'))],
  },
  { name: 'keras-h5', file: 'model.h5', format: 'keras', text: false, syntax: '', seeds: () => [read('test/fixtures/keras/keras2.h5')] },
  { name: 'tfjs-layers', file: 'model.json', format: 'keras', text: true, syntax: JSON_SYNTAX, seeds: () => ['keras2-functional', 'keras3-functional'].map((n) => tfjsLayers(read(`test/fixtures/keras/${n}.json`))) },
  { name: 'tfjs-graph', file: 'model.json', format: 'tfjs', text: true, syntax: JSON_SYNTAX, seeds: () => folder('test/fixtures/tfjs-graph', /\.json$/) },
  {
    name: 'tf-graphdef',
    file: 'model.pb',
    format: 'tf-graphdef',
    text: false,
    syntax: '',
    // The TF.js graph fixtures as binary frozen GraphDefs and as TF2 SavedModels (functions, a signature).
    seeds: () => folder('test/fixtures/tfjs-graph', /\.json$/).flatMap((json) => [graphDefOf(JSON.parse(text(json)) as ModelJson), savedModelOf(JSON.parse(text(json)) as ModelJson)]),
  },
  // The generated TFLite fixtures (test/fixtures/gen/tflite_fixtures.ts).
  { name: 'tflite', file: 'model.tflite', format: 'tflite', text: false, syntax: '', seeds: () => folder('test/fixtures/tflite', /\.tflite$/) },
  { name: 'caffe', file: 'model.prototxt', format: 'caffe', text: true, syntax: '{}:"#\n 0123456789_', seeds: () => folder('test/fixtures/caffe', /\.prototxt$/) },
  {
    name: 'ncnn',
    file: 'model.param',
    format: 'ncnn',
    text: true,
    syntax: '= ,-\n0123456789',
    seeds: () => [...['upsample', 'unet_transposed', 'ceil_pools', 'anisotropic'].map((n) => read(`test/fixtures/ncnn/${n}.param`)), ...['vgg16', 'squeezenet', 'mobilenet_yolo'].map((n) => read(`test/fixtures/ncnn/benchmark/${n}.param`))],
  },
  {
    name: 'openvino',
    file: 'model.xml',
    format: 'openvino',
    text: true,
    syntax: '<>/="!?&; \n0123456789,',
    seeds: () => ['upsample', 'unet_transposed', 'ceil_pools', 'dilated', 'anisotropic'].map((n) => read(`test/fixtures/openvino/${n}.xml`)),
  },
];

/** Codes a file loaded by `format` may carry: its loader's, the engine's, and the check layer's. */
export function allowedCodes(format: FormatName | undefined): ReadonlySet<string> {
  const own: Record<FormatName, readonly string[]> = {
    native: Object.values(NATIVE_CODES),
    onnx: Object.keys(ONNX_CODES),
    ultralytics: Object.keys(ULTRALYTICS_CODES),
    darknet: Object.keys(DARKNET_CODES),
    keras: Object.keys(KERAS_CODES),
    tfjs: Object.keys(TFJS_GRAPH_CODES),
    caffe: Object.keys(CAFFE_CODES),
    'tf-graphdef': Object.keys(TF_GRAPHDEF_CODES),
    tflite: Object.keys(TFLITE_CODES),
    ncnn: Object.keys(NCNN_CODES),
    openvino: Object.keys(OPENVINO_CODES),
  };
  return new Set([...(format ? own[format] : []), ...Object.keys(ENGINE_CODES), ...Object.keys(CHECK_CODES)]);
}

export function targetNamed(name: string): FuzzTarget | undefined {
  return TARGETS.find((t) => t.name === name);
}
