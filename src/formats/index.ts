/**
 * The loader registry: which loader reads a file, decided by its name and first bytes
 * (`FormatLoader.matches`), first match wins. Adding a format is one line here.
 */
import type { FormatLoader, FormatName } from './model.js';
import { darknetLoader } from './darknet/index.js';
import { nativeLoader } from './native/index.js';
import { onnxLoader } from './onnx/index.js';
import { tfjsGraphLoader } from './tfjs-graph/index.js';
import { ultralyticsLoader } from './ultralytics/index.js';

export const LOADERS: readonly FormatLoader[] = [nativeLoader, onnxLoader, ultralyticsLoader, darknetLoader, tfjsGraphLoader];

/** How many leading bytes `matches` sees: enough for a YAML header or a protobuf's first fields. */
export const HEAD_BYTES = 4096;

/** Formats read whole as text, which the file-size limit guards (binary ones stream). */
const TEXT_FORMATS: ReadonlySet<FormatName> = new Set(['native', 'keras', 'tfjs', 'ultralytics', 'darknet']);

export function loaderFor(path: string, head: Uint8Array, loaders: readonly FormatLoader[] = LOADERS): FormatLoader | undefined {
  return loaders.find((loader) => loader.matches(path, head));
}

export function isTextFormat(format: FormatName): boolean {
  return TEXT_FORMATS.has(format);
}
