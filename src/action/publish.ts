/**
 * Everything the action shows: annotations, the job summary, the outputs and the PR comment.
 * A problem with the comment is a warning at most; it never hides the verdict.
 */
import * as core from '@actions/core';
import { escapeMarkdown, renderMarkdown, type MarkdownOptions } from '../report/markdown.js';
import { emitAnnotations, GITHUB_ANNOTATION_LIMIT, planAnnotations } from './annotations.js';
import { commentIntent, commentMarker, FORK_WARNING, PERMISSION_WARNING, upsertComment } from './comment.js';
import type { RunEvent } from './event.js';
import type { GitHubApi } from './github.js';
import { htmlReportNote, writeHtmlReport } from './html-report.js';
import { httpStatus } from './http-status.js';
import { info } from './log.js';
import type { Outcome } from './outcome.js';
import { type RateLimitHit, rateLimitNotice, rateLimitOf } from './rate-limit.js';
import { setOutputs } from './outputs.js';
import { encodePath, toRepoPath } from './paths.js';
import { writeReportFile } from './report-file.js';
import type { ActionSettings } from './settings.js';
import { SUMMARY_MAX_LENGTH, writeSummary } from './summary.js';

export async function publish(outcome: Outcome, settings: ActionSettings, event: RunEvent, api: GitHubApi | undefined, fails: boolean): Promise<void> {
  const { report, base } = outcome;
  const repoPath = (path: string) => toRepoPath(path, settings.workingDirectory, event.workspace);
  const notes = [...outcome.notes];
  if (outcome.annotate) {
    const { errorsNotShown, warningsNotShown } = emitAnnotations(planAnnotations(report, repoPath));
    const hidden = [errorsNotShown > 0 ? `${errorsNotShown} more errors` : '', warningsNotShown > 0 ? `${warningsNotShown} more warnings` : ''].filter(Boolean);
    if (hidden.length > 0) notes.push(`GitHub shows only ${GITHUB_ANNOTATION_LIMIT} annotations of each kind per step: ${hidden.join(' and ')} are not annotated; they are in the log and in the tables below.`);
  }

  if (settings.htmlReport) {
    const note = htmlReportNote(event);
    if (note) notes.push(note);
  }

  const options: MarkdownOptions = {
    ...(base ? { base } : {}),
    blobUrl: (path, line) => `${event.serverUrl}/${event.owner}/${event.repo}/blob/${outcome.headSha}/${encodePath(repoPath(path))}${line !== undefined ? `#L${line}` : ''}`,
    title: settings.workingDirectoryName === '.' ? 'rflint' : `rflint · ${escapeMarkdown(settings.workingDirectoryName)}`,
    notes,
  };

  // The comment before the summary: a rate limit that costs the comment is said in the summary.
  let rateLimited = outcome.rateLimited;
  const commentNotes = rateLimited ? [...notes, rateLimitNotice(rateLimited.hit, rateLimited.dropped)] : notes;
  const lost = await postComment(outcome, settings, event, api, fails, { ...options, notes: commentNotes });
  if (lost) rateLimited = { hit: rateLimited?.hit ?? lost, dropped: [...(rateLimited?.dropped ?? []), 'the pull request comment'] };
  if (rateLimited) {
    const notice = rateLimitNotice(rateLimited.hit, rateLimited.dropped);
    notes.push(notice);
    core.warning(notice.replace(/^⚠️ /, ''));
  }

  const summary = renderMarkdown(report, { ...options, maxLength: SUMMARY_MAX_LENGTH, truncatedHint: 'the full report is the JSON file of the step output `report`' });
  try {
    if (!(await writeSummary(summary))) info('No job summary file (GITHUB_STEP_SUMMARY): the report is in the annotations and the outputs only.');
  } catch (err) {
    core.warning(`rflint could not write the job summary (${err instanceof Error ? err.message.split('\n')[0] : String(err)}); the verdict is unaffected.`);
  }

  const reportPath = writeReportFile(event.runnerTemp, { ...report, github: outcome.origin, ...(base ? { base } : {}) });
  setOutputs(report, reportPath);
  if (settings.htmlReport) {
    const htmlPath = await writeHtmlReport(reportPath, { ...report, ...(base ? { base } : {}) });
    core.setOutput('html-report', htmlPath);
    info(`HTML report: ${htmlPath} (upload it with actions/upload-artifact; see the README).`);
  }
  // Imported here: badge-maker is large, and most runs write no badge.
  if (settings.badge) (await import('./badge-files.js')).writeBadgeFiles(settings.badge, report, [event.workspace, event.runnerTemp]);
}

/**
 * Creates or updates the PR comment. Every failure is a warning at most; a rate limit is
 * returned instead (the caller says it once, with whatever else it cost).
 */
async function postComment(outcome: Outcome, settings: ActionSettings, event: RunEvent, api: GitHubApi | undefined, fails: boolean, options: MarkdownOptions): Promise<RateLimitHit | undefined> {
  if (outcome.pullRequest === undefined) return undefined;
  if (!api) {
    info("No 'github-token': no pull request comment.");
    return undefined;
  }
  const { report, base } = outcome;
  const marker = commentMarker(settings.workingDirectoryName);
  const body = renderMarkdown(report, { ...options, marker, truncatedHint: 'the full report is in the job summary of this check' });
  try {
    const intent = commentIntent(settings.comment, report, base, fails);
    const result = await upsertComment(api, { owner: event.owner, repo: event.repo, issueNumber: outcome.pullRequest }, marker, body, intent);
    info(result.action === 'skipped' ? `PR comment: nothing to post (comment: ${settings.comment}).` : `PR comment ${result.action}: ${result.url}`);
  } catch (err) {
    const hit = rateLimitOf(err);
    if (hit) return hit;
    if (httpStatus(err) === 403) core.warning(forbiddenWarning(event));
    else core.warning(`rflint could not post the pull request comment (${err instanceof Error ? err.message.split('\n')[0] : String(err)}); the verdict, the annotations and the job summary are unaffected.`);
  }
  return undefined;
}

/**
 * Why a 403 on the comment: a fork's pull request gets a read-only token whatever the workflow
 * asks; any other run's token lacks the permission (repositories created since February 2023
 * default to a read-only GITHUB_TOKEN, and a `permissions:` block grants only what it lists).
 */
function forbiddenWarning(event: RunEvent): string {
  return event.pullRequest?.fromFork === true ? FORK_WARNING : PERMISSION_WARNING;
}
