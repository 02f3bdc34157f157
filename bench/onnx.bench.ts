/**
 * Reading a ~500 MB ONNX model: a chain of 25 convs whose weights carry 20 MiB of raw_data each,
 * generated in a temp folder (never committed) and removed at exit. The loader must skip the
 * weights by their length. `npm run bench` times the load; run this file alone
 * (`node --import tsx bench/onnx.bench.ts`) for the full figures: time, bytes actually read,
 * and the memory the load took.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openSource } from '../src/check/source.js';
import { DEFAULT_LIMITS, type LoadResult, type ModelSource } from '../src/formats/model.js';
import { onnxLoader } from '../src/formats/onnx/index.js';
import { analyze, tensorRF } from '../src/rf/index.js';
import { type BigModel, writeBigModel } from '../test/formats/onnx/big-model.js';
import type { Benchmark, Workload } from './benchmark.js';

const LAYERS = 25;
const WEIGHT_BYTES = 20 * 2 ** 20;
const MiB = 2 ** 20;

/** Writes the model once per process; the folder goes when the process exits. */
let generated: BigModel | undefined;
function bigModel(): BigModel {
  if (generated) return generated;
  const dir = mkdtempSync(join(tmpdir(), 'rflint-bench-onnx-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  generated = writeBigModel(join(dir, 'big.onnx'), LAYERS, WEIGHT_BYTES);
  return generated;
}

/** Loads through a source that counts what the loader reads. */
async function load(path: string): Promise<{ result: LoadResult; bytesRead: number; reads: number }> {
  const { source, close } = await openSource(path, 'big.onnx');
  let bytesRead = 0;
  let reads = 0;
  const counted: ModelSource = {
    path: source.path,
    size: source.size,
    async read(offset, length) {
      const bytes = await source.read(offset, length);
      bytesRead += bytes.length;
      reads++;
      return bytes;
    },
  };
  try {
    return { result: await onnxLoader.load(counted, { limits: DEFAULT_LIMITS }), bytesRead, reads };
  } finally {
    await close();
  }
}

function loadWorkload(): Workload {
  const big = bigModel();
  return {
    nodes: LAYERS + 1,
    edges: LAYERS,
    // Asynchronous (the loader reads through a Promise-based source): the runner must await it.
    run: async () => {
      const { result } = await load(big.path);
      if (!result.model) throw new Error(`the generated model did not load: ${JSON.stringify(result.diagnostics)}`);
    },
  };
}

export const benchmarks: Benchmark[] = [{ name: `onnx: load a ${Math.round((LAYERS * WEIGHT_BYTES) / MiB)} MiB model (weights skipped)`, setup: loadWorkload }];

export interface OnnxFigures {
  readonly fileMiB: number;
  readonly loadMs: number;
  readonly bytesRead: number;
  readonly reads: number;
  /** Growth of the process's peak RSS during the load (the peak before it was the baseline). */
  readonly peakRssGrowthMiB: number;
  readonly heapGrowthMiB: number;
  readonly rf: readonly number[] | null;
}

/** One cold-ish load with memory figures (the file was just written, so it is in the page cache). */
export async function measureOnce(): Promise<OnnxFigures> {
  const big = bigModel();
  const rssBefore = process.resourceUsage().maxRSS;
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const { result, bytesRead, reads } = await load(big.path);
  const t1 = performance.now();
  const heapAfter = process.memoryUsage().heapUsed;
  const rssAfter = process.resourceUsage().maxRSS;
  const model = result.model!;
  const out = tensorRF(analyze(model.graph, model.inputSize ? { inputSize: model.inputSize } : {}), model.outputs[0]!.node);
  const round = (x: number): number => Math.round(x * 10) / 10;
  return {
    fileMiB: round(big.size / MiB),
    loadMs: round(t1 - t0),
    bytesRead,
    reads,
    peakRssGrowthMiB: round(((rssAfter - rssBefore) * 1024) / MiB),
    heapGrowthMiB: round((heapAfter - heapBefore) / MiB),
    rf: out instanceof Error ? null : out.rf,
  };
}

// Run directly (not bundled into bench/run.ts, where argv[1] is the bundle).
if (process.argv[1]?.endsWith('onnx.bench.ts')) {
  const before = process.resourceUsage().maxRSS;
  console.log(await measureOnce());
  console.log(await measureOnce());
  console.log(`peak RSS of the whole process: ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB (before the first load: ${Math.round(before / 1024)} MiB)`);
}
