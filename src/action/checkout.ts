/**
 * What actions/checkout left in the workspace, asked of git once: the repository's top folder,
 * the commit checked out, and whether the PR's base commit is there too (`fetch-depth: 0`; the
 * default depth 1 has only the commit checked out). No git, or no repository: nothing is known.
 */
import { commitOf, repositoryRoot } from '../check/git.js';

export interface Checkout {
  /** The repository's top folder (the workspace, or a folder above it with checkout's `path:`). */
  readonly root: string;
  /** The commit checked out (HEAD). */
  readonly commit?: string;
  /** The base commit, when the history holds it: the base is then read with `git show`. */
  readonly base?: string;
}

export async function inspectCheckout(workspace: string, baseSha: string | undefined): Promise<Checkout | undefined> {
  let root: string | undefined;
  try {
    root = await repositoryRoot(workspace);
  } catch {
    return undefined; // no git on PATH
  }
  if (root === undefined) return undefined;
  const [commit, base] = await Promise.all([commitOf(root, 'HEAD'), baseSha ? commitOf(root, baseSha) : Promise.resolve(undefined)]);
  return { root, ...(commit ? { commit } : {}), ...(base ? { base } : {}) };
}
