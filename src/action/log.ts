/**
 * The action's log lines. core.info writes its text as is, and the runner reads any line of the
 * log whose trimmed text starts with `::` as a workflow command (`::add-mask::`,
 * `::stop-commands::`, `::error::`): a file name or a message that quotes a model file could
 * issue one. Every line goes through logLines (report/escape.ts) first. core.debug, warning and
 * error escape their message themselves (%, CR, LF: @actions/core lib/command.js).
 */
import * as core from '@actions/core';
import { logLines } from '../report/escape.js';

export function info(text: string): void {
  core.info(logLines(text));
}
