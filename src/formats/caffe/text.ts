/**
 * The protobuf text format (what `google::protobuf::TextFormat` reads, and Caffe's prototxts are
 * written in) → a tree of messages whose every field keeps its line and column.
 *
 * Accepted as TextFormat accepts it: `key: value` and `key { … }`, `key: { … }`, `key < … >`;
 * repeated fields given again or as a list (`dim: [1, 3, 224, 224]`); an optional `,` or `;`
 * after a field; `#` comments; strings in double or single quotes with C escapes, adjacent
 * strings concatenated; integers (decimal, hex, octal), floats (`1e-4`, `.5`, `2.0f`, `inf`,
 * `nan`), identifiers (enum values, `true`/`false`). Tabs, CR, CRLF and a BOM are whitespace.
 * No schema here: which fields exist is the reader's business (`layers.ts`).
 */
import type { Position } from '../diagnostic.js';

export type Scalar =
  | { readonly kind: 'string'; readonly value: string; readonly at: Position }
  | { readonly kind: 'number'; readonly value: number; readonly text: string; readonly at: Position }
  /** An enum value or a bool: `MAX`, `true`. */
  | { readonly kind: 'ident'; readonly value: string; readonly at: Position };

export interface Field {
  readonly name: string;
  /** Where the field's name starts. */
  readonly at: Position;
  readonly value: Scalar | Message;
}

export interface Message {
  readonly kind: 'message';
  /** Where the message starts (its `{`; 1:1 for the file). */
  readonly at: Position;
  readonly fields: readonly Field[];
}

export type TextResult = { readonly message: Message } | { readonly error: { readonly message: string; readonly at: Position } };

class TextFormatError {
  constructor(
    readonly message: string,
    readonly at: Position,
  ) {}
}

const IDENT = /[A-Za-z_][A-Za-z0-9_]*/y;
const NUMBER = /-?(?:0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[fF]?)/y;
const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', '\\': '\\', "'": "'", '"': '"', '?': '?' };

export function parseText(text: string, maxDepth: number): TextResult {
  try {
    return { message: new Parser(text, maxDepth).file() };
  } catch (err) {
    if (err instanceof TextFormatError) return { error: { message: err.message, at: err.at } };
    throw err;
  }
}

class Parser {
  private offset = 0;
  private line = 1;
  /** Offset of the current line's first character. */
  private lineStart = 0;

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
  ) {
    if (text.startsWith('\uFEFF')) this.offset = this.lineStart = 1;
  }

  file(): Message {
    const fields = this.fields(undefined, 0);
    return { kind: 'message', at: { line: 1, column: 1 }, fields };
  }

  private position(): Position {
    return { line: this.line, column: this.offset - this.lineStart + 1 };
  }

  private fail(message: string, at = this.position()): never {
    throw new TextFormatError(message, at);
  }

  /** Skips whitespace and comments, counting lines (CRLF once, a lone CR as a line end). */
  private skip(): void {
    const t = this.text;
    while (this.offset < t.length) {
      const c = t[this.offset]!;
      if (c === '\n' || (c === '\r' && t[this.offset + 1] !== '\n')) {
        this.offset++;
        this.line++;
        this.lineStart = this.offset;
      } else if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v') {
        this.offset++;
      } else if (c === '#') {
        while (this.offset < t.length && t[this.offset] !== '\n' && t[this.offset] !== '\r') this.offset++;
      } else {
        return;
      }
    }
  }

  private peek(): string | undefined {
    this.skip();
    return this.text[this.offset];
  }

  /** The fields up to `close` (or the end of the file when undefined). */
  private fields(close: string | undefined, depth: number): Field[] {
    const fields: Field[] = [];
    for (;;) {
      const c = this.peek();
      if (c === undefined) {
        if (close !== undefined) this.fail(`the file ends inside a message: a \`${close}\` is missing`);
        return fields;
      }
      if (c === close) {
        this.offset++;
        return fields;
      }
      if (c === '}' || c === '>') this.fail(`\`${c}\` closes nothing here; remove it or open the message before it`);
      fields.push(...this.field(depth));
      const sep = this.peek();
      if (sep === ',' || sep === ';') this.offset++;
    }
  }

  /** One field, or several for a list (`dim: [1, 3]`). */
  private field(depth: number): Field[] {
    const at = this.position();
    if (this.text[this.offset] === '[') this.fail('extension fields (`[package.name]`) are not read by rflint; Caffe does not use them');
    const name = this.ident();
    if (name === undefined) this.fail(`expected a field name, found \`${this.text[this.offset]}\``);
    let c = this.peek();
    const colon = c === ':';
    if (colon) {
      this.offset++;
      c = this.peek();
    }
    if (c === '{' || c === '<') return [{ name, at, value: this.message(depth + 1) }];
    if (!colon) this.fail(`\`${name}\` needs \`:\` before its value, or \`{\` to open a message`, at);
    if (c === '[') {
      this.offset++;
      const values: Field[] = [];
      if (this.peek() === ']') {
        this.offset++;
        return values;
      }
      for (;;) {
        const p = this.peek();
        values.push({ name, at, value: p === '{' || p === '<' ? this.message(depth + 1) : this.scalar() });
        const next = this.peek();
        this.offset++;
        if (next === ']') return values;
        if (next !== ',') this.fail(`a list needs \`,\` between values and \`]\` at its end, found \`${next ?? 'the end of the file'}\``, this.back());
      }
    }
    return [{ name, at, value: this.scalar() }];
  }

  private back(): Position {
    this.offset--;
    const at = this.position();
    this.offset++;
    return at;
  }

  private message(depth: number): Message {
    if (depth > this.maxDepth) this.fail(`messages are nested more than ${this.maxDepth} deep (the limit); is the file generated by mistake?`);
    const at = this.position();
    const open = this.text[this.offset]!;
    this.offset++;
    return { kind: 'message', at, fields: this.fields(open === '{' ? '}' : '>', depth) };
  }

  private ident(): string | undefined {
    IDENT.lastIndex = this.offset;
    const m = IDENT.exec(this.text);
    if (!m) return undefined;
    this.offset += m[0].length;
    return m[0];
  }

  private scalar(): Scalar {
    const at = this.position();
    const c = this.text[this.offset];
    if (c === '"' || c === "'") {
      let value = '';
      // Adjacent strings are one value, as in C.
      while (this.text[this.offset] === '"' || this.text[this.offset] === "'") {
        value += this.string();
        const next = this.peek();
        if (next !== '"' && next !== "'") break;
      }
      return { kind: 'string', value, at };
    }
    NUMBER.lastIndex = this.offset;
    const number = NUMBER.exec(this.text);
    if (number) {
      this.offset += number[0].length;
      // `1e5x` or `3abc` is not a number followed by a field: TextFormat rejects it too.
      IDENT.lastIndex = this.offset;
      if (IDENT.test(this.text)) this.fail(`\`${number[0]}${this.text.slice(this.offset).match(/^\w+/)![0]}\` is not a number`, at);
      const text = number[0];
      const body = /^-?0[xX]/.test(text) ? text : text.replace(/[fF]$/, '');
      const negative = body.startsWith('-');
      const digits = negative ? body.slice(1) : body;
      let value: number;
      if (/^0[xX]/.test(digits)) value = parseInt(digits.slice(2), 16);
      else if (/^0[0-7]+$/.test(digits)) value = parseInt(digits.slice(1), 8);
      else value = Number(digits);
      return { kind: 'number', value: negative ? -value : value, text, at };
    }
    const negative = c === '-';
    if (negative) this.offset++;
    const word = this.ident();
    if (word === undefined) this.fail(`expected a value (a number, a "string", an enum name or \`{\`), found \`${c ?? 'the end of the file'}\``, at);
    const lower = word.toLowerCase();
    if (lower === 'inf' || lower === 'infinity') return { kind: 'number', value: negative ? -Infinity : Infinity, text: (negative ? '-' : '') + word, at };
    if (lower === 'nan') return { kind: 'number', value: NaN, text: word, at };
    if (negative) this.fail(`\`-${word}\` is not a number`, at);
    return { kind: 'ident', value: word, at };
  }

  /** One quoted string with C escapes; the quote it starts with ends it, on the same line. */
  private string(): string {
    const t = this.text;
    const quote = t[this.offset]!;
    const start = this.position();
    this.offset++;
    const bytes: number[] = [];
    const pushText = (s: string): void => {
      for (const b of new TextEncoder().encode(s)) bytes.push(b);
    };
    for (;;) {
      const c = t[this.offset];
      if (c === undefined || c === '\n' || c === '\r') this.fail(`a string is not closed on its line: add \`${quote}\``, start);
      this.offset++;
      if (c === quote) break;
      if (c !== '\\') {
        pushText(c);
        continue;
      }
      const e = t[this.offset];
      if (e === undefined) this.fail('a string ends with `\\`', start);
      this.offset++;
      if (e in SIMPLE_ESCAPES) pushText(SIMPLE_ESCAPES[e]!);
      else if (/[0-7]/.test(e)) {
        let digits = e;
        while (digits.length < 3 && /[0-7]/.test(t[this.offset] ?? '')) digits += t[this.offset++];
        bytes.push(parseInt(digits, 8) & 0xff);
      } else if (e === 'x' || e === 'X') {
        let digits = '';
        while (digits.length < 2 && /[0-9a-fA-F]/.test(t[this.offset] ?? '')) digits += t[this.offset++];
        if (digits === '') this.fail('`\\x` needs hex digits', start);
        bytes.push(parseInt(digits, 16));
      } else {
        this.fail(`\`\\${e}\` is not an escape a string may use (\\n, \\t, \\", \\\\, \\x41, \\101…)`, start);
      }
    }
    return new TextDecoder().decode(new Uint8Array(bytes));
  }
}
