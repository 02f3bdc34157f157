/** Writing small OpenVINO IRs inline and loading them, for the tests beside it. */
import { loadOpenvinoText } from '../../../src/formats/openvino/index.js';
import { DEFAULT_LIMITS, type LoadOptions, type LoadResult } from '../../../src/formats/model.js';
import { type TensorRF, toNumber } from '../../../src/rf/index.js';

export { model, onlyError, rfOf } from '../../support/loaded.js';

export interface L {
  readonly name: string;
  readonly type: string;
  readonly version?: string;
  readonly data?: Readonly<Record<string, string | number>>;
  /** Producers of each input port: a layer name (its output port 0), or `name:k` for its output k. */
  readonly from?: readonly string[];
  /** Dims of each output port. */
  readonly out?: readonly (readonly number[])[];
}

/**
 * An IR of the given layers, ids in order; a Const is made for every `const:DIMS` producer
 * (`const:8,3,3,3`), and input port dims are the producers' output dims.
 */
export function ir(layers: readonly L[]): string {
  const all: L[] = [];
  const dims = new Map<string, readonly (readonly number[])[]>();
  for (const layer of layers) {
    for (const src of layer.from ?? []) {
      if (src.startsWith('const:')) {
        const shape = src.slice(6).split(',').map(Number);
        if (!dims.has(src)) {
          all.push({ name: src, type: 'Const', data: { element_type: 'f32', shape: shape.join(','), offset: 0, size: 4 }, out: [shape] });
          dims.set(src, [shape]);
        }
      }
    }
    all.push(layer);
    dims.set(layer.name, layer.out ?? []);
  }
  const id = new Map(all.map((l, i) => [l.name, i]));
  const port = (pid: number, d: readonly number[], names?: string) => `<port id="${pid}" precision="FP32"${names ? ` names="${names}"` : ''}>${d.map((n) => `<dim>${n}</dim>`).join('')}</port>`;
  const edges: string[] = [];
  const xml = all.map((l, i) => {
    const ins = (l.from ?? []).map((src, k) => {
      const [producer, out] = src.startsWith('const:') ? [src, 0] : [src.split(':')[0]!, Number(src.split(':')[1] ?? 0)];
      // Output port ids follow the producer's input ports, as OpenVINO numbers them.
      const fromPort = (all[id.get(producer)!]!.from?.length ?? 0) + out;
      edges.push(`<edge from-layer="${id.get(producer)}" from-port="${fromPort}" to-layer="${i}" to-port="${k}"/>`);
      return port(k, dims.get(producer)![out]!);
    });
    const outs = (l.out ?? []).map((d, k) => port((l.from?.length ?? 0) + k, d, k === 0 && l.type !== 'Const' ? `${l.name}_out` : undefined));
    const data = l.data ? `<data ${Object.entries(l.data).map(([k, v]) => `${k}="${v}"`).join(' ')}/>` : '';
    return `\t\t<layer id="${i}" name="${l.name}" type="${l.type}" version="${l.version ?? 'opset1'}">\n\t\t\t${data}${ins.length ? `<input>${ins.join('')}</input>` : ''}${outs.length ? `<output>${outs.join('')}</output>` : ''}\n\t\t</layer>`;
  });
  return `<?xml version="1.0"?>\n<net name="t" version="11">\n\t<layers>\n${xml.join('\n')}\n\t</layers>\n\t<edges>\n${edges.map((e) => `\t\t${e}`).join('\n')}\n\t</edges>\n</net>\n`;
}

export const input = (h = 64, w = 64): L => ({ name: 'data', type: 'Parameter', data: { shape: `1,3,${h},${w}`, element_type: 'f32' }, out: [[1, 3, h, w]] });
export const result = (from: string): L => ({ name: `${from}/sink`, type: 'Result', from: [from], out: [] });

export function load(text: string, options: Partial<LoadOptions> = {}): LoadResult {
  return loadOpenvinoText(text, 'model.xml', { limits: DEFAULT_LIMITS, ...options }, 'model');
}

export function figures(t: TensorRF): Record<string, unknown> {
  if (t.global) return { global: true };
  return { rf: t.rf, rfMin: t.rfMin, stride: t.stride!.map(toNumber), start: t.start, size: t.size };
}
