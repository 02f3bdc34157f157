/**
 * Annotations on the offending file and line. GitHub shows at most 10 annotations of each type
 * (error, warning) per step (docs.github.com/actions/reference/workflow-commands: "limited to
 * 10 … per step"), so the most important go first: errors, then failed thresholds, then
 * warnings; the rest go to the log, and the summary says how many.
 */
import * as core from '@actions/core';
import type { Report } from '../check/report.js';

/** GitHub's limit per type and step. */
export const GITHUB_ANNOTATION_LIMIT = 10;
/**
 * Ours: one slot of each type stays free for the step's own message, the verdict of
 * core.setFailed (an error annotation) or the one warning about a comment that could not be posted.
 */
export const ANNOTATIONS_SHOWN_PER_TYPE = GITHUB_ANNOTATION_LIMIT - 1;

export interface Annotation {
  readonly level: 'error' | 'warning';
  /** 0 error diagnostics, 1 failed thresholds, 2 warnings: lower goes first. */
  readonly rank: 0 | 1 | 2;
  readonly title: string;
  readonly message: string;
  /** Relative to the repository root; absent for problems of no file (the rules input). */
  readonly file?: string;
  readonly startLine?: number;
  readonly startColumn?: number;
}

/**
 * Every annotation of a report, most important first. `toRepoPath` maps a report path to the
 * repository path GitHub needs; a run diagnostic whose `file` is `rulesSource` is about the
 * `rules` input, not a file, so it gets no file and says the line in its message.
 */
export function planAnnotations(report: Report, toRepoPath: (path: string) => string, rulesSource = 'rules'): Annotation[] {
  const all: Annotation[] = [];
  const at = (line?: number, column?: number) => ({ ...(line !== undefined ? { startLine: line } : {}), ...(column !== undefined ? { startColumn: column } : {}) });
  for (const d of report.diagnostics ?? []) {
    const file = d.file !== undefined && d.file !== rulesSource ? { file: toRepoPath(d.file) } : {};
    const where = d.file === rulesSource && d.line !== undefined ? ` (rules input, line ${d.line})` : '';
    all.push({ level: d.severity, rank: d.severity === 'error' ? 0 : 2, title: `rflint ${d.code}`, message: d.message + where, ...file, ...(d.file !== rulesSource ? at(d.line, d.column) : {}) });
  }
  for (const f of report.files) {
    const file = toRepoPath(f.path);
    for (const d of f.diagnostics) {
      all.push({ level: d.severity, rank: d.severity === 'error' ? 0 : 2, title: `rflint ${d.code}`, message: d.message, file, ...at(d.line, d.column) });
    }
    for (const o of f.outputs) {
      if (o.status !== 'fail') continue;
      const reasons = (o.failures ?? []).map((x) => x.message);
      all.push({ level: 'error', rank: 1, title: `rflint: output ${o.name} fails its threshold`, message: reasons.join('\n') || `output ${o.name} fails its threshold`, file, ...at(o.line, o.column) });
    }
  }
  // A stable sort keeps the report's order within a rank.
  return all.sort((a, b) => a.rank - b.rank);
}

export interface AnnotationCounts {
  /** Annotations beyond GitHub's limit, per level, printed to the log only. */
  readonly errorsNotShown: number;
  readonly warningsNotShown: number;
}

/** Splits the plan into what GitHub will show (the first of each level, up to `limit`) and the rest. */
export function selectShown(plan: readonly Annotation[], limit = ANNOTATIONS_SHOWN_PER_TYPE): { shown: Annotation[]; rest: Annotation[] } {
  const used = { error: 0, warning: 0 };
  const shown: Annotation[] = [];
  const rest: Annotation[] = [];
  for (const a of plan) (used[a.level]++ < limit ? shown : rest).push(a);
  return { shown, rest };
}

export function emitAnnotations(plan: readonly Annotation[]): AnnotationCounts {
  const { shown, rest } = selectShown(plan);
  for (const a of shown) {
    const { level, message, rank: _rank, ...properties } = a;
    (level === 'error' ? core.error : core.warning)(message, properties);
  }
  for (const a of rest) {
    const where = a.file === undefined ? '' : `${a.file}${a.startLine !== undefined ? `:${a.startLine}${a.startColumn !== undefined ? `:${a.startColumn}` : ''}` : ''}: `;
    core.info(`${where}${a.level}: ${a.message} [${a.title}]`);
  }
  return {
    errorsNotShown: rest.filter((a) => a.level === 'error').length,
    warningsNotShown: rest.filter((a) => a.level === 'warning').length,
  };
}
