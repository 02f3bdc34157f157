/**
 * One model file from disk to a LoadResult, whatever goes wrong: an unreadable file, no loader
 * for it, a text file over the size limit, or a loader that throws (our bug) all become one
 * diagnostic for that file, never an exception that would hide the other files' results.
 */
import { resolve } from 'node:path';
import { HEAD_BYTES, LOADERS, isTextFormat, loaderFor, resemblance } from '../formats/index.js';
import { pickleEvidence, pickleMessage } from '../formats/pickle.js';
import { describeContent } from '../formats/sniff.js';
import type { FormatLoader, FormatName, Limits, LoadOptions, LoadResult, ModelSource } from '../formats/model.js';
import { type Diagnostic, error } from '../formats/diagnostic.js';
import { DEFAULT_LIMITS } from '../formats/model.js';
import { Deadline, TimeBudgetExceeded } from '../rf/deadline.js';
import { openSource, range } from './source.js';

export interface FileLoad extends LoadResult {
  /** The loader's format, when one took the file. */
  readonly format?: FormatName;
  /** True when no loader recognised the file (RF505). */
  readonly unrecognised?: boolean;
  /** For an unrecognised file that still looks like a model: why (a folder search reports it). */
  readonly resembles?: string;
}

export async function loadFile(cwd: string, path: string, options: LoadOptions, loaders: readonly FormatLoader[] = LOADERS): Promise<FileLoad> {
  let opened;
  try {
    opened = await openSource(resolve(cwd, path), path);
  } catch (err) {
    return { diagnostics: [error('RF504', `cannot read ${path}: ${ioReason(err)}`)] };
  }
  try {
    return await loadSource(opened.source, options, loaders);
  } finally {
    await opened.close();
  }
}

/**
 * One opened model file to a LoadResult: the part of `loadFile` after the file system, which
 * the fuzz tests drive with bytes in memory.
 */
export async function loadSource(source: ModelSource, options: LoadOptions, loaders: readonly FormatLoader[] = LOADERS): Promise<FileLoad> {
  const path = source.path;
  try {
    const { special, loader, read, kind, looks } = await identify(source, options.limits, loaders);
    if (special) return { diagnostics: [special] };
    const overLimit = `the file is ${mb(source.size)}, over the ${mb(options.limits.maxFileBytes)} limit for text model files; split it or raise the limit`;
    if (!loader) {
      const resembles = looks !== undefined ? { resembles: looks } : {};
      // Over the limit and never read whole: its first bytes look like a model, so say why it was not read.
      if (looks !== undefined && source.size > options.limits.maxFileBytes) return { unrecognised: true, ...resembles, diagnostics: [error('RF506', overLimit)] };
      const what = kind ? ` (it is ${kind})` : looks !== undefined ? ` (${looks})` : '';
      return { unrecognised: true, ...resembles, diagnostics: [error('RF505', `rflint does not know this file's format${what}; it reads ${loaders.map((l) => l.recognises).join(', ')}`)] };
    }
    if (isTextFormat(loader.format) && source.size > options.limits.maxFileBytes) {
      return { format: loader.format, diagnostics: [error('RF506', overLimit)] };
    }
    try {
      const deadline = options.deadline ?? startDeadline(options);
      return { ...(await loader.load(read, { ...options, deadline })), format: loader.format };
    } catch (err) {
      if (err instanceof TimeBudgetExceeded) return { format: loader.format, diagnostics: [overBudget(err)] };
      const reason = err instanceof Error ? err.message : String(err);
      return { format: loader.format, diagnostics: [error('RF507', `the ${loader.format} loader failed unexpectedly (${reason}); this is a bug in rflint, please report it with the file`)] };
    }
  } catch (err) {
    return { diagnostics: [error('RF504', `cannot read ${path}: ${ioReason(err)}`)] };
  }
}

/** What a file is, from its bytes, before any loader reads it. */
interface Identity {
  /** The file is something rflint explains instead of reading: an LFS pointer, a pickle. */
  readonly special?: Diagnostic;
  readonly loader?: FormatLoader;
  /** The source to load from (its bytes in memory when they were read whole). */
  readonly read: ModelSource;
  /** What the first bytes are when they are not plain text (`a zip archive`). */
  readonly kind?: string;
  /** For a file no loader reads: why it still looks like a model. */
  readonly looks?: string;
}

async function identify(source: ModelSource, limits: Limits, loaders: readonly FormatLoader[]): Promise<Identity> {
  const path = source.path;
  const head = await source.read(0, HEAD_BYTES);
  const pointer = lfsPointer(head);
  if (pointer !== undefined) return { read: source, special: error('RF508', lfsMessage(pointer), { line: 1, column: 1 }) };
  const pickle = pickleEvidence(path, head);
  if (pickle) return { read: source, special: error('RF510', pickleMessage(pickle)) };
  const kind = describeContent(head);
  const kindOf = kind !== undefined ? { kind } : {};
  const loader = loaderFor(path, head, loaders);
  if (loader) return { loader, read: source, ...kindOf };
  if (kind !== undefined) return { read: source, kind };
  // A text file its first bytes do not decide is recognised from all of it, within the size
  // limit: a YOLOv7-E6E YAML's `head:` is at byte 4,202. Most files a crawl meets are under
  // 1 MB and already in memory (source.ts), so this costs a decode and a few linear scans.
  let bytes = head;
  let read = source;
  if (head.length < source.size && source.size <= limits.maxFileBytes) {
    bytes = await source.read(0, source.size);
    read = inMemory(source, bytes);
    const found = loaderFor(path, bytes, loaders);
    if (found) return { loader: found, read };
  }
  const looks = resemblance(path, bytes, loaders);
  return { read, ...(looks !== undefined ? { looks } : {}) };
}

/**
 * Whether a file a folder search found is a model rflint would report (one a loader reads, or
 * that looks like one, or an LFS pointer or a pickle), without loading it: for the files a run
 * does not check (changed-only, shards), to tell a repository with no model file at all.
 */
export async function isModelFile(cwd: string, path: string, limits: Limits, loaders: readonly FormatLoader[] = LOADERS): Promise<boolean> {
  let opened;
  try {
    opened = await openSource(resolve(cwd, path), path);
  } catch {
    return true; // unreadable: a check would report it (RF504)
  }
  try {
    const { special, loader, looks } = await identify(opened.source, limits, loaders);
    return special !== undefined || loader !== undefined || looks !== undefined;
  } catch {
    return true;
  } finally {
    await opened.close();
  }
}

/** The source over bytes already read: the loader's reads need not go to the file again. */
function inMemory(source: ModelSource, bytes: Uint8Array): ModelSource {
  return { path: source.path, size: bytes.length, read: async (offset, length) => range(bytes, offset, length) };
}

/** The file's time budget, from now: loading and checking it share one (`limits.timeBudgetMs`). */
export function startDeadline(options: Pick<LoadOptions, 'limits'>): Deadline {
  return new Deadline(options.limits.timeBudgetMs ?? DEFAULT_LIMITS.timeBudgetMs);
}

/** RF511: the file ran out of its time budget (loading it, or checking it). */
export function overBudget(err: TimeBudgetExceeded): Diagnostic {
  return error('RF511', `${err.message} and was stopped: is it a runaway file (a huge \`repeat\`, millions of layers)? The other files are checked as usual`);
}

/**
 * A Git LFS pointer (https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md): the checkout
 * has the small text file that stands for the model, not the model. Returns its `size` line's
 * value when known ('' otherwise), undefined when the file is not a pointer.
 */
export function lfsPointer(head: Uint8Array): string | undefined {
  const text = new TextDecoder().decode(head.subarray(0, 200));
  if (!text.startsWith('version https://git-lfs.github.com/spec/')) return undefined;
  return /\nsize (\d+)/.exec(text)?.[1] ?? '';
}

function lfsMessage(size: string): string {
  const real = size ? ` of the real ${mb(Number(size))} file` : '';
  return (
    `this is a Git LFS pointer${real}, not the model: the checkout did not fetch LFS files; ` +
    'check out with LFS (actions/checkout with `lfs: true`, or `git lfs pull` locally)'
  );
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
