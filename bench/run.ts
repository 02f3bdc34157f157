/**
 * `npm run bench [-- FILTER]`: the whole-process rows (rflint against bare `node -e 0`, same run),
 * the engine's scaling, then every registered in-process benchmark (or those whose name contains
 * FILTER: then only they run). A full run prints the tables and writes bench/RESULTS.md, compared
 * with the RESULTS.md it replaces.
 *
 * `scripts/bench.mjs` builds the bundles into a temp folder (RFLINT_BENCH_DIST) and bundles this
 * file with ncc (the figures are those of shipped code), so suites are imported statically: to
 * add one, write `bench/NAME.bench.ts` exporting `benchmarks: Benchmark[]` and add it to SUITES.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { API_BENCH, apiRows } from './action-api.js';
import type { Benchmark } from './benchmark.js';
import { benchmarks as erf } from './erf.bench.js';
import { benchmarks as native } from './native.bench.js';
import { benchmarks as onnx, measureOnce as onnxFigures } from './onnx.bench.js';
import { type Command, type ProcessFigures, timeAgainstBare } from './process.js';
import { benchmarks as rf } from './rf.bench.js';
import { type ScalingRow, engineScaling } from './scaling.js';
import { writeWorkloads } from './workloads.js';

const SUITES: readonly (readonly Benchmark[])[] = [rf, erf, native, onnx];

const MIN_RUNS = 3;
const MIN_TOTAL_MS = 1000;
const MAX_RUNS = 1000;

/** Collects garbage between benchmarks when node runs with --expose-gc (scripts/bench.mjs does). */
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => {});

async function measure(bench: Benchmark): Promise<string[]> {
  const work = bench.setup();
  collectGarbage();
  await work.run();
  const times: number[] = [];
  let total = 0;
  while ((times.length < MIN_RUNS || total < MIN_TOTAL_MS) && times.length < MAX_RUNS) {
    const t0 = performance.now();
    await work.run();
    const ms = performance.now() - t0;
    times.push(ms);
    total += ms;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  return [
    bench.name,
    work.nodes.toLocaleString('en-US'),
    work.edges.toLocaleString('en-US'),
    String(times.length),
    median < 10 ? median.toFixed(3) : median.toFixed(0),
    Math.round(work.nodes / (median / 1000)).toLocaleString('en-US'),
  ];
}

interface ProcessRow {
  readonly what: string;
  /** The target ratio, when it sets one. */
  readonly target?: number;
  readonly figures: ProcessFigures;
}

/** What RESULTS.md carries for the next run to compare with (an HTML comment at its end). */
interface Saved {
  readonly process: Record<string, number>;
  readonly scaling: Record<string, number>;
  readonly inProcess: Record<string, number>;
}

const RESULTS = 'bench/RESULTS.md';
const DATA = /<!-- bench-data (.*) -->/;

function previous(): Saved | undefined {
  if (!existsSync(RESULTS)) return undefined;
  const m = DATA.exec(readFileSync(RESULTS, 'utf8'));
  try {
    return m ? (JSON.parse(m[1]!) as Saved) : undefined;
  } catch {
    return undefined;
  }
}

/** `0.93× before` style: this figure against the previous run's, when there was one. */
function versus(now: number, before: number | undefined): string {
  if (before === undefined) return '–';
  const change = now / before;
  return `${before.toFixed(2)} (${change < 0.95 ? 'faster' : change > 1.05 ? 'slower' : 'same'}, ×${change.toFixed(2)})`;
}

/** The action's environment on a runner, for a `push` of `workspace` with no token. */
function actionCommand(dist: string, workspace: string, runner: string): Command {
  const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }> };
  const inputs = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, String(input.default ?? '')]));
  for (const file of ['output', 'summary']) writeFileSync(join(runner, file), '');
  return {
    args: [join(dist, 'index.js')],
    cwd: workspace,
    okCodes: [0, 1],
    env: {
      PATH: process.env.PATH,
      HOME: runner,
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: join(runner, 'event.json'),
      GITHUB_REPOSITORY: 'octo-org/models',
      GITHUB_SHA: 'f'.repeat(40),
      GITHUB_REF: 'refs/heads/main',
      GITHUB_WORKSPACE: workspace,
      // Nowhere to reach: a run without a token must not call GitHub.
      GITHUB_API_URL: 'http://127.0.0.1:9',
      GITHUB_OUTPUT: join(runner, 'output'),
      GITHUB_STEP_SUMMARY: join(runner, 'summary'),
      RUNNER_TEMP: runner,
      ...inputs,
      'INPUT_GITHUB-TOKEN': '',
    },
  };
}

function processRows(dist: string): ProcessRow[] {
  const dir = mkdtempSync(join(tmpdir(), 'rflint-bench-process-'));
  try {
    process.stderr.write('writing the workloads (2,000 files, 600 MB of ONNX)…\n');
    const w = writeWorkloads(dir, resolve('examples'));
    const actionWorkspace = join(dir, 'action-workspace');
    cpSync(w.ten, actionWorkspace, { recursive: true });
    const cli = join(dist, 'cli.js');
    const rows: [string, number | undefined, Command, number][] = [
      ['CLI on 10 small native models (`--format json`)', 2, { args: [cli, '--format', 'json', '.'], cwd: w.ten, okCodes: [0, 1] }, 7],
      ['`rflint --version`', 1.3, { args: [cli, '--version'], cwd: dir }, 7],
      ['`rflint --help`', undefined, { args: [cli, '--help'], cwd: dir }, 7],
      ['CLI on a ResNet-50-sized ONNX (100 MB, synthetic: 53 convs)', 1.5, { args: [cli, '--format', 'json', w.resnetOnnx], cwd: dir, okCodes: [0, 1] }, 7],
      ['CLI on a 500 MB ONNX (25 convs of 20 MiB)', undefined, { args: [cli, '--format', 'json', w.bigOnnx], cwd: dir, okCodes: [0, 1] }, 7],
      ['a 10^6-layer native file (`repeat`)', 15, { args: [cli, '--format', 'json', '.'], cwd: w.deep, okCodes: [0, 1] }, 3],
      ['2,000 small native files', 25, { args: [cli, '--format', 'json', '.'], cwd: w.many, okCodes: [0, 1] }, 3],
      ['2,000 small native files, two threads (`--jobs 2`)', undefined, { args: [cli, '--format', 'json', '--jobs', '2', '.'], cwd: w.many, okCodes: [0, 1] }, 3],
      ['the action (`dist/index.js`) on a `push` event, 10 models, no token', 3, actionCommand(dist, actionWorkspace, w.runner), 7],
    ];
    return rows.map(([what, target, command, runs]) => {
      process.stderr.write(`${what}…\n`);
      return { what, ...(target !== undefined ? { target } : {}), figures: timeAgainstBare(command, runs) };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const filter = process.argv[2] ?? '';
const selected = filter === 'api' ? [] : SUITES.flat().filter((b) => b.name.includes(filter));
if (selected.length === 0 && filter !== 'process' && filter !== 'api') {
  console.error(`no benchmark matches "${filter}"`);
  process.exit(2);
}
const full = filter === '' || filter === 'process';
const dist = process.env.RFLINT_BENCH_DIST;
const before = previous();
const out: string[] = [];
const machine = `${availableParallelism()} CPUs (nproc), ${cpus()[0]?.model ?? 'unknown CPU'}, node ${process.version}, ${process.platform} ${process.arch}; load average at the start ${loadavg().map((l) => l.toFixed(2)).join(' ')}`;
const saved: Saved = { process: {}, scaling: {}, inProcess: {} };

if (full && dist) {
  const rows = processRows(dist);
  const table1 = [['what', 'target', 'rflint ms', 'node -e 0 ms', 'ratio', 'pairs: min–max', 'previous ratio']];
  for (const { what, target, figures: f } of rows) {
    saved.process[what] = Number(f.ratio.toFixed(3));
    const verdict = target === undefined ? '' : f.ratio <= target ? ' ✓' : ' ✗';
    table1.push([what, target === undefined ? '–' : `≤ ${target}×`, f.medianMs.toFixed(0), f.bareMs.toFixed(0), `${f.ratio.toFixed(2)}×${verdict}`, `${f.minRatio.toFixed(2)}–${f.maxRatio.toFixed(2)}`, versus(f.ratio, before?.process[what])]);
  }
  out.push(`## Whole process, against bare \`node -e 0\` in the same run\n\nWall time from spawn to exit, medians; the ratio is the median of the pairs' ratios (A B A B … after a warm-up of each).\n\n${markdown(table1)}`);
}

if ((full || filter === 'api') && dist) {
  // The action's API budget (bench/action-api.ts): requests and wall time of a PR run.
  const api = await apiRows(dist, process.env.RFLINT_BENCH_BASELINE_DIST);
  const table = [['PR run', 'requests', 'by endpoint', 'wall s', 'verdict', 'outputs changed vs base', 'same verdict and deltas as the first row']];
  const first = api[0]!;
  const same = (r: (typeof api)[number]) => r.verdict === first.verdict && JSON.stringify(r.deltas) === JSON.stringify(first.deltas);
  for (const r of api) table.push([r.what, `${r.requests}${r.what.startsWith('before') ? '' : r.requests <= 10 ? ' ✓' : ' ✗'}`, r.byEndpoint, r.seconds.toFixed(1), r.verdict, String(r.changedRows), r === first ? '–' : same(r) ? '✓' : '✗']);
  out.push(
    `## The action's API budget (target: ≤ 10 requests)\n\nA \`pull_request\` run on ${API_BENCH.files.toLocaleString('en-US')} model files that changes ${API_BENCH.changed}, against the REST fake with ${API_BENCH.latencyMs} ms per request; wall time from spawn to exit.\n\n${markdown(table)}`,
  );
}

if (full) {
  const scaling: ScalingRow[] = engineScaling();
  const table2 = [['engine (`analyze`)', 'size', 'median ms', 'time(10n)/time(n)', 'previous']];
  for (const r of scaling) {
    const key = `${r.kind} ${r.size}`;
    if (r.growth !== undefined) saved.scaling[key] = Number(r.growth.toFixed(2));
    table2.push([r.kind, r.size.toLocaleString('en-US'), r.ms < 10 ? r.ms.toFixed(3) : r.ms.toFixed(0), r.growth === undefined ? '–' : `${r.growth.toFixed(1)}${r.growth <= 12 ? ' ✓' : ' ✗'}`, r.growth === undefined ? '–' : versus(r.growth, before?.scaling[key])]);
  }
  out.push(`## Engine scaling (target: time(10n)/time(n) ≤ 12 up to 10^6)\n\n${markdown(table2)}`);
}

const rows = [['benchmark', 'nodes', 'edges', 'runs', 'median ms', 'nodes/s']];
for (const bench of selected) {
  // Progress on stderr: the large graphs take seconds each.
  process.stderr.write(`${bench.name}…\n`);
  const row = await measure(bench);
  saved.inProcess[bench.name] = Number(row[4]);
  rows.push(row);
}
if (selected.length > 0) out.push(`## In process (the bundled code, no process start)\n\n${markdown(rows)}`);
if (selected.some((b) => onnx.includes(b))) {
  // What streaming buys: bytes actually read and memory taken, against the file's size.
  const f = await onnxFigures();
  out.push(
    `onnx: ${f.fileMiB} MiB file loaded in ${f.loadMs} ms, ${(f.bytesRead / 2 ** 20).toFixed(1)} MiB read in ${f.reads} reads, ` +
      `peak RSS +${f.peakRssGrowthMiB} MiB, heap +${f.heapGrowthMiB} MiB`,
  );
}

const text = out.join('\n\n');
console.log(`\n${text}\n\n${machine}`);
if (filter === 'api' && dist && existsSync(RESULTS)) {
  // Only this section of RESULTS.md is replaced (or added): the rest stays the full run's.
  const section = out.find((o) => o.startsWith("## The action's API budget"))!;
  const stamp = `${section}\n\nWritten by \`npm run bench -- api\` on ${new Date().toISOString().slice(0, 10)}: ${machine}.`;
  const old = readFileSync(RESULTS, 'utf8');
  const at = old.indexOf("## The action's API budget");
  const end = at < 0 ? -1 : old.indexOf('\n## ', at + 1);
  const data = old.indexOf('<!-- bench-data');
  const next = at >= 0 ? `${old.slice(0, at)}${stamp}\n\n${old.slice(end >= 0 ? end + 1 : data)}` : `${old.slice(0, data)}${stamp}\n\n${old.slice(data)}`;
  writeFileSync(RESULTS, next);
  process.stderr.write(`wrote the API section of ${RESULTS}\n`);
}
if (full && dist) {
  const note = before ? 'The "previous" columns are the RESULTS.md this run replaced.' : 'No earlier RESULTS.md to compare with.';
  writeFileSync(
    RESULTS,
    `# rflint benchmarks\n\nWritten by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${machine}. On a shared machine the ratios are the figures to read; absolute times drift. ${note}\n\n${text}\n\n<!-- bench-data ${JSON.stringify(saved)} -->\n`,
  );
  process.stderr.write(`wrote ${RESULTS}\n`);
}

function markdown(rows: string[][]): string {
  const line = (r: string[]) => `| ${r.join(' | ')} |`;
  return [line(rows[0]!), line(rows[0]!.map((_, c) => (c === 0 ? '---' : '---:'))), ...rows.slice(1).map(line)].join('\n');
}
