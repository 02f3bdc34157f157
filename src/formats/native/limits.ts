/**
 * Guards against hostile or runaway files, checked before the expensive step each protects:
 * the text's flow nesting before parsing (the YAML composer recurses, so 10^5 `[` would take
 * seconds and then overflow), the document's aliases and depth before building plain data
 * (billion laughs), and the node count before expanding `repeat`.
 */
import { type Document, isAlias, isMap, isPair, isSeq } from 'yaml';

/** Offset of the first `[` or `{` deeper than `maxDepth`, skipping quoted text and comments. */
export function flowTooDeep(text: string, maxDepth: number): number | undefined {
  let depth = 0;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) {
        if (quote === "'" && text[i + 1] === "'") i++;
        else quote = undefined;
      }
      continue;
    }
    const before = i === 0 ? '\n' : text[i - 1]!;
    if ((c === '"' || c === "'") && /[\s[{,:]/.test(before)) quote = c;
    else if (c === '#' && /\s/.test(before)) {
      const eol = text.indexOf('\n', i);
      i = eol < 0 ? text.length : eol;
    } else if (c === '[' || c === '{') {
      if (++depth > maxDepth) return i;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return undefined;
}

export type AstProblem = { kind: 'aliases' | 'depth' | 'cycle'; range: readonly number[] | undefined };

interface Frame {
  readonly node: unknown;
  readonly depth: number;
  readonly up: Frame | undefined;
}

/**
 * The first alias beyond `maxAliases`, the first node deeper than `maxDepth`, or the first alias
 * inside the very node its anchor names (`&b [x, *b]`: the plain data would contain itself, and
 * everything that walks it — the schema check, JSON — would recurse forever). Iterative.
 */
export function astProblem(doc: Document, maxAliases: number, maxDepth: number): AstProblem | undefined {
  let aliases = 0;
  const stack: Frame[] = [{ node: doc.contents, depth: 1, up: undefined }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { node, depth } = frame;
    if (isAlias(node)) {
      if (++aliases > maxAliases) return { kind: 'aliases', range: node.range ?? undefined };
      // At most maxAliases × maxDepth steps: an alias can only name an anchor set before it, so
      // a cycle always runs through one of the alias's own ancestors.
      const target = node.resolve(doc);
      for (let up = frame.up; up; up = up.up) if (up.node === target) return { kind: 'cycle', range: node.range ?? undefined };
    } else if (isMap(node) || isSeq(node)) {
      if (depth > maxDepth) return { kind: 'depth', range: node.range ?? undefined };
      // Pushed in reverse so nodes pop in document order: the error points at the first offender.
      const items = node.items as unknown[];
      for (let i = items.length - 1; i >= 0; i--) {
        const item = items[i];
        stack.push({ node: isPair(item) ? item.value : item, depth: depth + 1, up: frame });
      }
    }
  }
  return undefined;
}
