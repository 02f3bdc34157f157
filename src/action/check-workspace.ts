/** The normal mode: check the model files of the workspace (or the PR's changed ones) and the base. */
import * as core from '@actions/core';
import type { Report } from '../check/report.js';
import { runCheck, type CheckSettings } from '../check/run.js';
import { checkBase } from './base.js';
import { type ChangedFiles, changedFiles, type PullFile } from './changed.js';
import { type Checkout, inspectCheckout } from './checkout.js';
import type { PullRequestRef, RunEvent } from './event.js';
import type { GitHubApi } from './github.js';
import { httpStatus } from './http-status.js';
import { info } from './log.js';
import type { Outcome } from './outcome.js';
import { type RateLimitHit, rateLimitOf } from './rate-limit.js';
import { InputError, type ActionSettings } from './settings.js';

export async function checkWorkspace(settings: ActionSettings, event: RunEvent, api: GitHubApi | undefined): Promise<Outcome> {
  const pr = event.pullRequest;
  const notes: string[] = [];
  let only: ReadonlySet<string> | undefined;
  let listed: readonly PullFile[] | 'too-many' | undefined;
  let rateLimited: { hit: RateLimitHit; dropped: string[] } | undefined;
  if (event.name === 'pull_request_target') core.warning(PULL_REQUEST_TARGET_WARNING);
  if (settings.changedOnly && !pr) {
    info(`changed-only applies to pull requests; on a ${event.name || 'local'} event every model file is checked.`);
  } else if (settings.changedOnly && pr) {
    if (!api) throw new InputError("Input 'changed-only' needs 'github-token' to list the pull request's files: keep its default, ${{ github.token }}.");
    // An API that fails (an outage past the retries, a token without `pull-requests: read`)
    // costs time, not the verdict: every model file is checked instead, and the report says so.
    const changed = await changedFiles(api, pr, { owner: event.owner, repo: event.repo, workspace: event.workspace, workingDirectory: settings.workingDirectory }).catch((err: unknown): ChangedFiles => {
      const hit = rateLimitOf(err);
      if (hit) {
        // Said once at the end (publish.ts), with the deltas it costs too: no API is asked again.
        rateLimited = { hit, dropped: [] };
        return { note: "The pull request's files could not be listed (a GitHub API rate limit): every model file was checked." };
      }
      const status = httpStatus(err);
      const hint = status === 403 || status === 404 ? "; give the workflow 'permissions: pull-requests: read'" : '';
      const reason = `${err instanceof Error ? err.message.split('\n')[0] : String(err)}${hint}`;
      core.warning(`changed-only: cannot list the pull request's files (${reason}); checking every model file instead.`);
      return { note: `The pull request's files could not be listed (${status !== undefined ? `HTTP ${status}` : 'no answer'} from the GitHub API): every model file was checked.` };
    });
    if (changed.detail) info(changed.detail);
    if (changed.note) notes.push(changed.note);
    only = changed.paths;
    listed = changed.listed;
    if (only) info(`changed-only: the pull request changes ${only.size} file${only.size === 1 ? '' : 's'} in the working directory.`);
  }

  const check: CheckSettings = {
    cwd: settings.workingDirectory,
    patterns: settings.files,
    rules: settings.rules,
    rulesDiagnostics: [...settings.rulesDiagnostics],
    ...(settings.minRf !== undefined ? { minRf: settings.minRf } : {}),
    ...(only ? { only } : {}),
    ...(settings.allowEmpty ? { allowEmpty: true } : {}),
    // The comment's layer-by-layer tables and charts, for the head and the base alike.
    ...(settings.minErf !== undefined ? { minErf: settings.minErf } : {}),
    ...(settings.maxParams !== undefined ? { maxParams: settings.maxParams } : {}),
    ...(settings.maxMacs !== undefined ? { maxMacs: settings.maxMacs } : {}),
    explain: true,
    // The HTML report draws each position's window, for the head and the base alike.
    ...(settings.htmlReport ? { windows: true } : {}),
    ...(settings.shard ? { shard: settings.shard } : {}),
  };
  // The head is read in the checkout, confined to it; the base (check/base.ts) in a temp folder.
  const report = await runCheck({ ...check, root: event.workspace });

  // What the checkout holds: the base's history (read with git, no API call), and which commit
  // the workspace is (pull_request_target checks out the base branch by default).
  const checkout = pr ? await inspectCheckout(event.workspace, pr.baseSha) : undefined;
  const checkedBase = pr !== undefined && holdsBase(event, pr, checkout);
  let base: Report | undefined;
  if (checkedBase) {
    const commit = checkout?.commit ?? event.sha;
    info(`The workspace holds the base branch (${commit.slice(0, 7)}), not the pull request: no RF deltas, and no pull request comment.`);
    notes.push(`This run checked the base branch (commit \`${commit.slice(0, 7)}\`), not the pull request: on \`pull_request_target\`, actions/checkout checks out the base by default. There are no RF deltas and no pull request comment; run rflint on \`pull_request\` (see SECURITY.md).`);
  } else if (pr && rateLimited && !checkout?.base && report.files.length > 0) {
    rateLimited.dropped.push('the RF deltas against the base');
  } else if (pr && (api || checkout?.base) && report.files.length > 0) {
    try {
      const result = await checkBase(api, report, { owner: event.owner, repo: event.repo, pr, workspace: event.workspace, workingDirectory: settings.workingDirectory, runnerTemp: event.runnerTemp, check, ...(checkout ? { checkout } : {}), ...(listed ? { listed } : {}) });
      if (result.note) notes.push(result.note);
      if (result.report) {
        base = result.report;
        info(`Base ${pr.baseSha.slice(0, 7)} read ${result.via === 'git' ? 'from git (the history is checked out)' : 'through the API'}: ${result.read} changed file${result.read === 1 ? '' : 's'} checked at the base, ${result.reused} unchanged.`);
      } else {
        const hit = rateLimitOf(result.error);
        if (hit) rateLimited = { hit, dropped: ['the RF deltas against the base'] };
        else info(`No RF deltas against the base: ${result.reason}.`);
      }
    } catch (err) {
      const hit = rateLimitOf(err);
      if (!hit) throw err;
      rateLimited = { hit, dropped: ['the RF deltas against the base'] };
    }
  }

  // Links point at the commit whose files were checked.
  const headSha = checkedBase ? (checkout?.commit ?? event.sha) : (pr?.headSha ?? event.sha);
  const commented = pr && !checkedBase ? pr : undefined;
  return {
    report,
    ...(base ? { base } : {}),
    notes,
    ...(commented ? { pullRequest: commented.number } : {}),
    headSha,
    annotate: true,
    ...(rateLimited ? { rateLimited } : {}),
    origin: { repository: `${event.owner}/${event.repo}`, event: event.name, ...(commented ? { pullRequest: commented.number, headSha: commented.headSha, baseSha: commented.baseSha } : {}) },
  };
}

/**
 * Whether the workspace holds the PR's base rather than its changes. On pull_request_target the
 * runner's commit (GITHUB_SHA) is the base branch's, and actions/checkout checks it out unless
 * told otherwise (`ref:`); without git to ask, that default is assumed. On pull_request the
 * default is the merge commit, and only a checkout of the base commit itself is the base.
 */
function holdsBase(event: RunEvent, pr: PullRequestRef, checkout: Checkout | undefined): boolean {
  const commit = checkout?.commit;
  if (event.name === 'pull_request_target') return commit === undefined ? event.sha !== pr.headSha : commit !== pr.headSha && (commit === event.sha || commit === pr.baseSha);
  return commit !== undefined && commit === pr.baseSha && commit !== pr.headSha;
}

/** The one warning of a run on pull_request_target (SECURITY.md, "What runs where"). */
export const PULL_REQUEST_TARGET_WARNING =
  "rflint runs on 'pull_request_target', which it never needs: that event gives the workflow a write token and the repository's secrets, next to the pull request's files " +
  "if the workflow checks them out. Run rflint on 'pull_request', and for pull requests from forks use the two-workflow pattern ('workflow_run' with 'from-report'); see SECURITY.md.";
