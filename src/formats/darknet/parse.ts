/**
 * A Darknet cfg's text → its sections, each with the line and column of its header and of every
 * key, so every later diagnostic can point into the file.
 *
 * Darknet's own reader (`read_cfg` in src/parser.c) removes every space and tab from a line,
 * skips empty lines and lines starting with `#` or `;`, starts a section at a `[`, and splits
 * other lines at the first `=`. We read the same way, and also accept CRLF, a BOM and a comment
 * after a value (`size=3  # 3x3`), which Darknet would read as part of the value.
 */
import { type Diagnostic, type Position, error } from '../diagnostic.js';
import { CODES } from './codes.js';
import type { Deadline } from '../../rf/deadline.js';

export interface CfgEntry {
  readonly key: string;
  /** The value with spaces removed, as Darknet sees it (`-1,61` for `layers = -1, 61`). */
  readonly value: string;
  /** Where the key starts. */
  readonly at: Position;
  /** Where the value starts (the key's position when the value is empty). */
  readonly valueAt: Position;
}

export interface CfgSection {
  /** The type between the brackets as written (`convolutional`, `Gaussian_yolo`). */
  readonly type: string;
  /** Where the header's `[` is. */
  readonly at: Position;
  readonly entries: readonly CfgEntry[];
}

export type ParseResult = { readonly sections: readonly CfgSection[] } | { readonly diagnostics: readonly Diagnostic[] };

export function parseCfg(text: string, deadline?: Deadline): ParseResult {
  const sections: { type: string; at: Position; entries: CfgEntry[] }[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    deadline?.check();
    const raw = lines[i]!;
    const line = i + 1;
    const first = raw.search(/[^ \t]/);
    if (first < 0) continue;
    const column = first + 1;
    const lead = raw[first]!;
    if (lead === '#' || lead === ';') continue;
    if (lead === '[') {
      const close = raw.indexOf(']', first);
      const type = close < 0 ? '' : raw.slice(first + 1, close).replace(/[ \t]/g, '');
      const rest = close < 0 ? '' : stripComment(raw.slice(close + 1));
      if (close < 0 || type === '' || rest !== '') {
        return fail(`\`${raw.trim()}\` is not a section header; write it as \`[convolutional]\`, one per line`, { line, column });
      }
      sections.push({ type, at: { line, column }, entries: [] });
      continue;
    }
    const equals = raw.indexOf('=', first);
    if (equals < 0) {
      return fail(`\`${raw.trim()}\` is not a \`key=value\` pair, a [section] or a comment; add \`=value\` or start the line with \`#\``, { line, column });
    }
    const key = raw.slice(first, equals).replace(/[ \t]/g, '');
    if (key === '') return fail('a line starts with `=`: write the key before it (`size=3`)', { line, column });
    const section = sections[sections.length - 1];
    if (!section) {
      return fail(`\`${key}\` comes before any section; a Darknet cfg starts with \`[net]\``, { line, column });
    }
    const afterEquals = raw.slice(equals + 1);
    const valueStart = afterEquals.search(/[^ \t]/);
    const value = stripComment(afterEquals).replace(/[ \t]/g, '');
    const valueAt = value === '' || valueStart < 0 ? { line, column } : { line, column: equals + 2 + valueStart };
    section.entries.push({ key, value, at: { line, column }, valueAt });
  }
  return { sections };
}

/** A `#` or `;` after a value starts a comment. */
function stripComment(text: string): string {
  const at = text.search(/[#;]/);
  return (at < 0 ? text : text.slice(0, at)).trim();
}

function fail(message: string, at: Position): ParseResult {
  return { diagnostics: [error(CODES.syntax, message, at)] };
}
