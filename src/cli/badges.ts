/** `--badge FILE` and `--badge-json FILE`: the status badge, written where the user asked. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Report } from '../check/report.js';
import { badgeFields, renderBadgeJson, renderBadgeSvg } from '../report/badge.js';
import type { CliSettings } from './args.js';
import { UsageError } from './args.js';

/**
 * `--badge-output NAME` must name an output, and `--badge-value pass` needs one with a threshold:
 * a grey "not found" badge, or the RF shown where a verdict was asked for, would pass unseen.
 */
function checkBadgeOutput(options: NonNullable<CliSettings['badge']>['options'], report: Report): void {
  if (options.output === undefined) return;
  const outputs = report.files.flatMap((f) => f.outputs);
  const names = (list: typeof outputs) => (list.length === 0 ? 'none' : [...new Set(list.map((o) => o.name))].slice(0, 20).join(', '));
  const output = outputs.find((o) => o.name === options.output);
  if (!output) throw new UsageError(`--badge-output ${options.output}: no output has that name; the outputs: ${names(outputs)}`);
  if ((options.value ?? 'pass') === 'pass' && output.status === 'unchecked') {
    throw new UsageError(
      `--badge-output ${options.output} --badge-value pass: ${options.output} has no threshold, so it neither passes nor fails; ` +
        `use --badge-value min-rf, or an output with a threshold: ${names(outputs.filter((o) => o.status !== 'unchecked'))}`,
    );
  }
}

export async function writeBadges(badge: NonNullable<CliSettings['badge']>, report: Report, cwd: string): Promise<void> {
  checkBadgeOutput(badge.options, report);
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
