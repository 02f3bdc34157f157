/**
 * `from-report`: publish the report an earlier, untrusted run wrote (a fork's pull request has a
 * read-only token, so a trusted `workflow_run` workflow posts the comment). The report is data
 * only; the pull request it names is believed only when the trusted event payload agrees.
 */
import * as core from '@actions/core';
import type { RunEvent } from './event.js';
import type { GitHubApi } from './github.js';
import type { Outcome } from './outcome.js';
import { readReportFile } from './report-file.js';
import type { ActionSettings } from './settings.js';

/**
 * The PR to comment on. On workflow_run, the payload (trusted) names it for a same-repository PR;
 * for a fork's PR it lists none (a GitHub limitation), so the report's number is used only if that
 * PR's head is the commit the untrusted run checked, as the payload says.
 */
export async function pullRequestFor(claimed: number | undefined, event: RunEvent, api: GitHubApi | undefined): Promise<number | undefined> {
  const run = event.workflowRun;
  if (!run) return event.pullRequest?.number ?? claimed;
  if (run.pullNumbers[0] !== undefined) return run.pullNumbers[0];
  if (claimed === undefined || !api) return undefined;
  const { data } = await api.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner: event.owner, repo: event.repo, pull_number: claimed });
  if (data.head.sha === run.headSha) return claimed;
  core.warning(`The report names pull request #${claimed}, whose head ${data.head.sha.slice(0, 7)} is not the commit the workflow run checked (${run.headSha.slice(0, 7)}): not commenting.`);
  return undefined;
}

export async function publishedReport(settings: ActionSettings, event: RunEvent, api: GitHubApi | undefined): Promise<Outcome> {
  const { github: origin, base, ...report } = readReportFile(settings.fromReport!);
  const pullRequest = await pullRequestFor(origin?.pullRequest, event, api);
  if (pullRequest === undefined) core.info('from-report: no pull request to comment on; writing the summary and the outputs only.');
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
