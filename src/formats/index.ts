/**
 * The loader registry: which loader reads a file, decided by its name and first bytes
 * (`FormatLoader.matches`), first match wins. Adding a format is one line here.
 */
import type { FormatLoader, FormatName } from './model.js';
import { caffeLoader } from './caffe/index.js';
import { darknetLoader } from './darknet/index.js';
import { kerasLoader } from './keras/index.js';
import { nativeLoader } from './native/index.js';
import { onnxLoader } from './onnx/index.js';
import { tfjsGraphLoader } from './tfjs-graph/index.js';
import { ultralyticsLoader } from './ultralytics/index.js';

export const LOADERS: readonly FormatLoader[] = [nativeLoader, onnxLoader, ultralyticsLoader, darknetLoader, caffeLoader, tfjsGraphLoader, kerasLoader];

/** How many leading bytes `matches` sees: enough for a YAML header or a protobuf's first fields. */
export const HEAD_BYTES = 4096;

/**
 * Formats read whole as text, which the file-size limit guards (binary ones stream). Keras is
 * not among them: its `.keras` and `.h5` files hold weights, and its loader limits the JSON it
 * reads (a JSON file, config.json, model_config) itself.
 */
const TEXT_FORMATS: ReadonlySet<FormatName> = new Set(['native', 'tfjs', 'ultralytics', 'darknet', 'caffe']);

export function loaderFor(path: string, head: Uint8Array, loaders: readonly FormatLoader[] = LOADERS): FormatLoader | undefined {
  return loaders.find((loader) => loader.matches(path, head));
}

export function isTextFormat(format: FormatName): boolean {
  return TEXT_FORMATS.has(format);
}
