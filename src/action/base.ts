/**
 * The RF deltas' other side: the checked files as they are at the PR's base, fetched through the
 * REST API (no second checkout needed) into a temp folder and checked there with the same
 * settings. Best effort: any failure means no deltas, never a failed step.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import type { Report } from '../check/report.js';
import { runCheck, type CheckSettings } from '../check/run.js';
import { type GitHubApi, httpStatus } from './github.js';
import { encodePath, toRepoPath } from './paths.js';

/** Fetches at once; enough to hide latency, few enough to stay clear of secondary rate limits. */
const CONCURRENT_FETCHES = 6;

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

export type BaseResult = { readonly report: Report } | { readonly report?: undefined; readonly reason: string };

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
    if (httpStatus(err) === 404) return undefined;
    throw err;
  }
}

async function inBatches<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(work));
}

export async function checkBase(api: GitHubApi, head: Report, input: BaseInput): Promise<BaseResult> {
  const folder = mkdtempSync(join(input.runnerTemp, 'rflint-base-'));
  try {
    let fetched = 0;
    // Only paths inside the working directory: a file named as ../x was checked in place, and
    // its base must not be written outside this temp folder.
    const inside = head.files.filter((file) => !isAbsolute(file.path) && !file.path.split(/[\\/]/).includes('..'));
    await inBatches(inside, CONCURRENT_FETCHES, async (file) => {
      const bytes = await fetchAt(api, input, toRepoPath(file.path, input.workingDirectory, input.workspace));
      if (bytes === undefined) return;
      const target = join(folder, file.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, bytes);
      fetched++;
    });
    if (fetched === 0) return { reason: 'none of the checked files exists at the base' };
    const { only: _only, ...settings } = input.check;
    return { report: await runCheck({ ...settings, cwd: folder }) };
  } catch (err) {
    return { reason: err instanceof Error ? err.message.split('\n')[0] ?? '' : String(err) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
