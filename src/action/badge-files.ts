/** The `badge-path` / `badge-json-path` inputs: the status badge written into the workspace, and the `badge` output. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as core from '@actions/core';
import type { Report } from '../check/report.js';
import { badgeFields, renderBadgeJson, renderBadgeSvg } from '../report/badge.js';
import type { ActionSettings } from './settings.js';

export function writeBadgeFiles(badge: NonNullable<ActionSettings['badge']>, report: Report): void {
  const fields = badgeFields(report, badge.options);
  try {
    if (badge.svg) {
      mkdirSync(dirname(badge.svg), { recursive: true });
      writeFileSync(badge.svg, renderBadgeSvg(fields));
      core.setOutput('badge', badge.svg);
    }
    if (badge.json) {
      mkdirSync(dirname(badge.json), { recursive: true });
      writeFileSync(badge.json, renderBadgeJson(fields));
      core.setOutput('badge-json', badge.json);
    }
    core.info(`Badge: ${fields.label} | ${fields.message} (${fields.color}).`);
  } catch (err) {
    core.warning(`rflint could not write the badge (${err instanceof Error ? err.message.split('\n')[0] : String(err)}); the verdict is unaffected.`);
  }
}
