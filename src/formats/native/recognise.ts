/**
 * Which files the native loader reads, from their name and text: kept apart from the loader
 * so the registry (formats/index.ts) recognises every format without loading any of them.
 *
 * Only a top-level `rflint` key makes a YAML or JSON file a model (docs/format.md): a
 * package.json that lists rflint in its devDependencies, or a tool config with
 * `{"config": {"tools": {"rflint": 1}}}`, is not one.
 */
import type { Recognition } from '../model.js';
import { textOf } from '../text.js';

const NATIVE_NAME = /\.rf\.(ya?ml|json)$/i;
const YAML_OR_JSON = /\.(ya?ml|json)$/i;
/** npm's own files: they name rflint as a dependency, never as a model. */
const NPM_FILE = /(^|[\\/])(package|package-lock|npm-shrinkwrap)\.json$/i;
/** An unindented `rflint:` key of a block mapping (any document of the stream). */
const YAML_TOP_KEY = /(?:^|\n)(?:rflint|"rflint"|'rflint')[ \t]*:/;

export const nativeRecognition: Recognition = {
  format: 'native',
  recognises: '*.rf.yaml, *.rf.yml, *.rf.json (or YAML/JSON with a top-level `rflint:` key)',
  matches(path: string, head: Uint8Array): boolean {
    if (NATIVE_NAME.test(path)) return true;
    if (!YAML_OR_JSON.test(path) || NPM_FILE.test(path)) return false;
    return hasTopLevelRflintKey(textOf(head));
  },
};

/**
 * Whether the document's top-level mapping has the key `rflint`: a block mapping's unindented
 * key, or a key at depth 1 of a flow mapping (JSON, or YAML written as JSON). Linear in the text.
 */
export function hasTopLevelRflintKey(text: string): boolean {
  // Most files a crawl reads whole have no such word at all: one native scan decides them.
  if (!text.includes('rflint')) return false;
  let i = text.startsWith('\uFEFF') ? 1 : 0;
  // Past blank lines and comments: a flow mapping starts with `{`.
  for (;;) {
    while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
    if (text[i] !== '#') break;
    while (i < text.length && text[i] !== '\n') i++;
  }
  if (text[i] !== '{') return YAML_TOP_KEY.test(text);
  return flowTopLevelKeys(text, i).has('rflint');
}

/** The keys at depth 1 of the flow mapping that opens at `start`; stops when it closes. */
function flowTopLevelKeys(text: string, start: number): Set<string> {
  const keys = new Set<string>();
  let depth = 0;
  // At depth 1, right after `{` or `,`: the next scalar is a key.
  let expectKey = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'") {
      const end = stringEnd(text, i);
      if (depth === 1 && expectKey && followedByColon(text, end)) keys.add(unquote(text.slice(i + 1, end - 1), c));
      expectKey = false;
      i = end - 1;
    } else if (c === '{' || c === '[') {
      depth++;
      expectKey = depth === 1 && c === '{';
    } else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) break;
    } else if (c === ',') {
      expectKey = depth === 1;
    } else if (depth === 1 && expectKey && /[A-Za-z_]/.test(c)) {
      // A plain (unquoted) YAML flow key: `{rflint: 1, …}`.
      let end = i;
      while (end < text.length && /[\w.-]/.test(text[end]!)) end++;
      if (followedByColon(text, end)) keys.add(text.slice(i, end));
      expectKey = false;
      i = end - 1;
    } else if (!' \t\r\n'.includes(c)) {
      expectKey = false;
    }
  }
  return keys;
}

/** The index just past the string that opens at `start` (JSON `\` escapes; YAML `''` in single quotes). */
function stringEnd(text: string, start: number): number {
  const quote = text[start]!;
  for (let i = start + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return text.length;
}

function followedByColon(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
  return text[i] === ':';
}

/** Enough unescaping to compare with `rflint` (an escaped key is never it anyway). */
function unquote(body: string, quote: string): string {
  return quote === "'" ? body.replace(/''/g, "'") : body;
}
