/**
 * The JSON report (docs/design.md §6), keys in a fixed order whatever order the objects were built
 * in, so reports diff cleanly between runs and branches.
 */
import type { Diagnostic } from '../formats/diagnostic.js';
import type { FileReport, OutputReport, Report, Summary, ThresholdFailure } from '../check/report.js';
import type { Thresholds } from '../formats/model.js';

export function renderJson(report: Report): string {
  return stringify(ordered(report), '') + '\n';
}

/** JSON indented by two spaces, with per-axis arrays (`[427, 427]`) kept on one line. */
function stringify(value: unknown, indent: string): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((v) => v === null || typeof v !== 'object')) return `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
    return `[\n${value.map((v) => inner + stringify(v, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${stringify(v, inner)}`).join(',\n')}\n${indent}}`;
}

/** A copy of the report with every object's keys in contract order. */
export function ordered(report: Report): Report {
  return {
    version: report.version,
    files: report.files.map(file),
    ...(report.diagnostics ? { diagnostics: report.diagnostics.map(diagnostic) } : {}),
    summary: summary(report.summary),
    ...(report.shard ? { shard: { index: report.shard.index, count: report.shard.count } } : {}),
    ...(report.base ? { base: ordered(report.base) } : {}),
  };
}

function pick<T extends object>(value: T, keys: readonly (keyof T)[]): T {
  const out: Partial<T> = {};
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  return out as T;
}

function file(f: FileReport): FileReport {
  return {
    path: f.path,
    format: f.format,
    name: f.name,
    ...(f.assumptions ? { assumptions: [...f.assumptions] } : {}),
    ...(f.cost ? { cost: { params: f.cost.params, macs: f.cost.macs } } : {}),
    diagnostics: f.diagnostics.map(diagnostic),
    outputs: f.outputs.map(output),
  };
}

function diagnostic<D extends Omit<Diagnostic, 'file'> & { file?: string }>(d: D): D {
  return pick(d, ['severity', 'code', 'message', 'file', 'line', 'column', 'endLine', 'endColumn', 'output'] as (keyof D)[]);
}

function output(o: OutputReport): OutputReport {
  const keys: (keyof OutputReport)[] = ['name', 'tensor', 'rf', 'rfMin', 'stride', 'strideExact', 'start', 'center', 'global', 'globalBy', 'aligned', 'outputSize', 'coverage', 'erf', 'explain', 'thresholds', 'status', 'failures', 'line', 'column'];
  return { ...pick(o, keys), thresholds: thresholds(o.thresholds), ...(o.failures ? { failures: o.failures.map(failure) } : {}) };
}

function thresholds(t: Thresholds): Thresholds {
  return pick(t, ['min_rf', 'max_rf', 'min_coverage', 'min_erf']);
}

function failure(f: ThresholdFailure): ThresholdFailure {
  return pick(f, ['threshold', 'source', 'rule', 'axis', 'expected', 'actual', 'message', 'advice']);
}

function summary(s: Summary): Summary {
  return pick(s, ['files', 'outputs', 'passed', 'failed', 'errors', 'warnings', 'minRf', 'ignored']);
}
