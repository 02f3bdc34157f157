/**
 * The RF deltas' other side: the checked files as they are at the PR's base, fetched through the
 * REST API (no second checkout needed) and checked with the same settings (check/base.ts).
 * Best effort: any failure means no deltas, never a failed step.
 */
import { type BaseResult, checkAtBase } from '../check/base.js';
import type { Report } from '../check/report.js';
import type { CheckSettings } from '../check/run.js';
import type { GitHubApi } from './github.js';
import { httpStatus } from './http-status.js';
import { encodePath, toRepoPath } from './paths.js';

export interface BaseInput {
  readonly owner: string;
  readonly repo: string;
  readonly baseSha: string;
  readonly workspace: string;
  readonly workingDirectory: string;
  readonly runnerTemp: string;
  /** The head's check settings: the base is checked with the same globs, rules and limits. */
  readonly check: CheckSettings;
}

/** The raw bytes of a file at a commit, or undefined when it does not exist there (new in the PR). */
async function fetchAt(api: GitHubApi, input: BaseInput, repoPath: string): Promise<Uint8Array | undefined> {
  try {
    // The path goes into the URL literally (segments encoded): a route template would encode its slashes.
    const response = await api.request(`GET /repos/{owner}/{repo}/contents/${encodePath(repoPath)}`, {
      owner: input.owner,
      repo: input.repo,
      ref: input.baseSha,
      mediaType: { format: 'raw' },
      // Read the body ourselves: Octokit would decode it as text when the type says charset=utf-8.
      request: { parseSuccessResponseBody: false },
    });
    return new Uint8Array(await new Response(response.data as ReadableStream | null).arrayBuffer());
  } catch (err) {
    const status = httpStatus(err);
    if (status === 404) return undefined;
    // Octokit's message is the body's (`Server Error`): the status says more in the log.
    if (status !== undefined) throw new Error(`HTTP ${status} from the contents API (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`);
    throw err;
  }
}

export async function checkBase(api: GitHubApi, head: Report, input: BaseInput): Promise<BaseResult> {
  return checkAtBase(head, (path) => fetchAt(api, input, toRepoPath(path, input.workingDirectory, input.workspace)), input.check, input.runnerTemp);
}
