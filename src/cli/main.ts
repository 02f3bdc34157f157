/**
 * rflint's command line: parse the arguments, run the check, render, and return the exit code
 * (0 all pass, 1 a threshold fails or a file has an error, 2 a usage error). Catches once.
 */
import pkg from '../../package.json' with { type: 'json' };
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import type { Report } from '../check/report.js';
import type { CheckSettings } from '../check/run.js';
import type { Revision } from './git.js';
import { HELP, type CliSettings, UsageError, parseCliArgs } from './args.js';

// Everything past the arguments is imported when the run needs it: `--version` and `--help`
// load this file and args.ts only, and a run loads no badge, chart or merge code it does not use.
export interface CliIO {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly stderr: { write(text: string): unknown };
  /** The script the process runs: worker threads run it too (check/pool.ts). Absent: no workers. */
  readonly entry?: string | undefined;
}

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  let settings: CliSettings | undefined;
  try {
    settings = parseCliArgs(argv);
    if (settings.help) return print(io, `${HELP}\n\n${(await import('./docs-path.js')).docsLine()}\n`, 0);
    if (settings.version) return print(io, `rflint ${pkg.version}\n`, 0);
    if (settings.mergeCommand) return await merge(settings, io);
    const rules = settings.rulesFile ? await (await import('./rules-file.js')).readRulesFile(io.cwd, settings.rulesFile) : undefined;
    // Checked first: a typo in the revision is a usage error, before any work.
    const revision = settings.base !== undefined ? await (await import('./git.js')).resolveRevision(io.cwd, settings.base) : undefined;
    const check: CheckSettings = {
      cwd: io.cwd,
      patterns: settings.patterns,
      ...(rules ? { rules: rules.rules, rulesDiagnostics: rules.diagnostics } : {}),
      ...(settings.minRf !== undefined ? { minRf: settings.minRf } : {}),
      ...(settings.assume ? { assume: settings.assume } : {}),
      ...(settings.channelAttention ? { channelAttentionPointwise: settings.channelAttention === 'pointwise' } : {}),
      ...(settings.attention ? { attentionPointwise: settings.attention === 'pointwise' } : {}),
      ...(settings.inputSize ? { inputSize: settings.inputSize } : {}),
      ...(settings.dataInput !== undefined ? { dataInput: settings.dataInput } : {}),
      ...(settings.scale !== undefined ? { scale: settings.scale } : {}),
      ...(settings.stages ? { stages: true } : {}),
      ...(settings.ignore ? { ignore: settings.ignore } : {}),
      // Explain, ERF and charts: charts and the Markdown's tables come from the explain rows.
      ...(settings.minErf !== undefined ? { minErf: settings.minErf } : {}),
      ...(wantsExplain(settings) ? { explain: true } : {}),
      // The HTML page draws every position's window: the engine's per-phase tables.
      ...(settings.format === 'html' ? { windows: true } : {}),
      ...(settings.shard ? { shard: settings.shard } : {}),
      ...(settings.allowEmpty ? { allowEmpty: true } : {}),
      ...workers(settings, io),
    };
    const head = await (await import('../check/run.js')).runCheck(check);
    if (settings.explainCommand) {
      const { text, code } = (await import('./explain.js')).explainReport(head, settings.explainCommand, settings.format);
      return print(io, text, code);
    }
    const report = revision ? await withBase(head, revision, io.cwd, check) : head;
    return await show(report, settings, io, revision?.name);
  } catch (err) {
    // By name: their modules are loaded only by the runs that can throw them.
    if (err instanceof UsageError || (err instanceof Error && (err.name === 'ReportFileError' || err.name === 'MergeError'))) {
      io.stderr.write(`rflint: ${err.message}\nTry 'rflint --help' for the options.\n`);
      return 2;
    }
    const detail = settings?.debug && err instanceof Error && err.stack ? err.stack : `${err instanceof Error ? err.message : String(err)} (run with --debug for the stack trace)`;
    io.stderr.write(`rflint: internal error: ${detail}\nThis is a bug in rflint; please report it.\n`);
    return 2;
  }
}

/**
 * `--jobs N`: worker threads for runs with many files. Asked for, not by default: on 2 cores
 * they gain little (2,000 small files, 2 threads against one: 1.01, 0.86 and 0.97 of the time
 * in three sittings), because one thread already keeps both cores busy with V8's garbage
 * collector and compiler threads.
 */
function workers(settings: CliSettings, io: CliIO): Pick<CheckSettings, 'workers'> {
  const jobs = settings.jobs ?? 1;
  return io.entry && jobs > 1 ? { workers: { entry: io.entry, jobs, minFiles: 64 } } : {};
}

/** Charts, badges and the report in the format asked for; the exit code. */
async function show(report: Report, settings: CliSettings, io: CliIO, baseName: string | undefined): Promise<number> {
  if (settings.chartDir !== undefined) io.stderr.write(await (await import('./charts.js')).writeCharts(report, resolve(io.cwd, settings.chartDir)));
  // https://no-color.org: any non-empty NO_COLOR turns colour off.
  const color = settings.color && io.stdout.isTTY === true && !io.env.NO_COLOR;
  if (settings.badge) await (await import('./badges.js')).writeBadges(settings.badge, report, io.cwd);
  const [{ render, withoutExplain }, { hasFailures }, { isNothingFound, NOTHING_FOUND }] = await Promise.all([import('./render.js'), import('../check/summary.js'), import('../check/nothing-found.js')]);
  const shown = settings.explain || settings.format === 'markdown' || settings.format === 'html' ? report : withoutExplain(report);
  io.stdout.write(await render(shown, { format: settings.format, color, quiet: settings.quiet, version: pkg.version, ...(baseName !== undefined ? { baseName } : {}) }));
  if (isNothingFound(report)) {
    // Also on stderr, past a JSON or SARIF report redirected to a file: why the run exits 2.
    if (settings.format !== 'text') io.stderr.write(`rflint: ${report.diagnostics!.find((d) => d.code === NOTHING_FOUND)!.message}\n`);
    return 2;
  }
  return hasFailures(report.summary) ? 1 : 0;
}

/** `rflint merge REPORT…`: the shards' reports as the one report of the whole run. */
async function merge(settings: CliSettings, io: CliIO): Promise<number> {
  const [{ mergeReports }, { readReports }] = await Promise.all([import('../check/merge.js'), import('../check/report-file.js')]);
  const report = mergeReports(await readReports(settings.mergeCommand!.reports, io.cwd));
  return show(report, settings, io, report.base ? 'base' : undefined);
}

/** The same check on the files at the revision; when none exists there, the head alone. */
async function withBase(head: Report, revision: Revision, cwd: string, check: CheckSettings): Promise<Report> {
  const [{ checkAtBase }, { showAt }] = await Promise.all([import('../check/base.js'), import('./git.js')]);
  const result = await checkAtBase(head, (path) => showAt(revision, cwd, path), check, tmpdir());
  if (!result.report) throw new UsageError(`--base ${revision.name}: ${result.reason}`);
  return { ...head, base: result.report };
}

function wantsExplain(settings: CliSettings): boolean {
  return settings.explain || settings.explainCommand !== undefined || settings.chartDir !== undefined || settings.format === 'markdown' || settings.format === 'html';
}

function print(io: CliIO, text: string, code: number): number {
  io.stdout.write(text);
  return code;
}
