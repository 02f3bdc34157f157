/** The normal mode: check the model files of the workspace (or the PR's changed ones) and the base. */
import * as core from '@actions/core';
import type { Report } from '../check/report.js';
import { runCheck, type CheckSettings } from '../check/run.js';
import { checkBase } from './base.js';
import { type ChangedFiles, changedFiles } from './changed.js';
import type { RunEvent } from './event.js';
import type { GitHubApi } from './github.js';
import { httpStatus } from './http-status.js';
import { info } from './log.js';
import type { Outcome } from './outcome.js';
import { InputError, type ActionSettings } from './settings.js';

export async function checkWorkspace(settings: ActionSettings, event: RunEvent, api: GitHubApi | undefined): Promise<Outcome> {
  const pr = event.pullRequest;
  const notes: string[] = [];
  let only: ReadonlySet<string> | undefined;
  if (settings.changedOnly && !pr) {
    info(`changed-only applies to pull requests; on a ${event.name || 'local'} event every model file is checked.`);
  } else if (settings.changedOnly && pr) {
    if (!api) throw new InputError("Input 'changed-only' needs 'github-token' to list the pull request's files: keep its default, ${{ github.token }}.");
    // An API that fails (an outage past the retries, a token without `pull-requests: read`)
    // costs time, not the verdict: every model file is checked instead, and the report says so.
    const changed = await changedFiles(api, pr, { owner: event.owner, repo: event.repo, workspace: event.workspace, workingDirectory: settings.workingDirectory }).catch((err: unknown): ChangedFiles => {
      const status = httpStatus(err);
      const hint = status === 403 || status === 404 ? "; give the workflow 'permissions: pull-requests: read'" : '';
      const reason = `${err instanceof Error ? err.message.split('\n')[0] : String(err)}${hint}`;
      core.warning(`changed-only: cannot list the pull request's files (${reason}); checking every model file instead.`);
      return { note: `The pull request's files could not be listed (${status !== undefined ? `HTTP ${status}` : 'no answer'} from the GitHub API): every model file was checked.` };
    });
    if (changed.detail) info(changed.detail);
    if (changed.note) notes.push(changed.note);
    only = changed.paths;
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
    // The comment's layer-by-layer tables and charts (issue 11), for the head and the base alike.
    ...(settings.minErf !== undefined ? { minErf: settings.minErf } : {}),
    explain: true,
    // The HTML report draws each position's window (issue 14), for the head and the base alike.
    ...(settings.htmlReport ? { windows: true } : {}),
    ...(settings.shard ? { shard: settings.shard } : {}),
  };
  // The head is read in the checkout, confined to it; the base (check/base.ts) in a temp folder.
  const report = await runCheck({ ...check, root: event.workspace });

  let base: Report | undefined;
  if (pr && api && report.files.length > 0) {
    const result = await checkBase(api, report, { owner: event.owner, repo: event.repo, baseSha: pr.baseSha, workspace: event.workspace, workingDirectory: settings.workingDirectory, runnerTemp: event.runnerTemp, check });
    if (result.report) base = result.report;
    else info(`No RF deltas against the base: ${result.reason}.`);
  }

  const headSha = pr?.headSha ?? event.sha;
  return {
    report,
    ...(base ? { base } : {}),
    notes,
    ...(pr ? { pullRequest: pr.number } : {}),
    headSha,
    annotate: true,
    origin: { repository: `${event.owner}/${event.repo}`, event: event.name, ...(pr ? { pullRequest: pr.number, headSha: pr.headSha, baseSha: pr.baseSha } : {}) },
  };
}
