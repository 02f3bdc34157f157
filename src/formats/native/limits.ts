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

export type AstProblem = { kind: 'aliases' | 'depth'; range: readonly number[] | undefined };

/** The first alias beyond `maxAliases`, or the first node deeper than `maxDepth`. Iterative. */
export function astProblem(doc: Document, maxAliases: number, maxDepth: number): AstProblem | undefined {
  let aliases = 0;
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (isAlias(node)) {
      if (++aliases > maxAliases) return { kind: 'aliases', range: node.range ?? undefined };
    } else if (isMap(node) || isSeq(node)) {
      if (depth > maxDepth) return { kind: 'depth', range: node.range ?? undefined };
      // Pushed in reverse so nodes pop in document order: the error points at the first offender.
      const items = node.items as unknown[];
      for (let i = items.length - 1; i >= 0; i--) {
        const item = items[i];
        stack.push({ node: isPair(item) ? item.value : item, depth: depth + 1 });
      }
    }
  }
  return undefined;
}
