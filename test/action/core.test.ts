/**
 * src/action/core.ts writes the runner's protocol itself (loading @actions/core took longer than
 * the rest of a run). Each call here goes to both it and @actions/core, against real files for
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY and the real stdout stream; the bytes must be the same
 * (but for the random delimiters of outputs).
 */
import * as actions from '@actions/core';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as ours from '../../src/action/core.js';

type Core = typeof ours;
const dir = mkdtempSync(join(tmpdir(), 'rflint-core-'));
let saved: NodeJS.ProcessEnv;
let exitCode: typeof process.exitCode;

beforeEach(() => {
  saved = { ...process.env };
  exitCode = process.exitCode;
});
afterEach(() => {
  process.env = saved;
  process.exitCode = exitCode;
});

/** What one implementation writes: stdout, the output file, the summary file, the exit code. */
async function written(core: Core, calls: (core: Core) => void | Promise<void>): Promise<{ stdout: string; output: string; summary: string; exitCode: typeof process.exitCode }> {
  const output = join(dir, `output-${Math.random()}`);
  const summary = join(dir, `summary-${Math.random()}`);
  writeFileSync(output, '');
  writeFileSync(summary, '');
  process.env.GITHUB_OUTPUT = output;
  process.env.GITHUB_STEP_SUMMARY = summary;
  process.exitCode = undefined;
  let stdout = '';
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();
    return true;
  }) as typeof process.stdout.write;
  try {
    await calls(core);
  } finally {
    process.stdout.write = write;
  }
  const delimiters = (text: string) => text.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_X');
  return { stdout, output: delimiters(readFileSync(output, 'utf8')), summary: readFileSync(summary, 'utf8'), exitCode: process.exitCode };
}

async function same(calls: (core: Core) => void | Promise<void>): Promise<void> {
  const theirs = await written(actions as unknown as Core, calls);
  const mine = await written(ours, calls);
  expect(mine).toEqual(theirs);
}

const NASTY = 'a%b\r\nc:d,e::f %0A';

describe('src/action/core.ts writes what @actions/core writes', () => {
  it('outputs: strings, multi-line text, numbers, objects, empty values', async () => {
    await same((core) => {
      core.setOutput('report', '{"a": 1}');
      core.setOutput('summary', 'line 1\nline 2\n');
      core.setOutput('passed', 3);
      core.setOutput('object', { a: [1, 2] });
      core.setOutput('empty', '');
      core.setOutput('nothing', undefined);
    });
  });

  it('outputs without GITHUB_OUTPUT: the old ::set-output command', async () => {
    await same((core) => {
      delete process.env.GITHUB_OUTPUT;
      core.setOutput('x', NASTY);
    });
  });

  it('log lines, debug, and annotations with every property, some, or none', async () => {
    await same((core) => {
      core.info(NASTY);
      core.debug(NASTY);
      core.warning(NASTY);
      core.warning(new Error('boom'));
      core.error(NASTY, { title: 'T: 1, 2', file: 'dir/a,b:c.rf.yaml', startLine: 3, endLine: 4, startColumn: 5, endColumn: 6 });
      core.error('m', { file: 'x.onnx' });
      core.warning('m', { title: '', file: 'y' });
      core.warning('m', { startLine: 0 });
    });
  });

  it('setFailed: an error annotation and exit code 1', async () => {
    await same((core) => core.setFailed(NASTY));
  });

  it('inputs: trimmed unless asked, spaces as underscores, required ones', async () => {
    process.env['INPUT_MIN-RF'] = '  42 \n';
    process.env.INPUT_A_B = 'v';
    for (const core of [actions as unknown as Core, ours]) {
      expect(core.getInput('min-rf')).toBe('42');
      expect(core.getInput('min-rf', { trimWhitespace: false })).toBe('  42 \n');
      expect(core.getInput('a b')).toBe('v');
      expect(core.getInput('absent')).toBe('');
      expect(() => core.getInput('absent', { required: true })).toThrow('Input required and not supplied: absent');
    }
  });

  it('the job summary, appended; a missing variable is an error', async () => {
    await same(async (core) => {
      await core.summary.addRaw('# rflint\n\n| a | b |', true).write();
      await core.summary.addRaw('more').write();
    });
    delete process.env.GITHUB_STEP_SUMMARY;
    await expect(ours.summary.addRaw('x').write()).rejects.toThrow('Unable to find environment variable for $GITHUB_STEP_SUMMARY');
  });
});
