/**
 * One model file from disk to a LoadResult, whatever goes wrong: an unreadable file, no loader
 * for it, a text file over the size limit, or a loader that throws (our bug) all become one
 * diagnostic for that file, never an exception that would hide the other files' results.
 */
import { resolve } from 'node:path';
import { HEAD_BYTES, LOADERS, isTextFormat, loaderFor } from '../formats/index.js';
import type { FormatLoader, FormatName, LoadOptions, LoadResult } from '../formats/model.js';
import { error } from '../formats/diagnostic.js';
import { openSource } from './source.js';

export interface FileLoad extends LoadResult {
  /** The loader's format, when one took the file. */
  readonly format?: FormatName;
}

export async function loadFile(cwd: string, path: string, options: LoadOptions, loaders: readonly FormatLoader[] = LOADERS): Promise<FileLoad> {
  let opened;
  try {
    opened = await openSource(resolve(cwd, path), path);
  } catch (err) {
    return { diagnostics: [error('RF504', `cannot read ${path}: ${ioReason(err)}`)] };
  }
  try {
    const { source } = opened;
    const head = await source.read(0, HEAD_BYTES);
    const loader = loaderFor(path, head, loaders);
    if (!loader) {
      return { diagnostics: [error('RF505', `rflint does not know this file's format; it reads *.rf.yaml, *.rf.yml, *.rf.json (with a top-level \`rflint:\` key) and *.onnx`)] };
    }
    if (isTextFormat(loader.format) && source.size > options.limits.maxFileBytes) {
      return {
        format: loader.format,
        diagnostics: [error('RF506', `the file is ${mb(source.size)}, over the ${mb(options.limits.maxFileBytes)} limit for text model files; split it or raise the limit`)],
      };
    }
    try {
      return { ...(await loader.load(source, options)), format: loader.format };
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      return { format: loader.format, diagnostics: [error('RF507', `the ${loader.format} loader failed unexpectedly (${reason}); this is a bug in rflint, please report it with the file`)] };
    }
  } catch (err) {
    return { diagnostics: [error('RF504', `cannot read ${path}: ${ioReason(err)}`)] };
  } finally {
    await opened.close();
  }
}

function ioReason(err: unknown): string {
  const code = (err as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'not a regular file';
  return err instanceof Error ? err.message : String(err);
}

function mb(bytes: number): string {
  return bytes >= 1_000_000 ? `${Math.round(bytes / 100_000) / 10} MB` : `${Math.round(bytes / 100) / 10} kB`;
}
