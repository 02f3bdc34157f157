/**
 * The RF deltas' other side: the checked files as they are at the PR's base, checked with the
 * same settings (check/base.ts). Only the files the pull request changes are read; the others
 * have the head's bytes at the base, so their base result is the head's. Two ways to read, no
 * second checkout either way:
 *
 * - git, when the history is checked out (actions/checkout with `fetch-depth: 0`): the changed
 *   files come from `git diff -M BASE` against the work tree, the bytes from `git show BASE:path`.
 *   No API request at all.
 * - the REST API otherwise: the PR's file list (pulls.listFiles, 100 a page), then one contents
 *   request per changed model file. Past the 3,000 files GitHub lists, every file is read.
 *
 * Renamed files are compared with their old name. Best effort: any failure means no deltas,
 * never a failed step.
 */
import { realpathSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type BaseResult, checkAtBase, type UnchangedAtBase } from '../check/base.js';
import { showAt, workTreeChanges } from '../check/git.js';
import type { Report } from '../check/report.js';
import type { CheckSettings } from '../check/run.js';
import { listPullFiles, PULL_FILES_API_LIMIT, type PullFile } from './changed.js';
import type { Checkout } from './checkout.js';
import type { PullRequestRef } from './event.js';
import type { GitHubApi } from './github.js';
import { httpStatus } from './http-status.js';
import { info } from './log.js';
import { encodePath, toRepoPath } from './paths.js';
import { rateLimitOf } from './rate-limit.js';

export interface BaseInput {
  readonly owner: string;
  readonly repo: string;
  readonly pr: PullRequestRef;
  readonly workspace: string;
  readonly workingDirectory: string;
  readonly runnerTemp: string;
  /** The head's check settings: the base is checked with the same globs, rules and limits. */
  readonly check: CheckSettings;
  /** What the checkout holds (checkout.ts); undefined: not a git work tree. */
  readonly checkout?: Checkout;
  /** The PR's file list when changed-only already asked for it ('too-many': past the 3,000 GitHub lists). */
  readonly listed?: readonly PullFile[] | 'too-many';
}

export type BaseOutcome = BaseResult & {
  /** How the base was read, for the log. */
  readonly via: 'git' | 'api';
  /** Trusted Markdown for the report when the base cost more than the changed files. */
  readonly note?: string;
};

/** The raw bytes of a file at a commit, or undefined when it does not exist there (new in the PR). */
async function fetchAt(api: GitHubApi, input: BaseInput, repoPath: string): Promise<Uint8Array | undefined> {
  try {
    // The path goes into the URL literally (segments encoded): a route template would encode its slashes.
    const response = await api.request(`GET /repos/{owner}/{repo}/contents/${encodePath(repoPath)}`, {
      owner: input.owner,
      repo: input.repo,
      ref: input.pr.baseSha,
      mediaType: { format: 'raw' },
      // Read the body ourselves: Octokit would decode it as text when the type says charset=utf-8.
      request: { parseSuccessResponseBody: false },
    });
    return new Uint8Array(await new Response(response.data as ReadableStream | null).arrayBuffer());
  } catch (err) {
    const status = httpStatus(err);
    if (status === 404) return undefined;
    // Octokit's message is the body's (`Server Error`): the status says more in the log. The
    // error itself goes on (its cause), so a rate limit is still recognised by the caller.
    if (status !== undefined) throw new Error(`HTTP ${status} from the contents API (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`, { cause: err });
    throw err;
  }
}

/**
 * The base of every checked file that the PR changes, read as cheaply as the checkout allows.
 * API errors of the file list propagate (a rate limit: the caller drops the deltas); those of the
 * contents requests end in a BaseResult without a report, as before.
 */
export async function checkBase(api: GitHubApi | undefined, head: Report, input: BaseInput): Promise<BaseOutcome> {
  const repoPath = (path: string) => toRepoPath(path, input.workingDirectory, input.workspace);
  const checkout = input.checkout;
  // A path as git names it: from the repository's top, which checkout's `path:` may put above the workspace.
  // git's top folder is a real path: so is the working directory here, or a link in the
  // workspace's path would make every path climb out of the repository.
  const workingDirectory = checkout ? realPath(input.workingDirectory) : input.workingDirectory;
  const gitPath = (path: string) => (checkout ? relative(checkout.root, join(workingDirectory, path)).split('\\').join('/') : path);

  if (checkout?.base) {
    const base = checkout.base;
    const { changed, tracked } = await workTreeChanges(checkout.root, base);
    const unchanged: UnchangedAtBase = (path) => tracked.has(gitPath(path)) && !changed.has(gitPath(path));
    const result = await checkAtBase(head, (path) => showAt(checkout.root, base, changed.get(gitPath(path)) ?? gitPath(path)), input.check, input.runnerTemp, unchanged);
    return { ...result, via: 'git' };
  }

  if (!api) return { reason: "no 'github-token' to read the base through the API, and the history is not checked out", via: 'api' };
  const listing = input.listed ? { files: input.listed === 'too-many' ? undefined : input.listed } : await listPullFiles(api, input.pr, input).then(
    (files) => ({ files }),
    (err: unknown) => {
      // A rate limit ends here (the caller drops the deltas); any other failure costs requests, not deltas.
      if (rateLimitOf(err)) throw err;
      return { failed: `${httpStatus(err) !== undefined ? `HTTP ${httpStatus(err)}` : 'no answer'} from the GitHub API` };
    },
  );
  const listed = 'files' in listing ? listing.files : undefined;
  const fetchBase = (basePath: (path: string) => string) => (path: string) => fetchAt(api, input, basePath(path));
  if (listed === undefined) {
    // Which files changed is unknown (GitHub lists no more than 3,000): every file is read.
    const why = 'failed' in listing ? `the pull request's files could not be listed (${listing.failed})` : `this pull request changes more than ${PULL_FILES_API_LIMIT} files, more than the GitHub API lists`;
    info(`Base: ${why}; reading the base of all ${head.files.length} checked files through the API.`);
    const result = await checkAtBase(head, fetchBase(repoPath), input.check, input.runnerTemp);
    const note = `The base of every checked file was read through the API (${head.files.length} requests): ${why}. Check out with \`fetch-depth: 0\` to read the base from git instead.`;
    return { ...result, via: 'api', note };
  }
  // The list's path at the base: a renamed file's old name.
  const previous = new Map(listed.filter((f) => f.status !== 'removed').map((f) => [f.filename, f.status === 'renamed' && f.previous_filename ? f.previous_filename : f.filename]));
  // A file of the work tree that its own commit does not have (generated by an earlier step,
  // edited in place) is not the PR's file: it is read at the base too, never assumed unchanged.
  const local = checkout ? await workTreeChanges(checkout.root, 'HEAD').catch(() => undefined) : undefined;
  const localChange = (path: string) => (local ? local.changed.has(gitPath(path)) || !local.tracked.has(gitPath(path)) : false);
  const unchanged: UnchangedAtBase = (path) => !previous.has(repoPath(path)) && !localChange(path);
  const result = await checkAtBase(head, fetchBase((path) => previous.get(repoPath(path)) ?? repoPath(path)), input.check, input.runnerTemp, unchanged);
  return { ...result, via: 'api' };
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
