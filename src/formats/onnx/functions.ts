/**
 * Model-local functions (ModelProto.functions) expanded inline: a call node is replaced by the
 * function's body, its formal inputs and outputs renamed to the call's tensors, its other
 * tensors prefixed by the call's name so they stay unique, and attribute references
 * (`ref_attr_name`) resolved from the call or the function's defaults.
 */
import type { Attribute, OnnxFunction, OnnxNode } from './proto.js';

/** Functions may call functions; recursion is forbidden by the spec, so a deep chain is corrupt. */
const MAX_DEPTH = 32;

export class FunctionError extends Error {}

/** Expands calls inline; more than `maxNodes` nodes after expansion is a FunctionError (nested calls multiply). */
export function expandFunctions(nodes: readonly OnnxNode[], functions: readonly OnnxFunction[], maxNodes: number): OnnxNode[] {
  const tooMany = () => new FunctionError(`the graph has more than ${maxNodes} nodes (the limit) after expanding its functions`);
  if (functions.length === 0) {
    if (nodes.length > maxNodes) throw tooMany();
    return [...nodes];
  }
  const byKey = new Map(functions.map((f) => [key(f.domain, f.name, f.overload), f]));
  const out: OnnxNode[] = [];
  const expand = (list: readonly OnnxNode[], depth: number): void => {
    for (const node of list) {
      const fn = byKey.get(key(node.domain, node.opType, node.overload));
      if (!fn) {
        if (out.push(node) > maxNodes) throw tooMany();
        continue;
      }
      if (depth >= MAX_DEPTH) {
        throw new FunctionError(`function ${fn.name} calls functions more than ${MAX_DEPTH} deep (a recursive function?); ONNX forbids recursion`);
      }
      expand(inline(node, fn), depth + 1);
    }
  };
  expand(nodes, 0);
  return out;
}

function key(domain: string, name: string, overload: string): string {
  return `${domain}\u0000${name}\u0000${overload}`;
}

function inline(call: OnnxNode, fn: OnnxFunction): OnnxNode[] {
  const prefix = call.name || call.outputs[0] || fn.name;
  const rename = new Map<string, string>();
  fn.inputs.forEach((name, i) => rename.set(name, call.inputs[i] ?? ''));
  fn.outputs.forEach((name, i) => rename.set(name, call.outputs[i] ?? ''));
  const tensor = (name: string): string => (name === '' ? '' : (rename.get(name) ?? `${prefix}/${name}`));
  return fn.nodes.map((inner, i) => {
    const attributes = new Map<string, Attribute>();
    for (const [name, a] of inner.attributes) {
      if (a.refAttrName === undefined) {
        attributes.set(name, a);
        continue;
      }
      const value = call.attributes.get(a.refAttrName) ?? fn.attributeDefaults.get(a.refAttrName);
      if (value) attributes.set(name, { ...value, name });
    }
    return {
      ...inner,
      name: `${prefix}/${inner.name || `${inner.opType}_${i}`}`,
      inputs: inner.inputs.map(tensor),
      outputs: inner.outputs.map(tensor),
      attributes,
    };
  });
}
