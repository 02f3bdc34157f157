/**
 * `--shard K/N` and the action's `shard: K/N`: one of N CI jobs checks the files whose path
 * hashes to K. The split depends on each path alone (not on the list of files), so adding a
 * file never moves another file to a different shard, and every job agrees without talking.
 */

/** Shard `index` of `count`, both 1-based as the user writes them (`2/4`). */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** A shard larger than this is a typo: GitHub caps a matrix at 256 jobs. */
const MAX_SHARDS = 256;

/** `2/4` → `{ index: 2, count: 4 }`; anything else throws an Error whose message says what to write. */
export function parseShard(text: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
    throw new Error(`shard must be K/N with 1 ≤ K ≤ N ≤ ${MAX_SHARDS} (such as 2/4: the second of four jobs), got '${text}'`);
  }
  return { index, count };
}

/** Whether the file at `path` (relative, `/`-separated) belongs to `shard`. */
export function inShard(path: string, shard: Shard): boolean {
  return fnv1a(path) % shard.count === shard.index - 1;
}

/** FNV-1a, 32 bits, over the UTF-8 bytes: small, stable across Node versions and machines. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
