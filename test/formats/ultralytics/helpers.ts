/** Loading Ultralytics YAML texts and files, and reading RFs as a report shows them. */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Diagnostic } from '../../../src/formats/diagnostic.js';
import { DEFAULT_LIMITS, type LoadOptions, type LoadResult, type LoadedModel } from '../../../src/formats/model.js';
import { loadUltralyticsText } from '../../../src/formats/ultralytics/index.js';
import { analyze, tensorRF, toNumber } from '../../../src/rf/index.js';

export type Options = Partial<Omit<LoadOptions, 'limits'>>;

export function load(text: string, options: Options = {}, path = 'model.yaml'): LoadResult {
  return loadUltralyticsText(text, path, { limits: DEFAULT_LIMITS, ...options });
}

export function loadFixture(file: string, options: Options = {}): LoadedModel {
  const result = load(readFileSync(`test/fixtures/ultralytics/${file}`, 'utf8'), options, `test/fixtures/ultralytics/${file}`);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(result.model).toBeDefined();
  return result.model!;
}

/** The one diagnostic a bad file must give (exactly one, so a mistake never cascades). */
export function onlyDiagnostic(result: LoadResult): Diagnostic {
  expect(result.model).toBeUndefined();
  expect(result.diagnostics.map((d) => `${d.code} ${d.message}`)).toHaveLength(1);
  return result.diagnostics[0]!;
}

export interface Geometry {
  readonly global: boolean;
  readonly rf?: readonly number[];
  readonly rfMin?: readonly number[];
  readonly stride?: readonly number[];
  readonly start?: readonly number[];
}

/** Every declared output's RF, as the oracle records it (global outputs have no numbers). */
export function geometries(model: LoadedModel): Record<string, Geometry> {
  const analysis = analyze(model.graph, model.inputSize ? { inputSize: model.inputSize } : {});
  const out: Record<string, Geometry> = {};
  for (const o of model.outputs) {
    const t = tensorRF(analysis, o.node);
    if (t instanceof Error) throw t;
    out[o.name] = t.global ? { global: true } : { global: false, rf: t.rf!, rfMin: t.rfMin!, stride: t.stride!.map(toNumber), start: t.start!.map((s) => s!) };
  }
  return out;
}
