/**
 * `npm run bench [-- FILTER]`: runs every registered benchmark (or those whose name contains
 * FILTER) and prints one table row each. Each runs once to warm up, then until it has at least
 * 3 timed runs and 1 s of them; the row shows the median run.
 *
 * `scripts/bench.mjs` bundles this file with ncc (the figures are those of shipped code), so
 * suites are imported statically: to add one, write `bench/NAME.bench.ts` exporting
 * `benchmarks: Benchmark[]` and add it to SUITES.
 */
import type { Benchmark } from './benchmark.js';
import { benchmarks as erf } from './erf.bench.js';
import { benchmarks as native } from './native.bench.js';
import { benchmarks as onnx, measureOnce as onnxFigures } from './onnx.bench.js';
import { benchmarks as rf } from './rf.bench.js';

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

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
}

const filter = process.argv[2] ?? '';
const selected = SUITES.flat().filter((b) => b.name.includes(filter));
if (selected.length === 0) {
  console.error(`no benchmark matches "${filter}"`);
  process.exit(2);
}
const rows = [['benchmark', 'nodes', 'edges', 'runs', 'median ms', 'nodes/s']];
for (const bench of selected) {
  // Progress on stderr: the large graphs take seconds each.
  process.stderr.write(`${bench.name}…\n`);
  rows.push(await measure(bench));
}
console.log(`\n${table(rows)}\n\nnode ${process.version}, ${process.platform} ${process.arch}`);
if (selected.some((b) => onnx.includes(b))) {
  // What streaming buys: bytes actually read and memory taken, against the file's size.
  const f = await onnxFigures();
  console.log(
    `onnx: ${f.fileMiB} MiB file loaded in ${f.loadMs} ms, ${(f.bytesRead / 2 ** 20).toFixed(1)} MiB read in ${f.reads} reads, ` +
      `peak RSS +${f.peakRssGrowthMiB} MiB, heap +${f.heapGrowthMiB} MiB`,
  );
}
