/**
 * Text → plain data plus a locator of source positions. The parser and its guards (nesting,
 * aliases) are the native format's (formats/native/parse.ts); only their codes are ours.
 */
import type { Diagnostic } from '../diagnostic.js';
import type { Limits } from '../model.js';
import { CODES as NATIVE } from '../native/codes.js';
import { type ParseResult, parseText } from '../native/parse.js';
import { CODES } from './codes.js';

const OURS: Readonly<Record<string, string>> = {
  [NATIVE.syntax]: CODES.syntax,
  [NATIVE.tooDeep]: CODES.limits,
  [NATIVE.tooManyAliases]: CODES.limits,
};

export function parseYaml(text: string, limits: Limits): ParseResult {
  const result = parseText(text, limits);
  if ('parsed' in result) return result;
  return { diagnostics: result.diagnostics.map((d): Diagnostic => ({ ...d, code: OURS[d.code] ?? d.code, message: d.message.replace('or use `repeat`', 'or fewer') })) };
}
