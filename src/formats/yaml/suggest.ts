/**
 * "Did you mean `stride`?": the nearest known word by edit distance, when it is near enough.
 * Shared by the native format, the rules and the command line.
 */

/**
 * The closest candidate, or none: a third of the word (at least 1 edit) may differ, so
 * `min_rfs` → `min_rf` and `cnov` → `conv`, but `foo` → nothing. Ties go to the first candidate.
 */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(1, Math.floor(word.length / 3));
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(lower, candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= limit ? best : undefined;
}

/** `; did you mean \`stride\`?`, or nothing. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const hit = nearest(word, candidates);
  return hit === undefined ? '' : `; did you mean \`${hit}\`?`;
}

/** `\`a\``, `\`a\` or \`b\``, `one of \`a\`, \`b\`, \`c\``: the values a place accepts. */
export function alternatives(values: readonly string[]): string {
  const quoted = values.map((v) => `\`${v}\``);
  if (quoted.length <= 2) return quoted.join(' or ');
  return `one of ${quoted.join(', ')}`;
}

/** `\`a\``, `\`a\` and \`b\``, `\`a\`, \`b\` and \`c\``: every one of several keys. */
export function allOf(values: readonly string[]): string {
  const quoted = values.map((v) => `\`${v}\``);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]!}`;
}

/**
 * Levenshtein distance with adjacent transpositions (optimal string alignment): swapped
 * letters (`stirde`) are the commonest typo and count as one edit. Names are short: O(n·m).
 */
export function editDistance(a: string, b: string): number {
  // Three rows: the transposition looks two rows back.
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
    }
    [before, prev] = [prev, row];
  }
  return prev[b.length]!;
}
