/**
 * Nothing found is a failure (RF513): a mistyped CI glob, an empty folder or a crawl that meets
 * no model file would otherwise pass green forever. `allowEmpty` (`--allow-empty`, the action's
 * `allow-empty: true`) is for repositories that may legitimately have none.
 */
import { type Diagnostic, error } from '../formats/diagnostic.js';
import type { Limits } from '../formats/model.js';
import { CONTENT_FILE_GLOBS, type Discovery, MODEL_FILE_GLOBS } from './discover.js';
import { isModelFile } from './load-file.js';
import type { Report } from './report.js';

export const NOTHING_FOUND = 'RF513';

/**
 * Whether the search found at least one model file: one the run checked, or one it left out
 * (changed-only, another shard) that is named like a model or that a loader would read.
 */
export async function foundAnyModel(found: Discovery, checked: number, unchecked: readonly string[], cwd: string, limits: Limits): Promise<boolean> {
  if (checked > 0) return true;
  if (unchecked.some((file) => !found.optional.has(file))) return true;
  for (const file of unchecked) if (await isModelFile(cwd, file, limits)) return true;
  return false;
}

/** RF513, naming what was searched and what it met. `passedOver`: the files found that are no model. */
export function nothingFound(patterns: readonly string[], passedOver: readonly string[]): Diagnostic {
  const positives = patterns.filter((p) => !p.startsWith('!') && p.trim() !== '');
  const searched = positives.length === 0 ? 'the current folder' : positives.map((p) => `\`${p}\``).join(', ');
  const excluded = patterns.filter((p) => p.startsWith('!'));
  const except = excluded.length > 0 ? ` (except ${excluded.map((p) => `\`${p.slice(1)}\``).join(', ')})` : '';
  const sample = passedOver.slice(0, 3).map((p) => `\`${p}\``).join(', ') + (passedOver.length > 3 ? ', …' : '');
  const met =
    passedOver.length === 0
      ? 'and found no file there'
      : `and found ${passedOver.length} file${passedOver.length === 1 ? '' : 's'}, none of them a model of a format rflint reads (${sample})`;
  const byName = MODEL_FILE_GLOBS.map((g) => g.replace('**/', '')).join(', ');
  const byContent = CONTENT_FILE_GLOBS.map((g) => g.replace('**/', '')).join(', ');
  return error(
    NOTHING_FOUND,
    `no model file found: searched ${searched}${except} ${met}. A folder is searched for ${byName} by name and ${byContent} by content; ` +
      'check the paths and globs, or allow it (`--allow-empty`, the action\'s `allow-empty: true`) where having no model file is expected',
  );
}

/** Whether a report ends in RF513: the CLI exits 2, the action fails whatever `fail-on` says. */
export function isNothingFound(report: Pick<Report, 'diagnostics'>): boolean {
  return (report.diagnostics ?? []).some((d) => d.code === NOTHING_FOUND);
}
