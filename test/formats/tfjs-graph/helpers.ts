/** TF.js graph models for the tests beside the loader: inline GraphDefs and fixture files. */
import { expect } from 'vitest';
import type { Diagnostic } from '../../../src/formats/diagnostic.js';
import { DEFAULT_LIMITS, type LoadOptions, type LoadResult, type LoadedModel } from '../../../src/formats/model.js';
import { loadTfjsGraphText, tfjsGraphLoader } from '../../../src/formats/tfjs-graph/index.js';
import { type TensorRF, toNumber } from '../../../src/rf/index.js';

export type Options = Partial<LoadOptions>;

export { fileSource, model, rfOf } from '../../support/loaded.js';
import { fileSource, model } from '../../support/loaded.js';

export const b64 = (text: string): string => Buffer.from(text, 'latin1').toString('base64');
export const ints = (values: readonly number[]) => ({ list: { i: values.map(String) } });

export interface NodeJson {
  name: string;
  op: string;
  input?: string[];
  attr?: Record<string, unknown>;
}

/** A GraphDef built node by node, written as the converter writes model.json. */
export class GraphJson {
  readonly nodes: NodeJson[] = [];
  readonly weights: { name: string; shape: number[]; dtype: string }[] = [];

  node(name: string, op: string, input: string[] = [], attr: Record<string, unknown> = {}): string {
    this.nodes.push({ name, op, ...(input.length > 0 ? { input } : {}), attr });
    return name;
  }

  placeholder(name: string, h: number, w: number, c = 3): string {
    return this.node(name, 'Placeholder', [], { shape: { shape: { dim: [-1, h, w, c].map((s) => ({ size: String(s) })) } }, dtype: { type: 'DT_FLOAT' } });
  }

  weight(name: string, shape: number[]): string {
    this.weights.push({ name, shape, dtype: 'float32' });
    return this.node(name, 'Const', [], { value: { tensor: { dtype: 'DT_FLOAT' } }, dtype: { type: 'DT_FLOAT' } });
  }

  ints(name: string, values: number[], shape: number[]): string {
    return this.node(name, 'Const', [], { value: { tensor: { dtype: 'DT_INT32', tensorShape: { dim: shape.map((s) => ({ size: String(s) })) }, intVal: values } } });
  }

  conv(name: string, x: string, k: number, opts: { stride?: number; padding?: string; dilation?: number; op?: string; format?: string } = {}): string {
    const w = this.weight(`${name}/weights`, [k, k, 4, 4]);
    const s = opts.stride ?? 1;
    const d = opts.dilation ?? 1;
    const nchw = opts.format === 'NCHW';
    return this.node(name, opts.op ?? 'Conv2D', [x, w], {
      strides: ints(nchw ? [1, 1, s, s] : [1, s, s, 1]),
      dilations: ints(nchw ? [1, 1, d, d] : [1, d, d, 1]),
      padding: { s: b64(opts.padding ?? 'SAME') },
      data_format: { s: b64(opts.format ?? 'NHWC') },
    });
  }

  text(format: string | undefined = 'graph-model'): string {
    const doc = { ...(format ? { format } : {}), modelTopology: { node: this.nodes }, weightsManifest: [{ paths: ['group1-shard1of1.bin'], weights: this.weights }] };
    return JSON.stringify(doc, null, 1);
  }
}

export function load(text: string, options: Options = {}, path = 'web_model/model.json'): LoadResult {
  return loadTfjsGraphText(text, path, { limits: DEFAULT_LIMITS, ...options });
}

/** The one error a bad file must give. */
export function onlyError(result: LoadResult): Diagnostic {
  expect(result.model).toBeUndefined();
  expect(result.diagnostics.map((d) => `${d.code} ${d.message}`)).toHaveLength(1);
  return result.diagnostics[0]!;
}

export async function loadFile(path: string, options: Options = {}): Promise<LoadedModel> {
  return model(await tfjsGraphLoader.load(await fileSource(path), { limits: DEFAULT_LIMITS, ...options }));
}

export interface Figures {
  readonly rf?: number;
  readonly rfMin?: number;
  readonly stride?: number;
  readonly start?: number;
  readonly size: readonly number[] | undefined;
  readonly global?: boolean;
}

/** What the oracle measures, from rflint's per-axis figures (both axes must agree). */
export function figures(t: TensorRF): Figures {
  if (t.global) return { global: true, size: t.size };
  const one = <T>(values: readonly T[]): T => {
    expect(new Set(values.map(String)).size, `the same on both axes: ${values.join(', ')}`).toBe(1);
    return values[0]!;
  };
  return { rf: one(t.rf!), rfMin: one(t.rfMin!), stride: one(t.stride!.map(toNumber)), start: one(t.start!) as number, size: t.size };
}
