/**
 * The effective RF (`src/rf/erf.ts`): the exact big-integer backward pass for the last stage of
 * ResNet-50 (examples/resnet50.rf.yaml, loaded untimed) and for a deep residual chain.
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_LIMITS } from '../src/formats/model.js';
import { nativeLoader } from '../src/formats/native/index.js';
import { analyze } from '../src/rf/analyze.js';
import { effectiveRF } from '../src/rf/erf.js';
import type { Graph } from '../src/rf/graph.js';
import type { Benchmark, Workload } from './benchmark.js';
import { residualNet } from './graphs.js';

function erfOf(graph: Graph, output: number, inputSize?: readonly number[]): Workload {
  const an = analyze(graph, inputSize ? { inputSize } : {});
  return {
    nodes: graph.nodes.length,
    edges: graph.nodes.reduce((n, node) => n + node.inputs.length, 0),
    run: () => {
      if (!effectiveRF(an, output)) throw new Error('no ERF');
    },
  };
}

/** ResNet-50's graph, loaded synchronously from the example before timing. */
let resnet: { graph: Graph; output: number; inputSize?: readonly number[] } | undefined;
async function loadResnet(): Promise<void> {
  const bytes = readFileSync('examples/resnet50.rf.yaml');
  const result = await nativeLoader.load({ path: 'resnet50.rf.yaml', size: bytes.length, read: async (o, l) => bytes.subarray(o, o + l) }, { limits: DEFAULT_LIMITS });
  const model = result.model!;
  resnet = { graph: model.graph, output: model.outputs[model.outputs.length - 1]!.node, ...(model.inputSize ? { inputSize: model.inputSize } : {}) };
}

export const benchmarks: Benchmark[] = [
  {
    name: 'erf: ResNet-50 layer4 (examples/resnet50.rf.yaml), both axes',
    setup: () => {
      let work: Workload | undefined;
      return {
        // Read after the warm-up run, which loads the file.
        get nodes() {
          return work?.nodes ?? 0;
        },
        get edges() {
          return work?.edges ?? 0;
        },
        run: async () => {
          if (!resnet) await loadResnet();
          work ??= erfOf(resnet!.graph, resnet!.output, resnet!.inputSize);
          work.run();
        },
      };
    },
  },
  { name: 'erf: 2-D residual net, 32 blocks', setup: () => erfOf(residualNet(32, 2), residualNet(32, 2).nodes.length - 1) },
];
