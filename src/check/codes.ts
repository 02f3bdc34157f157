/**
 * The diagnostic codes this layer raises (RF4xx thresholds and rules, RF5xx discovery and
 * I/O), with the
 * one-line descriptions SARIF shows as rule names. Codes are stable: add, never renumber.
 */
import { CAFFE_CODES } from '../formats/caffe/codes.js';
import { DARKNET_CODES } from '../formats/darknet/codes.js';
import { KERAS_CODES } from '../formats/keras/codes.js';
import { NATIVE_CODES } from '../formats/native/codes.js';
import { NCNN_CODES } from '../formats/ncnn/codes.js';
import { OPENVINO_CODES } from '../formats/openvino/codes.js';
import { ONNX_CODES } from '../formats/onnx/codes.js';
import { TFJS_GRAPH_CODES } from '../formats/tfjs-graph/codes.js';
import { TF_GRAPHDEF_CODES } from '../formats/tf-graphdef/codes.js';
import { TFLITE_CODES } from '../formats/tflite/codes.js';
import { ULTRALYTICS_CODES } from '../formats/ultralytics/codes.js';
import { ENGINE_CODES } from '../rf/codes.js';

export const CODES = {
  RF401: 'the rules are not valid YAML',
  RF402: 'a rule has a value of the wrong type or range',
  RF403: 'a rule has an unknown key',
  RF404: 'a rule matches no model file',
  RF405: "a rule's outputs match no output of the files it matches: its thresholds check nothing",
  RF406: 'a per-axis threshold has the wrong number of values',
  RF410: 'the RF is smaller than min_rf',
  RF411: 'the RF is larger than max_rf',
  RF412: 'the RF covers less of the input than min_coverage',
  RF413: 'min_coverage needs an input size',
  RF414: 'an output with an RF threshold is global',
  RF415: 'every output of a file is global: check its stage ends instead',
  RF416: 'the effective RF is narrower than min_erf',
  RF417: 'min_erf cannot be checked: the effective RF is unknown',
  RF420: 'the model has more parameters than max_params',
  RF421: 'the model takes more multiply–accumulates than max_macs',
  RF422: 'max_params or max_macs cannot be checked: channels or the input size unknown',
  RF501: 'a pattern matches no model file',
  RF502: 'a path does not exist',
  RF503: 'a symbolic link points outside the working directory',
  RF504: 'a file cannot be read',
  RF505: 'no loader reads this file',
  RF506: 'a file is larger than the limit',
  RF507: 'a loader failed unexpectedly',
  RF508: 'the file is a Git LFS pointer, not the model',
  RF509: 'a path points outside the workspace',
  RF510: 'a PyTorch or pickle file: never loaded, since unpickling runs code',
  RF511: 'a file took longer than the per-file time budget',
  RF512: 'a file a folder search found looks like a model, but no loader reads it',
  RF513: 'no model file was found',
} as const;

export type Code = keyof typeof CODES;

const ALL: Record<string, string> = { ...ENGINE_CODES, ...NATIVE_CODES, ...ONNX_CODES, ...ULTRALYTICS_CODES, ...DARKNET_CODES, ...CAFFE_CODES, ...KERAS_CODES, ...TFJS_GRAPH_CODES, ...TF_GRAPHDEF_CODES, ...TFLITE_CODES, ...NCNN_CODES, ...OPENVINO_CODES, ...CODES };

/** A description for any code, ours or another layer's (SARIF needs one per rule). */
export function describeCode(code: string): string {
  if (code in ALL) return ALL[code]!;
  if (code.startsWith('RF0')) return 'the model graph is invalid or cannot be analysed';
  if (code.startsWith('RF2')) return 'the ONNX model is invalid or unsupported';
  if (code.startsWith('RF3')) return 'the model file is invalid';
  return 'rflint diagnostic';
}
