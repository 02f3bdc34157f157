/**
 * Source positions inside a YAML/JSON text: the node at a JSON-pointer-like path, and its
 * 1-based line and column, so a schema error points at the offending value (or key).
 */
import { type Document, isMap, isNode, isPair, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import type { Position } from './diagnostic.js';

export function positionOf(lines: LineCounter, range: readonly [number, number, number] | null | undefined): Position | undefined {
  if (!range) return undefined;
  const start = lines.linePos(range[0]);
  const end = lines.linePos(range[1]);
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}

/** The node at `path` (keys and indexes), or the deepest ancestor that exists. */
export function nodeAt(doc: Document, path: readonly (string | number)[]): Node | undefined {
  let node: unknown = doc.contents;
  for (const key of path) {
    const next = child(node, key);
    if (next === undefined) break;
    node = next;
  }
  return isNode(node) ? node : undefined;
}

/** The key node of `key` in the map at `path` (where an unknown key is written). */
export function keyAt(doc: Document, path: readonly (string | number)[], key: string): Node | undefined {
  const map = nodeAt(doc, path);
  if (!isMap(map)) return map;
  const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  return pair && isNode(pair.key) ? pair.key : map;
}

function child(node: unknown, key: string | number): unknown {
  if (isSeq(node) && typeof key === 'number') return node.items[key];
  if (isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
    return pair?.value ?? undefined;
  }
  return undefined;
}
