/**
 * A text model file read whole, within the size limit and as UTF-8: the start of every text
 * format's loader. Each says in its own codes and words what the file should have been.
 */
import { error } from './diagnostic.js';
import type { LoadOptions, LoadResult, ModelSource } from './model.js';

export interface TextProblems {
  /** Codes for a file over `limits.maxFileBytes` and for bytes that are not UTF-8. */
  readonly tooLarge: string;
  readonly notText: string;
  /** `a Darknet cfg`: what a too-large file is asked whether it really is. */
  readonly kind: string;
  /** Said after "the file is not UTF-8 text", e.g. `; a Darknet cfg is a text file`. */
  readonly notTextHint?: string;
}

/** The text, or the one diagnostic that says why there is none. */
export async function readModelText(source: ModelSource, options: LoadOptions, problems: TextProblems): Promise<string | LoadResult> {
  const at = { line: 1, column: 1 };
  const max = options.limits.maxFileBytes;
  if (source.size > max) {
    return { diagnostics: [error(problems.tooLarge, `the file is ${source.size} bytes, over the ${max}-byte limit for model files; is it really ${problems.kind}?`, at, { file: source.path })] };
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await source.read(0, source.size));
  } catch {
    return { diagnostics: [error(problems.notText, `the file is not UTF-8 text${problems.notTextHint ?? ''}`, at, { file: source.path })] };
  }
}

const decoder = new TextDecoder();
let lastBytes: Uint8Array | undefined;
let lastText = '';

/**
 * The bytes as text (invalid UTF-8 replaced), decoded once however many recognisers ask: the
 * registry tries each format in turn on the same bytes, up to a whole 5 MB file.
 */
export function textOf(bytes: Uint8Array): string {
  if (bytes !== lastBytes) {
    lastText = decoder.decode(bytes);
    lastBytes = bytes;
  }
  return lastText;
}
