/**
 * `--base REV` in the CLI's words: the shared git questions (check/git.ts), with every failure
 * that is the user's to fix as a UsageError of one line.
 */
import { relative, resolve, sep } from 'node:path';
import { commitOf, repositoryRoot, showAt as showAtCommit } from '../check/git.js';
import { UsageError } from './args.js';

export interface Revision {
  /** The repository's top folder. */
  readonly root: string;
  /** The full commit id REV names. */
  readonly commit: string;
  /** REV as the user wrote it, for messages. */
  readonly name: string;
}

export async function resolveRevision(cwd: string, rev: string): Promise<Revision> {
  let root: string | undefined;
  try {
    root = await repositoryRoot(cwd);
  } catch {
    throw new UsageError('--base needs git, which is not on PATH');
  }
  if (root === undefined) throw new UsageError(`--base ${rev}: ${cwd} is not inside a git repository`);
  if (rev.startsWith('-')) throw new UsageError(`--base takes a git revision, got '${rev}'`);
  const commit = await commitOf(root, rev);
  if (commit === undefined) throw new UsageError(`--base ${rev}: no such revision in this repository (a branch, tag or commit, e.g. main or HEAD~1)`);
  return { root, commit, name: rev };
}

/** A path relative to `cwd` as the repository's. */
export function repoPathOf(revision: Revision, cwd: string, path: string): string {
  return relative(revision.root, resolve(cwd, path)).split(sep).join('/');
}

/** A file's bytes at the revision (path relative to `cwd`), or undefined when it does not exist there. */
export function showAt(revision: Revision, cwd: string, path: string): Promise<Uint8Array | undefined> {
  return showAtCommit(revision.root, revision.commit, repoPathOf(revision, cwd, path));
}
