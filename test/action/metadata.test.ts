/**
 * action.yml as GitHub loads it. The runner parses the file with the template schema that
 * @actions/workflow-parser publishes (the same one the runner and the VS Code extension use) and
 * evaluates `${{ }}` in its strings; any error there fails every job that uses the action at
 * "Set up job" ("Failed to load …/action.yml"), before a line of ours runs.
 */
import { readFileSync } from 'node:fs';
import { NoOperationTraceWriter } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, parseDocument, visit } from 'yaml';

const text = readFileSync(new URL('../../action.yml', import.meta.url), 'utf8');

/** The errors GitHub's parser reports for an action.yml text, as "file (Line: L, Col: C): message". */
function actionErrors(content: string): string[] {
  const result = parseAction({ name: 'action.yml', content }, new NoOperationTraceWriter());
  return result.context.errors.getErrors().map((e) => e.message);
}

/** Every `${{` in the file that is not an input's `default`, as "line: text". */
function expressionsOutsideDefaults(content: string): string[] {
  const doc = parseDocument(content, { keepSourceTokens: true });
  const found: string[] = [];
  visit(doc, {
    Pair(_, pair, path) {
      if (!isScalar(pair.value) || typeof pair.value.value !== 'string' || !pair.value.value.includes('${{')) return;
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      // inputs.<id>.default is the one place the runner allows a context (github.token, …).
      const parents = path.filter(isMap);
      const inInputs = parents.length === 3 && parents[0]!.get('inputs') === parents[1];
      if (key === 'default' && inInputs) return;
      const line = content.slice(0, pair.value.range![0]).split('\n').length;
      found.push(`${line}: ${key}: ${pair.value.value.trim().split('\n')[0]}`);
    },
  });
  return found;
}

describe('action.yml', () => {
  it("loads with GitHub's own action parser, without an error", () => {
    expect(actionErrors(text)).toEqual([]);
  });

  it('names a context only in an input default (the runner refuses `${{ }}` anywhere else)', () => {
    expect(expressionsOutsideDefaults(text)).toEqual([]);
  });

  it('runs on node24, from the committed bundle', () => {
    const doc = parseDocument(text).toJS() as { runs: { using: string; main: string } };
    expect(doc.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  // The two checks above must be able to fail: the descriptions this file had until GitHub refused it.
  it('the checks catch an expression in a description, as the parser does', () => {
    const broken = text.replace(
      /(\n  shard:\n    description: \|\n)/,
      '$1      Typically `${{ matrix.shard }}/4`.\n',
    );
    expect(broken).not.toBe(text);
    expect(actionErrors(broken)).toEqual([expect.stringMatching(/Unrecognized named-value: 'matrix'/)]);
    expect(expressionsOutsideDefaults(broken)).toEqual([expect.stringMatching(/description: Typically/)]);
  });
});
