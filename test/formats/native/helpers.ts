/** Loading inline texts and real files through the native loader, for the tests beside it. */
import { readFile } from 'node:fs/promises';
import { expect } from 'vitest';
import type { Diagnostic } from '../../../src/formats/diagnostic.js';
import { DEFAULT_LIMITS, type Limits, type LoadResult, type LoadedModel, type ModelSource } from '../../../src/formats/model.js';
import { loadNativeText, nativeLoader } from '../../../src/formats/native/index.js';
import { type TensorRF, analyze, format, tensorRF } from '../../../src/rf/index.js';

export function load(text: string, limits: Partial<Limits> = {}, path = 'model.rf.yaml'): LoadResult {
  return loadNativeText(text, path, { limits: { ...DEFAULT_LIMITS, ...limits } });
}

/** The one diagnostic a bad file must give (exactly one, so a mistake never cascades). */
export function onlyDiagnostic(result: LoadResult): Diagnostic {
  expect(result.model).toBeUndefined();
  expect(result.diagnostics.map((d) => `${d.code} ${d.message}`)).toHaveLength(1);
  return result.diagnostics[0]!;
}

export function model(result: LoadResult): LoadedModel {
  expect(result.diagnostics).toEqual([]);
  expect(result.model).toBeDefined();
  return result.model!;
}

/** A ModelSource over a file's real bytes, as the CLI would pass it. */
export async function fileSource(path: string): Promise<ModelSource> {
  const bytes = await readFile(path);
  return { path, size: bytes.length, read: async (offset, length) => bytes.subarray(offset, offset + length) };
}

export async function loadFile(path: string): Promise<LoadedModel> {
  return model(await nativeLoader.load(await fileSource(path), { limits: DEFAULT_LIMITS }));
}

/** RF of a named output, in the plain numbers a report shows. */
export function outputRF(m: LoadedModel, name: string) {
  const output = m.outputs.find((o) => o.name === name);
  expect(output, `output ${name}`).toBeDefined();
  const analysis = analyze(m.graph, m.inputSize ? { inputSize: m.inputSize } : {});
  const t = tensorRF(analysis, output!.node);
  if (t instanceof Error) throw t;
  return plain(t, output!.thresholds);
}

export function nodeRF(m: LoadedModel, node: string) {
  const index = m.graph.nodes.findIndex((n) => n.name === node);
  expect(index, `node ${node}`).toBeGreaterThanOrEqual(0);
  const t = tensorRF(analyze(m.graph, m.inputSize ? { inputSize: m.inputSize } : {}), index);
  if (t instanceof Error) throw t;
  return plain(t, {});
}

function plain(t: TensorRF, thresholds: object) {
  return {
    global: t.global,
    rf: t.rf,
    rfMin: t.rfMin,
    stride: t.stride?.map(format) ?? null,
    start: t.start,
    size: t.size,
    coverage: t.coverage,
    thresholds,
  };
}
