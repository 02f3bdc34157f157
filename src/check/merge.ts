/**
 * `rflint merge` and the action's `merge-reports`: the JSON reports of N shards (`--shard K/N`)
 * become the one report a single run over every file would have written: files by path, the
 * run-level diagnostics once, the summary counted again.
 */
import type { Diagnostic } from '../formats/diagnostic.js';
import type { FileReport, Report } from './report.js';
import { summarize } from './summary.js';

/** Reports that do not add up to one run: the message names the file or the shard. */
export class MergeError extends Error {
  override readonly name = 'MergeError';
}

export interface NamedReport {
  /** Where the report came from, for the messages. */
  readonly source: string;
  readonly report: Report;
}

/**
 * Merges the reports of every shard of one run. With shards, all must have the same N and each K
 * must appear once; reports without a `shard` (disjoint folders checked apart) merge as they are.
 */
export function mergeReports(reports: readonly NamedReport[]): Report {
  if (reports.length === 0) throw new MergeError('no report to merge: give the JSON reports of the shards (rflint --shard K/N --format json)');
  checkShards(reports);
  const owner = new Map<string, string>();
  const files: FileReport[] = [];
  for (const { source, report } of reports) {
    for (const file of report.files) {
      const first = owner.get(file.path);
      if (first !== undefined) throw new MergeError(`${file.path} is in two reports, ${first} and ${source}: merge the reports of one run, each shard once`);
      owner.set(file.path, source);
      files.push(file);
    }
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  // Every shard reports the run's own diagnostics (the rules, a pattern that matched nothing): once each.
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const d of reports.flatMap((r) => r.report.diagnostics ?? [])) {
    const key = JSON.stringify(d);
    if (!seen.has(key)) {
      seen.add(key);
      diagnostics.push(d);
    }
  }
  const ignored = reports.reduce((sum, r) => sum + (r.report.summary.ignored ?? 0), 0);
  const origins = new Set(reports.map((r) => JSON.stringify(r.report.github ?? null)));
  const github = origins.size === 1 ? reports[0]!.report.github : undefined;
  const bases = reports.map((r) => r.report.base);
  const base = bases.every((b) => b !== undefined) ? mergeReports(bases.map((b, i) => ({ source: `the base of ${reports[i]!.source}`, report: b! }))) : undefined;
  return {
    version: 1,
    files,
    summary: summarize(files, diagnostics, ignored),
    diagnostics,
    ...(github ? { github } : {}),
    ...(base ? { base } : {}),
  };
}

function checkShards(reports: readonly NamedReport[]): void {
  const sharded = reports.filter((r) => r.report.shard);
  if (sharded.length === 0) return;
  if (sharded.length < reports.length) {
    const plain = reports.find((r) => !r.report.shard)!;
    throw new MergeError(`${plain.source} is not the report of a shard, but ${sharded[0]!.source} is (shard ${shardName(sharded[0]!)}): merge the reports of one sharded run`);
  }
  const count = sharded[0]!.report.shard!.count;
  const other = sharded.find((r) => r.report.shard!.count !== count);
  if (other) throw new MergeError(`${sharded[0]!.source} is shard ${shardName(sharded[0]!)} but ${other.source} is shard ${shardName(other)}: merge the reports of one run, all with the same N`);
  const byIndex = new Map<number, string>();
  for (const r of sharded) {
    const index = r.report.shard!.index;
    const first = byIndex.get(index);
    if (first !== undefined) throw new MergeError(`shard ${index}/${count} is given twice, ${first} and ${r.source}: give each shard's report once`);
    byIndex.set(index, r.source);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length > 0) {
    const names = missing.map((i) => `${i}/${count}`).join(', ');
    throw new MergeError(`shard${missing.length > 1 ? 's' : ''} ${names} missing: ${byIndex.size} of ${count} reports given (did a matrix job fail, or its artifact not download?)`);
  }
}

function shardName(r: NamedReport): string {
  return `${r.report.shard!.index}/${r.report.shard!.count}`;
}
