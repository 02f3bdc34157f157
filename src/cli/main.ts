/**
 * rflint's command line: parse the arguments, run the check, render, and return the exit code
 * (0 all pass, 1 a threshold fails or a file has an error, 2 a usage error). Catches once.
 */
import pkg from '../../package.json' with { type: 'json' };
import { runCheck } from '../check/run.js';
import { hasFailures } from '../check/summary.js';
import { HELP, type CliSettings, UsageError, parseCliArgs } from './args.js';
import { resolve } from 'node:path';
import { writeCharts, withoutExplain } from './charts.js';
import { explainReport } from './explain.js';
import { render } from './render.js';
import { readRulesFile } from './rules-file.js';

export interface CliIO {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly stderr: { write(text: string): unknown };
}

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  let settings: CliSettings | undefined;
  try {
    settings = parseCliArgs(argv);
    if (settings.help) return print(io, HELP + '\n', 0);
    if (settings.version) return print(io, `rflint ${pkg.version}\n`, 0);
    const rules = settings.rulesFile ? await readRulesFile(io.cwd, settings.rulesFile) : undefined;
    const report = await runCheck({
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
      // Explain, ERF and charts (issue 11): charts and the Markdown's tables come from the explain rows.
      ...(settings.minErf !== undefined ? { minErf: settings.minErf } : {}),
      ...(wantsExplain(settings) ? { explain: true } : {}),
    });
    if (settings.explainCommand) {
      const { text, code } = explainReport(report, settings.explainCommand, settings.format);
      return print(io, text, code);
    }
    if (settings.chartDir !== undefined) io.stderr.write(await writeCharts(report, resolve(io.cwd, settings.chartDir)));
    // https://no-color.org: any non-empty NO_COLOR turns colour off.
    const color = settings.color && io.stdout.isTTY === true && !io.env.NO_COLOR;
    io.stdout.write(render(settings.explain || settings.format === 'markdown' ? report : withoutExplain(report), { format: settings.format, color, quiet: settings.quiet, version: pkg.version }));
    return hasFailures(report.summary) ? 1 : 0;
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`rflint: ${err.message}\nTry 'rflint --help' for the options.\n`);
      return 2;
    }
    const detail = settings?.debug && err instanceof Error && err.stack ? err.stack : `${err instanceof Error ? err.message : String(err)} (run with --debug for the stack trace)`;
    io.stderr.write(`rflint: internal error: ${detail}\nThis is a bug in rflint; please report it.\n`);
    return 2;
  }
}

function wantsExplain(settings: CliSettings): boolean {
  return settings.explain || settings.explainCommand !== undefined || settings.chartDir !== undefined || settings.format === 'markdown';
}

function print(io: CliIO, text: string, code: number): number {
  io.stdout.write(text);
  return code;
}
