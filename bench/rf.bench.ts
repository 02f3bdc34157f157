/** Receptive-field analysis of large and typical graphs (the engine, `src/rf`). */
import { analyze } from '../src/rf/analyze.js';
import type { Graph } from '../src/rf/graph.js';
import type { Benchmark, Workload } from './benchmark.js';
import { convChain, denseDag, residualNet, unet } from './graphs.js';

function analysis(graph: Graph): Workload {
  return {
    nodes: graph.nodes.length,
    edges: graph.nodes.reduce((sum, node) => sum + node.inputs.length, 0),
    // A new graph object each run: the engine remembers a graph's order (rf/graph.ts), and a
    // benchmark of the engine must order it every time, as a file's first analysis does.
    run: () => void analyze({ ...graph }),
  };
}

export const benchmarks: Benchmark[] = [
  { name: 'rf: 10^6-node conv chain (1-D)', setup: () => analysis(convChain(1_000_000, 1)) },
  { name: 'rf: 10^6-node conv chain (2-D)', setup: () => analysis(convChain(1_000_000, 2)) },
  { name: 'rf: 10^5-node DAG, 10^6 edges', setup: () => analysis(denseDag(100_000, 20)) },
  { name: 'rf: 200-block residual net (2-D)', setup: () => analysis(residualNet(200, 2)) },
  { name: 'rf: U-Net depth 4, period 16 (2-D)', setup: () => analysis(unet(4)) },
];
