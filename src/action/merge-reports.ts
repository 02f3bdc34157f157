/**
 * `merge-reports`: the last job of a sharded run. Reads the JSON reports the matrix jobs
 * (`shard: K/N`) uploaded, merges them into the report of one run, and publishes it as a normal
 * run would: one verdict, one comment, one summary, one badge.
 */
import * as core from '@actions/core';
import { MergeError, mergeReports } from '../check/merge.js';
import { readReports, ReportFileError } from '../check/report-file.js';
import type { RunEvent } from './event.js';
import { pullRequestFor } from './from-report.js';
import type { GitHubApi } from './github.js';
import type { Outcome } from './outcome.js';
import { InputError, type ActionSettings } from './settings.js';

export async function mergedReport(settings: ActionSettings, event: RunEvent, api: GitHubApi | undefined): Promise<Outcome> {
  let merged;
  try {
    merged = mergeReports(await readReports(settings.mergeReports!, settings.workingDirectory));
  } catch (err) {
    if (err instanceof ReportFileError || err instanceof MergeError) throw new InputError(`Input 'merge-reports': ${err.message}`);
    throw err;
  }
  const { github: origin, base, ...report } = merged;
  core.info(`merge-reports: ${report.files.length} file${report.files.length === 1 ? '' : 's'} from the shards' reports.`);
  const pullRequest = await pullRequestFor(origin?.pullRequest, event, api);
  return {
    report,
    ...(base ? { base } : {}),
    notes: [],
    ...(pullRequest !== undefined ? { pullRequest } : {}),
    headSha: event.workflowRun?.headSha ?? event.pullRequest?.headSha ?? origin?.headSha ?? event.sha,
    // Each shard annotated its own files.
    annotate: false,
    origin: { repository: `${event.owner}/${event.repo}`, event: event.name, ...(pullRequest !== undefined ? { pullRequest } : {}), ...(origin?.headSha ? { headSha: origin.headSha } : {}), ...(origin?.baseSha ? { baseSha: origin.baseSha } : {}) },
  };
}
