/**
 * The loader registry: which loader reads a file, decided by its name and bytes
 * (`FormatLoader.matches`), first match wins. Adding a format is one line here.
 *
 * Recognition is each format's small `recognise.ts`; the loader itself (its parser, schema and
 * libraries: yaml, fflate…) is imported on the first file of its format, so a run over native
 * files never loads the ONNX or Keras code, and the bundle puts each loader in its own chunk.
 */
import type { FormatLoader, FormatName, LoadOptions, LoadResult, ModelSource, Recognition } from './model.js';
import { caffeRecognition } from './caffe/recognise.js';
import { darknetRecognition } from './darknet/recognise.js';
import { kerasRecognition } from './keras/recognise.js';
import { ncnnRecognition } from './ncnn/recognise.js';
import { openvinoRecognition } from './openvino/recognise.js';
import { nativeRecognition } from './native/recognise.js';
import { onnxRecognition } from './onnx/recognise.js';
import { tfjsGraphRecognition } from './tfjs-graph/recognise.js';
import { tfGraphdefRecognition } from './tf-graphdef/recognise.js';
import { tfliteRecognition } from './tflite/recognise.js';
import { ultralyticsRecognition } from './ultralytics/recognise.js';

/** A loader whose module is imported (once) when it first loads a file. */
function lazy(recognition: Recognition, importLoader: () => Promise<FormatLoader>): FormatLoader {
  let loader: Promise<FormatLoader> | undefined;
  return {
    ...recognition,
    async load(source: ModelSource, options: LoadOptions): Promise<LoadResult> {
      return (await (loader ??= importLoader())).load(source, options);
    },
  };
}

export const LOADERS: readonly FormatLoader[] = [
  lazy(nativeRecognition, async () => (await import('./native/index.js')).nativeLoader),
  lazy(onnxRecognition, async () => (await import('./onnx/index.js')).onnxLoader),
  lazy(ultralyticsRecognition, async () => (await import('./ultralytics/index.js')).ultralyticsLoader),
  lazy(darknetRecognition, async () => (await import('./darknet/index.js')).darknetLoader),
  lazy(caffeRecognition, async () => (await import('./caffe/index.js')).caffeLoader),
  lazy(tfjsGraphRecognition, async () => (await import('./tfjs-graph/index.js')).tfjsGraphLoader),
  lazy(kerasRecognition, async () => (await import('./keras/index.js')).kerasLoader),
  lazy(tfGraphdefRecognition, async () => (await import('./tf-graphdef/index.js')).tfGraphdefLoader),
  lazy(tfliteRecognition, async () => (await import('./tflite/index.js')).tfliteLoader),
  lazy(ncnnRecognition, async () => (await import('./ncnn/index.js')).ncnnLoader),
  lazy(openvinoRecognition, async () => (await import('./openvino/index.js')).openvinoLoader),
];

/**
 * How many leading bytes `matches` sees first: enough for a protobuf's first fields, a magic
 * number, an LFS pointer or a pickle. A text file they do not decide is then recognised from
 * all of it (check/load-file.ts): a YAML's `head:` or a JSON's `format` key may come much later.
 */
export const HEAD_BYTES = 4096;

/**
 * Formats read whole as text, which the file-size limit guards (binary ones stream). Keras is
 * not among them: its `.keras` and `.h5` files hold weights, and its loader limits the JSON it
 * reads (a JSON file, config.json, model_config) itself.
 */
const TEXT_FORMATS: ReadonlySet<FormatName> = new Set(['native', 'tfjs', 'ultralytics', 'darknet', 'caffe', 'ncnn', 'openvino']);

export function loaderFor(path: string, head: Uint8Array, loaders: readonly FormatLoader[] = LOADERS): FormatLoader | undefined {
  return loaders.find((loader) => loader.matches(path, head));
}

/** Why a file no loader reads still looks like a model (`FormatLoader.resembles`), if it does. */
export function resemblance(path: string, bytes: Uint8Array, loaders: readonly FormatLoader[] = LOADERS): string | undefined {
  for (const loader of loaders) {
    const why = loader.resembles?.(path, bytes);
    if (why !== undefined) return why;
  }
  return undefined;
}

export function isTextFormat(format: FormatName): boolean {
  return TEXT_FORMATS.has(format);
}
