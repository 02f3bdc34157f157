/**
 * The few git questions `--base REV` asks, answered by the git on PATH: where the repository is,
 * whether a revision exists, and a file's bytes at it (`git show REV:path`: nothing is checked
 * out). Every failure that is the user's to fix is a UsageError with one line.
 */
import { execFile } from 'node:child_process';
import { relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { UsageError } from './args.js';

const run = promisify(execFile);

/** Model files are small; a big ONNX with weights is still read whole by `git show`. */
const MAX_FILE_BYTES = 2 * 1024 * 1024 * 1024;

export interface Revision {
  /** The repository's top folder. */
  readonly root: string;
  /** The full commit id REV names. */
  readonly commit: string;
  /** REV as the user wrote it, for messages. */
  readonly name: string;
}

export async function resolveRevision(cwd: string, rev: string): Promise<Revision> {
  let root: string;
  try {
    root = (await run('git', ['rev-parse', '--show-toplevel'], { cwd })).stdout.trim();
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') throw new UsageError('--base needs git, which is not on PATH');
    throw new UsageError(`--base ${rev}: ${cwd} is not inside a git repository`);
  }
  if (rev.startsWith('-')) throw new UsageError(`--base takes a git revision, got '${rev}'`);
  try {
    const commit = (await run('git', ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { cwd })).stdout.trim();
    return { root, commit, name: rev };
  } catch {
    throw new UsageError(`--base ${rev}: no such revision in this repository (a branch, tag or commit, e.g. main or HEAD~1)`);
  }
}

/** A file's bytes at the revision (path relative to `cwd`), or undefined when it does not exist there. */
export async function showAt(revision: Revision, cwd: string, path: string): Promise<Uint8Array | undefined> {
  const inRepo = relative(revision.root, resolve(cwd, path)).split(sep).join('/');
  try {
    const { stdout } = await run('git', ['show', `${revision.commit}:${inRepo}`], { cwd: revision.root, encoding: 'buffer', maxBuffer: MAX_FILE_BYTES });
    return new Uint8Array(stdout);
  } catch {
    return undefined;
  }
}
