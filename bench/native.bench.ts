/**
 * Loading native model files (`src/formats/native`): parsing, schema validation, `repeat`
 * expansion and graph building, from bytes in memory (no disk in the timing).
 */
import { DEFAULT_LIMITS, type ModelSource } from '../src/formats/model.js';
import { nativeLoader } from '../src/formats/native/index.js';
import type { Benchmark, Workload } from './benchmark.js';

/** A residual stage of `repeat` 4-layer blocks: 4·repeat + 1 nodes. */
function residualModel(repeat: number): string {
  return `rflint: 1
name: deep
input: { size: [224, 224] }
layers:
  - name: stage
    repeat: ${repeat}
    block:
      - { name: a, op: conv, kernel: 3, padding: 1 }
      - { name: b, op: relu }
      - { name: c, op: conv, kernel: 1 }
      - { name: add, op: add, inputs: [c, ^] }
`;
}

function memory(path: string, text: string): ModelSource {
  const bytes = new TextEncoder().encode(text);
  return { path, size: bytes.length, read: async (offset, length) => bytes.subarray(offset, offset + length) };
}

function load(repeat: number, limits = DEFAULT_LIMITS): Workload {
  const source = memory('deep.rf.yaml', residualModel(repeat));
  return {
    nodes: 4 * repeat + 1,
    edges: 5 * repeat,
    run: async () => {
      const result = await nativeLoader.load(source, { limits });
      if (!result.model) throw new Error(`the model did not load: ${JSON.stringify(result.diagnostics)}`);
    },
  };
}

export const benchmarks: Benchmark[] = [
  { name: 'native: load ResNet-50-sized file (17 blocks)', setup: () => load(17) },
  { name: 'native: load a 10^6-layer file (repeat)', setup: () => load(249_999) },
];
