/**
 * Expands `repeat`/`block` into a flat list of nodes with scoped names, and resolves every
 * `inputs` entry to a node. Instance i of block b is `b.i`, its layer x is `b.i.x`; inside a
 * block `^` is the block's input (instance 0: what the block layer takes; instance i: the end
 * of instance i − 1), names resolve in the block first, then outward; outside, `b` means the
 * last layer of its last instance. Scoped names (`layer3.5.add`, `layer3.5`) reach into blocks,
 * resolved like plain names: from the current block outward.
 *
 * Node 0 is the network input, named `input`.
 */
import type { Deadline } from '../../rf/deadline.js';
import { type Diagnostic, error } from '../diagnostic.js';
import { type Locator, type Path, describePath } from '../yaml/locate.js';
import { nearest } from '../yaml/suggest.js';
import { CODES } from './codes.js';
import type { NativeLayer } from './document.js';
import { BLOCK_INPUT, NETWORK_INPUT } from './names.js';

/** One op layer after expansion. */
export interface FlatNode {
  readonly name: string;
  readonly layer: NativeLayer;
  /** Path of the layer's definition (shared by every instance of a block). */
  readonly path: Path;
  inputs: readonly number[];
}

export interface Expansion {
  /** nodes[0] is the network input (layer and path are empty). */
  readonly nodes: readonly FlatNode[];
  /** Node of a name as written at the top level (a block name means its last layer). */
  resolve(name: string): number | undefined;
  /** Names visible at the top level, for suggestions. */
  readonly topNames: readonly string[];
  /** The last top-level layer: the default output. */
  readonly last: { readonly node: number; readonly name: string };
}

/**
 * What the names of one list of layers mean, shared by every instance of it: each instance
 * lays out the same nodes in the same order, so a name is the same offset from the instance's
 * first node in all of them. Recorded while the first instance is allocated; 250,000 instances
 * of a block then cost one small Scope each instead of two maps.
 */
interface Template {
  /** Name → node, relative to the instance's first node. */
  readonly names: Map<string, number>;
  /** Each named block of the list, for fully scoped names (`b.1.x`): its instances, relative likewise. */
  readonly blocks: Map<string, { readonly template: Template; readonly instances: { readonly base: number; readonly end: number | undefined }[] }>;
  complete: boolean;
}

interface Scope {
  readonly parent: Scope | undefined;
  readonly template: Template;
  /** The instance's first node. */
  readonly base: number;
  /** The node `^` means here (lazy: instance 0 resolves the block layer's own inputs). */
  readonly input: () => number | undefined;
}

interface Pending {
  readonly node: number;
  readonly scope: Scope;
  /** The previous sibling's output, or undefined for the first layer of a scope. */
  readonly previous: number | undefined;
}

/** Nodes after expansion, capped just above `cap` so a huge `repeat` cannot overflow. */
export function countNodes(layers: readonly NativeLayer[], cap: number): number {
  let total = 0;
  for (const layer of layers) {
    total += layer.block ? Math.min((layer.repeat ?? 1) * countNodes(layer.block, cap), cap + 1) : 1;
    if (total > cap) return cap + 1;
  }
  return total;
}

/** The `repeat` most responsible for going over `cap` (the largest block, descended). */
export function overLimitAt(layers: readonly NativeLayer[], path: Path, cap: number): Path {
  let best = -1;
  let bestCount = -1;
  layers.forEach((layer, i) => {
    const count = layer.block ? countNodes([layer], cap) : 0;
    if (count > bestCount) [best, bestCount] = [i, count];
  });
  const layer = layers[best];
  if (!layer?.block) return path;
  if (countNodes(layer.block, cap) > cap) return overLimitAt(layer.block, [...path, best, 'block'], cap);
  return layer.repeat !== undefined ? [...path, best, 'repeat'] : [...path, best];
}

export function expand(layers: readonly NativeLayer[], locate: Locator, deadline?: Deadline): { expansion?: Expansion; diagnostics: Diagnostic[] } {
  const nodes: FlatNode[] = [{ name: NETWORK_INPUT, layer: {}, path: [], inputs: [] }];
  const pending: Pending[] = [];
  const diagnostics: Diagnostic[] = [];
  const reported = new Set<string>();
  const report = (d: Diagnostic): void => {
    const key = `${d.line}:${d.column}:${d.message}`;
    if (!reported.has(key)) diagnostics.push(d);
    reported.add(key);
  };

  /** Resolves an `inputs` spec in `scope`; undefined (and a diagnostic) when a name is unknown. */
  const resolveInputs = (layer: NativeLayer, path: Path, scope: Scope, previous: number | undefined): number[] | undefined => {
    if (layer.inputs === undefined) {
      const input = previous ?? scope.input();
      return input === undefined ? undefined : [input];
    }
    const names = typeof layer.inputs === 'string' ? [layer.inputs] : layer.inputs;
    const ids: number[] = [];
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!;
      const id = lookup(name, scope);
      if (id !== undefined) {
        ids.push(id);
        continue;
      }
      const itemPath = typeof layer.inputs === 'string' ? [...path, 'inputs'] : [...path, 'inputs', i];
      const hint = nearest(name, visibleNames(scope));
      report(
        error(
          CODES.unknownName,
          `${describePath(itemPath)}: no layer named \`${name}\` here${hint ? `; did you mean \`${hint}\`?` : ' (inputs name a layer of the same block or an enclosing one, `^` or `input`)'}`,
          locate.at(itemPath),
        ),
      );
    }
    return ids.length === names.length ? ids : undefined;
  };

  const lookup = (name: string, scope: Scope): number | undefined => {
    if (name === BLOCK_INPUT) return scope.input();
    const dotted = name.includes('.');
    for (let s: Scope | undefined = scope; s; s = s.parent) {
      const id = dotted ? scopedName(name, s.template, s.base) : shifted(s.template.names.get(name), s.base);
      if (id !== undefined) return id;
    }
    return undefined;
  };

  /** `b.1.x` → layer x of instance 1 of block b (from the top level); `b.1` → that instance's end. */
  const scopedName = (name: string, from: Template, fromBase: number): number | undefined => {
    const parts = name.split('.');
    let template = from;
    let base = fromBase;
    for (let k = 0; k < parts.length; k++) {
      const part = parts[k]!;
      const index = parts[k + 1];
      const block = template.blocks.get(part);
      if (block && index !== undefined && /^\d+$/.test(index)) {
        const instance = block.instances[Number(index)];
        if (!instance) return undefined;
        if (k + 2 === parts.length) return shifted(instance.end, base);
        base += instance.base;
        template = block.template;
        k++;
      } else return k === parts.length - 1 ? shifted(template.names.get(part), base) : undefined;
    }
    return undefined;
  };

  const visibleNames = (scope: Scope): string[] => {
    const names = new Set<string>();
    for (let s: Scope | undefined = scope; s; s = s.parent) for (const n of s.template.names.keys()) names.add(n);
    if (scope.parent) names.add(BLOCK_INPUT);
    return [...names];
  };

  // Every instance of a block shares the paths of its definition: 10^6 nodes, few paths.
  const childPaths = new WeakMap<Path, Path[]>();
  const pathsOf = (list: readonly NativeLayer[], path: Path): Path[] => {
    let paths = childPaths.get(path);
    if (!paths) childPaths.set(path, (paths = list.map((_, i) => [...path, i])));
    return paths;
  };

  const templates = new WeakMap<readonly NativeLayer[], Template>();
  const templateOf = (list: readonly NativeLayer[]): Template => {
    let template = templates.get(list);
    if (!template) templates.set(list, (template = { names: new Map(), blocks: new Map(), complete: false }));
    return template;
  };

  /** Allocates the nodes of one list of layers (`scope` is its instance); returns the node the list ends with. */
  const allocate = (list: readonly NativeLayer[], path: Path, scope: Scope, prefix: string): number | undefined => {
    let previous: number | undefined;
    const paths = pathsOf(list, path);
    const { template, base } = scope;
    // Only the first instance of a list records its names: the others lay out the same nodes.
    const record = !template.complete;
    for (let i = 0; i < list.length; i++) {
      const layer = list[i]!;
      const here = paths[i]!;
      const local = layer.name ?? `${layer.block ? 'block' : layer.op}#${i}`;
      const full = `${prefix}${local}`;
      let out: number | undefined;
      if (layer.block) {
        const before = previous;
        let instanceInput: () => number | undefined = memo(() => {
          const ids = resolveInputs(layer, here, scope, before);
          if (ids && ids.length !== 1) {
            report(error(CODES.inputCount, `${describePath([...here, 'inputs'])}: a block takes one input (\`^\`), got ${ids.length}`, locate.at([...here, 'inputs'])));
            return undefined;
          }
          return ids?.[0];
        });
        const blockPath = [...here, 'block'];
        const inner = templateOf(layer.block);
        const instances: { base: number; end: number | undefined }[] | undefined = record && layer.name !== undefined ? [] : undefined;
        if (instances) template.blocks.set(layer.name!, { template: inner, instances });
        for (let r = 0; r < (layer.repeat ?? 1); r++) {
          const first = nodes.length;
          const end = allocate(layer.block, blockPath, { parent: scope, template: inner, base: first, input: instanceInput }, `${full}.${r}.`);
          inner.complete = true;
          instances?.push({ base: first - base, end: end === undefined ? undefined : end - base });
          out = end;
          instanceInput = () => end;
        }
      } else {
        deadline?.check();
        out = nodes.length;
        nodes.push({ name: full, layer, path: here, inputs: [] });
        pending.push({ node: out, scope, previous });
      }
      if (record && out !== undefined && layer.name !== undefined) template.names.set(layer.name, out - base);
      previous = out;
    }
    return previous;
  };

  const root: Scope = { parent: undefined, template: { names: new Map([[NETWORK_INPUT, 0]]), blocks: new Map(), complete: false }, base: 0, input: () => 0 };
  const end = allocate(layers, ['layers'], root, '');
  for (const p of pending) {
    deadline?.check();
    const node = nodes[p.node]!;
    node.inputs = resolveInputs(node.layer, node.path, p.scope, p.previous) ?? [];
  }
  if (diagnostics.length > 0 || end === undefined) return { diagnostics };
  const lastLayer = layers[layers.length - 1]!;
  const lastName = lastLayer.name ?? nodes[end]!.name;
  return {
    diagnostics,
    expansion: {
      nodes,
      resolve: (name) => lookup(name, root),
      topNames: [...root.template.names.keys()],
      last: { node: end, name: lastName },
    },
  };
}

function shifted(offset: number | undefined, base: number): number | undefined {
  return offset === undefined ? undefined : offset + base;
}

function memo<T>(fn: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) [value, done] = [fn(), true];
    return value;
  };
}
