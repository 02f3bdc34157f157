/**
 * Source positions in a YAML or JSON text (JSON is YAML 1.2, so it parses the same): a path in
 * the parsed data (`layers/3/kernel`) → the node it came from, as 1-based line and column, so a
 * diagnostic points at the offending value, or at the key of an unknown key.
 */
import { type Document, isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Position } from '../diagnostic.js';

export type Path = readonly (string | number)[];

export interface Locator {
  /** The position of the value at `path`, or of its nearest existing ancestor. */
  at(path: Path): Position;
  /** The position of the key `path[last]` in its mapping (an unknown key), else of the mapping. */
  key(path: Path): Position;
  /** The position of a character range of the text (the parser's own errors). */
  span(start: number, end?: number): Position;
}

export function locator(doc: Document, text: string): Locator {
  const span = spans(text);
  const position = (range: readonly number[] | null | undefined): Position => (range ? span(range[0]!, range[1]) : { line: 1, column: 1 });
  // Aliases are followed to their anchor: `*conv` points where the anchored layer is written.
  const resolve = (node: unknown): unknown => (isAlias(node) ? node.resolve(doc) : node);
  const walk = (path: Path): { node: unknown; parent: unknown; found: boolean } => {
    let node = resolve(doc.contents);
    let parent: unknown = undefined;
    for (const segment of path) {
      // Sequences by index (O(1): a file may hold 10^5 layers), mappings by key.
      const child = isSeq(node) ? node.items[Number(segment)] : isMap(node) ? pairOf(node.items, segment) : undefined;
      if (child === undefined) return { node, parent, found: false };
      parent = node;
      node = resolve(isPair(child) ? child.value : child);
    }
    return { node, parent, found: true };
  };
  const rangeOf = (node: unknown) => (node as { range?: readonly number[] | null } | null | undefined)?.range;
  return {
    at: (path) => position(rangeOf(walk(path).node)),
    key(path) {
      const { parent, found } = walk(path);
      const pair = found && isMap(parent) ? pairOf(parent.items, path[path.length - 1]!) : undefined;
      return pair ? position(rangeOf(pair.key)) : this.at(path.slice(0, -1));
    },
    span,
  };
}

function pairOf(items: readonly unknown[], segment: string | number) {
  return items.find((pair) => isPair(pair) && isScalar(pair.key) && String(pair.key.value) === String(segment)) as { key: unknown; value: unknown } | undefined;
}

/**
 * Character offsets → 1-based positions, from the text alone (some failures come before a
 * document exists). Lines end at `\n`, so CRLF files count the same; a byte-order mark is not
 * a column (the parser's offsets count it, editors do not show it).
 */
export function spans(text: string): (start: number, end?: number) => Position {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const point = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    const skip = low === 0 ? bom : 0;
    return { line: low + 1, column: Math.max(1, offset - lineStarts[low]! + 1 - skip) };
  };
  return (start, end) => {
    const from = point(start);
    if (end === undefined) return { line: from.line, column: from.column };
    const to = point(end);
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  };
}

/**
 * `layers[3].block[0].kernel`: how a person reads a path. `root` names the top (`rules` gives
 * `rules[0].min_rf`); without one the top is `the file`.
 */
export function describePath(path: Path, root = ''): string {
  let out = root;
  for (const segment of path) out += typeof segment === 'number' || /^\d+$/.test(segment) ? `[${segment}]` : `${out ? '.' : ''}${segment}`;
  return out || 'the file';
}
