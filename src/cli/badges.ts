/** `--badge FILE` and `--badge-json FILE`: the status badge, written where the user asked. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Report } from '../check/report.js';
import { badgeFields, renderBadgeJson, renderBadgeSvg } from '../report/badge.js';
import type { CliSettings } from './args.js';
import { UsageError } from './args.js';

export async function writeBadges(badge: NonNullable<CliSettings['badge']>, report: Report, cwd: string): Promise<void> {
  const fields = badgeFields(report, badge.options);
  for (const [path, text] of [
    [badge.svg, () => renderBadgeSvg(fields)],
    [badge.json, () => renderBadgeJson(fields)],
  ] as const) {
    if (path === undefined) continue;
    const target = resolve(cwd, path);
    try {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, text());
    } catch (err) {
      throw new UsageError(`cannot write the badge to ${path}: ${(err as Error).message.split('\n')[0]}`);
    }
  }
}
