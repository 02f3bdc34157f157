/**
 * The action: read the settings, check (or read a report), publish, and give the verdict.
 * `run()` is the entry actions/typescript-action's convention names (src/main.ts exports it,
 * src/index.ts calls it), which @github/local-action calls too.
 */
import * as core from '@actions/core';
import { checkWorkspace } from './check-workspace.js';
import { readEvent } from './event.js';
import { publishedReport } from './from-report.js';
import { mergedReport } from './merge-reports.js';
import { publish } from './publish.js';
import { getSettings, InputError } from './settings.js';
import { failureReason, nothingFoundReason } from './verdict.js';

export async function run(): Promise<void> {
  try {
    const settings = getSettings();
    const event = readEvent();
    // Octokit is loaded only when there is a token to call GitHub with.
    const api = settings.token ? (await import('./github.js')).createApi(settings.token) : undefined;
    const outcome = settings.fromReport ? await publishedReport(settings, event, api) : settings.mergeReports ? await mergedReport(settings, event, api) : await checkWorkspace(settings, event, api);
    const reason = nothingFoundReason(outcome.report) ?? failureReason(outcome.report.summary, settings.failOn, outcome.annotate);
    await publish(outcome, settings, event, api, reason !== undefined);
    if (reason) core.setFailed(reason);
  } catch (err) {
    // Our own bug or an environment problem: one line for the user, the stack for --debug.
    if (err instanceof Error && err.stack) core.debug(err.stack);
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
    core.setFailed(err instanceof InputError ? message! : `rflint failed: ${message}`);
  }
}
