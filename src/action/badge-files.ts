/** The `badge-path` / `badge-json-path` inputs: the status badge written into the workspace, and the `badge` output. */
import * as core from '@actions/core';
import type { Report } from '../check/report.js';
import { badgeFields, renderBadgeJson, renderBadgeSvg } from '../report/badge.js';
import { info } from './log.js';
import { writeFileInside } from './safe-write.js';
import type { ActionSettings } from './settings.js';

/** `roots`: the folders the badge may land in (the workspace, RUNNER_TEMP), links resolved. */
export function writeBadgeFiles(badge: NonNullable<ActionSettings['badge']>, report: Report, roots: readonly string[]): void {
  const fields = badgeFields(report, badge.options);
  try {
    if (badge.svg) {
      writeFileInside(badge.svg, renderBadgeSvg(fields), roots);
      core.setOutput('badge', badge.svg);
    }
    if (badge.json) {
      writeFileInside(badge.json, renderBadgeJson(fields), roots);
      core.setOutput('badge-json', badge.json);
    }
    info(`Badge: ${fields.label} | ${fields.message} (${fields.color}).`);
  } catch (err) {
    core.warning(`rflint could not write the badge (${err instanceof Error ? err.message.split('\n')[0] : String(err)}); the verdict is unaffected.`);
  }
}
