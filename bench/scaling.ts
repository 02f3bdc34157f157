/**
 * How the engine's time grows with the graph: `analyze` on conv chains of 10^3 … 10^6 nodes and
 * on DAGs of 10^3 … 10^6 edges; the figure is time(10n)/time(n), which is 10 for linear work.
 */
import { performance } from 'node:perf_hooks';
import { analyze } from '../src/rf/analyze.js';
import type { Graph } from '../src/rf/graph.js';
import { convChain, denseDag } from './graphs.js';
import { median } from './process.js';

export interface ScalingRow {
  readonly kind: string;
  readonly size: number;
  readonly ms: number;
  /** time(this)/time(the previous size), absent for the first. */
  readonly growth?: number;
}

const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => {});

function timeAnalysis(graph: Graph): number {
  collectGarbage();
  analyze({ ...graph });
  const times: number[] = [];
  let total = 0;
  while (times.length < 3 || (total < 300 && times.length < 200)) {
    // A new graph object each run, so the engine orders it each time (rf/graph.ts remembers).
    const fresh = { ...graph };
    const t0 = performance.now();
    analyze(fresh);
    const ms = performance.now() - t0;
    times.push(ms);
    total += ms;
  }
  return median(times);
}

const FAN_IN = 20;

export function engineScaling(): ScalingRow[] {
  const rows: ScalingRow[] = [];
  const series = (kind: string, sizes: readonly number[], build: (size: number) => Graph) => {
    let previous: number | undefined;
    for (const size of sizes) {
      process.stderr.write(`engine: ${kind} ${size.toLocaleString('en-US')}…\n`);
      const ms = timeAnalysis(build(size));
      rows.push({ kind, size, ms, ...(previous !== undefined ? { growth: ms / previous } : {}) });
      previous = ms;
    }
  };
  const sizes = [1e3, 1e4, 1e5, 1e6];
  series('conv chain (2-D), nodes', sizes, (n) => convChain(n, 2));
  // About n·fanIn/2 edges: n = 2·edges/fanIn nodes.
  series('DAG (1-D, fan-in 20), edges', sizes, (e) => denseDag(Math.round((2 * e) / FAN_IN), FAN_IN));
  return rows;
}
