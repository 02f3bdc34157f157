/**
 * `from-report`: publish the report an earlier, untrusted run wrote (a fork's pull request has a
 * read-only token, so a trusted `workflow_run` workflow posts the comment). The report is data
 * only; the pull request it names is believed only when the trusted event payload agrees.
 */
import { isAbsolute } from 'node:path';
import * as core from '@actions/core';
import type { Report } from '../check/report.js';
import { PATH_LIMIT, plainText } from '../report/escape.js';
import type { RunEvent } from './event.js';
import type { GitHubApi } from './github.js';
import { info } from './log.js';
import type { Outcome } from './outcome.js';
import { toRepoPath } from './paths.js';
import { readReportFile } from './report-file.js';
import { type ActionSettings, InputError } from './settings.js';

/**
 * The PR to comment on. On workflow_run, the payload (trusted) names it for a same-repository PR
 * (event.ts keeps only entries of this repository whose head is the run's commit); for a fork's
 * PR it lists none (a GitHub limitation) or one of another repository, so the report's number is
 * used only if that PR's head is the commit the untrusted run checked, as the payload says.
 */
export async function pullRequestFor(claimed: number | undefined, event: RunEvent, api: GitHubApi | undefined): Promise<number | undefined> {
  const run = event.workflowRun;
  if (!run) {
    if (event.pullRequest) return event.pullRequest.number;
    // On a push or a manual run nothing trusted says which pull request the report is about.
    if (claimed !== undefined) core.warning(`The report names pull request #${claimed}, but only a pull_request or workflow_run event can confirm it: not commenting.`);
    return undefined;
  }
  if (run.untrusted.length > 0) info(`workflow_run lists pull request${run.untrusted.length === 1 ? '' : 's'} ${run.untrusted.map((n) => `#${n}`).join(', ')} of another repository or another head commit: not trusted.`);
  if (run.pullNumbers[0] !== undefined) return run.pullNumbers[0];
  if (claimed === undefined || !api) return undefined;
  let head: string;
  try {
    const { data } = await api.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner: event.owner, repo: event.repo, pull_number: claimed });
    head = data.head.sha;
  } catch (err) {
    // Unverified is untrusted: no comment, but the summary and the verdict still come.
    core.warning(`The report names pull request #${claimed}, which could not be checked (${err instanceof Error ? err.message.split('\n')[0] : String(err)}): not commenting.`);
    return undefined;
  }
  if (head === run.headSha) return claimed;
  core.warning(`The report names pull request #${claimed}, whose head ${head.slice(0, 7)} is not the commit the workflow run checked (${run.headSha.slice(0, 7)}): not commenting.`);
  return undefined;
}

/**
 * Refuses a report that names a file outside the repository (`../../x`, `/etc/x`): rflint never
 * writes one in the action, and its links and annotations would point elsewhere on github.com.
 */
export function checkReportPaths(report: Report, input: string, workingDirectory: string, workspace: string): void {
  const paths = [...report.files.map((f) => f.path), ...(report.diagnostics ?? []).flatMap((d) => (d.file !== undefined ? [d.file] : []))];
  for (const path of paths) {
    const repoPath = toRepoPath(path, workingDirectory, workspace);
    if (isAbsolute(path) || path.includes('\\') || path.includes('\0') || repoPath === '..' || repoPath.startsWith('../') || isAbsolute(repoPath)) {
      throw new InputError(`Input '${input}': the report names a file outside the repository (${JSON.stringify(plainText(path, PATH_LIMIT))}), which no rflint run in this action writes: not publishing it.`);
    }
  }
}

export async function publishedReport(settings: ActionSettings, event: RunEvent, api: GitHubApi | undefined): Promise<Outcome> {
  const { github: origin, base, ...report } = readReportFile(settings.fromReport!);
  checkReportPaths(report, 'from-report', settings.workingDirectory, event.workspace);
  const pullRequest = await pullRequestFor(origin?.pullRequest, event, api);
  if (pullRequest === undefined) info('from-report: no pull request to comment on; writing the summary and the outputs only.');
  return {
    report,
    ...(base ? { base } : {}),
    notes: [],
    ...(pullRequest !== undefined ? { pullRequest } : {}),
    headSha: event.workflowRun?.headSha ?? origin?.headSha ?? event.sha,
    annotate: false,
    origin: { repository: `${event.owner}/${event.repo}`, event: event.name, ...(pullRequest !== undefined ? { pullRequest } : {}) },
  };
}
