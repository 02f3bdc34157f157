/** The --rules file: read it, parse it, and name it as the user did in its diagnostics. */
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { Diagnostic } from '../formats/diagnostic.js';
import { type Rule, parseRules } from '../check/rules.js';
import { UsageError } from './args.js';

export async function readRulesFile(cwd: string, file: string): Promise<{ rules: Rule[]; diagnostics: Diagnostic[] }> {
  const path = resolve(cwd, file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as { code?: string }).code;
    throw new UsageError(`cannot read the rules file ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (err as Error).message}`);
  }
  const shown = relative(cwd, path).split('\\').join('/');
  return parseRules(text, shown.startsWith('..') ? file : shown);
}
