/**
 * The files a pull request changes, for `changed-only`: from the REST API, or from git when the
 * PR is larger than the API lists.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { PullRequestRef } from './event.js';
import type { GitHubApi } from './github.js';
import { fromRepoPath } from './paths.js';

/**
 * "Responses include a maximum of 3000 files" (docs.github.com/rest/pulls/pulls#list-pull-requests-files):
 * a list this long may be cut short.
 */
export const PULL_FILES_API_LIMIT = 3000;

/** One entry of the PR's file list, as pulls.listFiles gives it (docs.github.com/rest/pulls/pulls#list-pull-requests-files). */
export interface PullFile {
  /** The path at the head, from the repository's top. */
  readonly filename: string;
  /** added, removed, modified, renamed, copied, changed, unchanged. */
  readonly status: string;
  /** The path at the base of a renamed (or copied) file. */
  readonly previous_filename?: string;
}

/**
 * The PR's whole file list, every page, or undefined when GitHub cannot list it all (more than
 * 3,000 files, by the payload's count or by the list's length). API errors propagate.
 */
export async function listPullFiles(api: GitHubApi, pr: PullRequestRef, where: { readonly owner: string; readonly repo: string }): Promise<readonly PullFile[] | undefined> {
  if ((pr.changedFiles ?? 0) > PULL_FILES_API_LIMIT) return undefined;
  const listed = await api.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { owner: where.owner, repo: where.repo, pull_number: pr.number, per_page: 100 });
  return listed.length < PULL_FILES_API_LIMIT ? listed : undefined;
}

export interface ChangedFiles {
  /** Paths relative to the working directory, removed files excluded; undefined: check every file. */
  readonly paths?: ReadonlySet<string>;
  /** Trusted Markdown for the report when the list did not come from the API. */
  readonly note?: string;
  /** For the log: why the fallback happened. */
  readonly detail?: string;
  /** The PR's file list when the API gave it whole, or 'too-many' past its 3,000 (the base compare reuses either). */
  readonly listed?: readonly PullFile[] | 'too-many';
}

interface Where {
  readonly owner: string;
  readonly repo: string;
  readonly workspace: string;
  readonly workingDirectory: string;
}

async function fromGit(pr: PullRequestRef, workspace: string): Promise<string[]> {
  // Three dots: what the head changed since it left the base, as the PR's "Files changed" tab.
  // --diff-filter=d drops deleted files; -z keeps unusual names intact.
  const { stdout } = await promisify(execFile)('git', ['diff', '--name-only', '-z', '--diff-filter=d', `${pr.baseSha}...${pr.headSha}`], {
    cwd: workspace,
    maxBuffer: 256 * 1024 * 1024,
  });
  return stdout.split('\0').filter((p) => p !== '');
}

export async function changedFiles(api: GitHubApi, pr: PullRequestRef, where: Where): Promise<ChangedFiles> {
  let repoPaths: string[];
  let note: string | undefined;
  const listed = await listPullFiles(api, pr, where);
  if (listed !== undefined) {
    repoPaths = listed.filter((f) => f.status !== 'removed').map((f) => f.filename);
  } else {
    try {
      repoPaths = await fromGit(pr, where.workspace);
    } catch (err) {
      // Checking everything is slower but never wrong; skipping files silently would be.
      return {
        note: `This pull request changes more than ${PULL_FILES_API_LIMIT} files, more than the GitHub API lists, and \`git diff\` against the base failed (check out with \`fetch-depth: 0\`): every model file was checked.`,
        detail: `git diff failed: ${firstLine(err)}`,
        listed: 'too-many',
      };
    }
    note = `This pull request changes more than ${PULL_FILES_API_LIMIT} files, more than the GitHub API lists: the changed files came from \`git diff base...head\`.`;
  }
  const paths = new Set(repoPaths.map((p) => fromRepoPath(p, where.workingDirectory, where.workspace)).filter((p): p is string => p !== undefined));
  return { paths, ...(note ? { note } : {}), listed: listed ?? 'too-many' };
}

function firstLine(err: unknown): string {
  return String(err instanceof Error ? err.message : err).split('\n')[0] ?? '';
}
