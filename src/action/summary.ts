/**
 * The job summary: the same Markdown as the comment, on every event, so a push or a manual run
 * shows the report too.
 */
import * as core from '@actions/core';

/**
 * GitHub's limit is 1 MiB per step ("Job summaries are limited to 1MiB", docs.github.com/actions/
 * reference/workflow-commands). Markdown lengths are UTF-16 units, at most 3 UTF-8 bytes each,
 * so this many units always fits.
 */
export const SUMMARY_MAX_LENGTH = Math.floor((1024 * 1024 - 1024) / 3);

/** Appends the Markdown to the step's summary; false when the runner gives no summary file. */
export async function writeSummary(markdown: string): Promise<boolean> {
  if (!process.env.GITHUB_STEP_SUMMARY) return false;
  await core.summary.addRaw(markdown, true).write();
  return true;
}
