/**
 * Source positions: maps a path in the parsed data (`layers/3/kernel`) back to the YAML node it
 * came from, as 1-based line and column. JSON is parsed as YAML (it is a subset of YAML 1.2),
 * so JSON files get the same positions.
 */
import { type Document, type LineCounter, type Node, isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Position } from '../../check/diagnostic.js';

export type Path = readonly (string | number)[];

export interface Locator {
  /** The position of the value at `path`, or of its nearest existing ancestor. */
  at(path: Path): Position;
  /** The position of the key `path[last]` in its mapping (for unknown keys). */
  key(path: Path): Position;
}

export function locator(doc: Document, lines: LineCounter): Locator {
  const position = (range: readonly number[] | null | undefined): Position => {
    if (!range) return { line: 1, column: 1 };
    const start = lines.linePos(range[0]!);
    const end = lines.linePos(range[1]!);
    return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
  };
  const resolve = (node: unknown): unknown => (isAlias(node) ? node.resolve(doc) : node);
  const walk = (path: Path): { node: unknown; parent: unknown; found: boolean } => {
    let node: unknown = resolve(doc.contents);
    let parent: unknown = undefined;
    for (const segment of path) {
      // Sequences by index (O(1): a file may hold 10^5 layers), mappings by key.
      const child = isSeq(node) ? node.items[Number(segment)] : isMap(node) ? node.items.find((pair) => matches(pair, segment)) : undefined;
      if (child === undefined) return { node, parent, found: false };
      parent = node;
      node = resolve(isPair(child) ? child.value : child);
    }
    return { node, parent, found: true };
  };
  return {
    at(path) {
      return position((walk(path).node as Node | undefined)?.range);
    },
    key(path) {
      const { parent, found } = walk(path);
      const last = path[path.length - 1];
      if (found && isMap(parent)) {
        const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(last));
        if (pair) return position((pair.key as Node).range);
      }
      return this.at(path.slice(0, -1));
    },
  };
}

function matches(pair: unknown, segment: string | number): boolean {
  return isPair(pair) && isScalar(pair.key) && String(pair.key.value) === String(segment);
}

/** `layers[3].block[0].kernel`: how a person reads a path. */
export function describePath(path: Path): string {
  let out = '';
  for (const segment of path) out += typeof segment === 'number' || /^\d+$/.test(segment) ? `[${segment}]` : `${out ? '.' : ''}${segment}`;
  return out || 'the file';
}
