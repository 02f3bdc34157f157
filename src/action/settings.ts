/**
 * The action's inputs, read and validated once into one typed object; nothing deeper calls
 * core.getInput. A bad value is one InputError whose message names the input and what to write.
 */
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import * as core from '@actions/core';
import { formatDiagnostic, type Diagnostic } from '../formats/diagnostic.js';
import { parseRules } from '../check/rules.js';
import { parseShard, type Shard } from '../check/shard.js';
import type { Rule } from '../check/rules.js';
import { BADGE_VALUES, type BadgeOptions, type BadgeValue } from '../report/badge-options.js';

export type FailOn = 'error' | 'warning' | 'never';
export type CommentMode = 'changes' | 'always' | 'on-failure' | 'never';

export interface ActionSettings {
  /** Globs of model files, relative to the working directory; a leading `!` excludes. */
  readonly files: readonly string[];
  /** On pull requests, check only the files the PR changed. */
  readonly changedOnly: boolean;
  /** Finding no model file at all passes (`allow-empty`); by default it fails the step (RF513). */
  readonly allowEmpty: boolean;
  /** Workflow rules (the `rules` input), validated. */
  readonly rules: readonly Rule[];
  /** Warnings about the rules (their errors stop the action before any check). */
  readonly rulesDiagnostics: readonly Diagnostic[];
  /** A default min_rf for outputs that have no threshold of their own. */
  readonly minRf?: number;
  /** A default min_erf (95 % width of the effective RF) for outputs that have none of their own (`min-erf`). */
  readonly minErf?: number;
  /** max_params / max_macs for files that set none (`max-params`, `max-macs`). */
  readonly maxParams?: number;
  readonly maxMacs?: number;
  /** Which findings fail the step: errors and failed thresholds, also warnings, or nothing. */
  readonly failOn: FailOn;
  /** When to post or update the PR comment. */
  readonly comment: CommentMode;
  /** The token for the REST API; empty means no API calls (summary and annotations only). */
  readonly token: string;
  /** Absolute path of the folder the globs are relative to (inside the workspace). */
  readonly workingDirectory: string;
  /** The same, relative to the workspace with `/` separators (`.` for the root): names the comment. */
  readonly workingDirectoryName: string;
  /** Absolute path of a JSON report to publish instead of checking (the fork pattern). */
  readonly fromReport?: string;
  /** Where to write the status badge (SVG) and/or its shields.io endpoint JSON, and what it shows. */
  readonly badge?: { readonly svg?: string; readonly json?: string; readonly options: BadgeOptions };
  // Sharding.
  /** Check only this shard of the files (`shard: K/N`, one matrix job of N). */
  readonly shard?: Shard;
  /** Globs of the shards' JSON reports, relative to the working directory: merge and publish them instead of checking. */
  readonly mergeReports?: readonly string[];
  /** Write the self-contained HTML report to RUNNER_TEMP (output `html-report`). */
  readonly htmlReport: boolean;
}

/** A bad input value: the message is all the user sees. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

export type InputReader = (name: string) => string;

/** action.yml's former default `files` (v0.1), written out by some workflows. */
const FORMER_DEFAULT_FILES = ['**/*.rf.yaml', '**/*.rf.yml', '**/*.rf.json'];
/**
 * Without `files`: the working directory searched as the CLI searches a folder, every model
 * file by its name or its content (docs/design.md §4). One pattern: discovery warns once, not per name.
 */
const DEFAULT_PATTERNS = ['.'];

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T {
  if (value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(`Input '${name}' is '${value}': use one of ${allowed.map((a) => `'${a}'`).join(', ')}.`);
}

// The same spellings as core.getBooleanInput (the YAML 1.2 core schema).
function boolean(name: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(`Input '${name}' is '${value}': use 'true' or 'false'.`);
}

function positiveInteger(name: string, value: string, unit = 'input pixels'): number | undefined {
  if (value === '') return undefined;
  if (!/^[0-9]+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) {
    throw new InputError(`Input '${name}' is '${value}': use a whole number of ${unit}, 1 or more.`);
  }
  return Number(value);
}

function lines(value: string): string[] {
  return value.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
}

function insideWorkspace(name: string, path: string, workspace: string): string {
  const rel = relative(workspace, path);
  if (rel === '..' || rel.startsWith('..' + sep) || isAbsolute(rel)) {
    throw new InputError(`Input '${name}' is '${path}', outside the workspace ${workspace}: give a path inside the repository.`);
  }
  return rel === '' ? '.' : rel.split(sep).join('/');
}

/** The badge inputs: paths relative to the working directory, inside the workspace or RUNNER_TEMP. */
function badgeSettings(read: InputReader, workspace: string, workingDirectory: string): ActionSettings['badge'] {
  const runnerTemp = process.env.RUNNER_TEMP;
  const path = (name: string): string | undefined => {
    const value = read(name).trim();
    if (value === '') return undefined;
    const absolute = resolve(workingDirectory, value);
    const inTemp = runnerTemp !== undefined && runnerTemp !== '' && !relative(runnerTemp, absolute).startsWith('..') && !isAbsolute(relative(runnerTemp, absolute));
    if (!inTemp) insideWorkspace(name, absolute, workspace);
    return absolute;
  };
  const svg = path('badge-path');
  const json = path('badge-json-path');
  const value = read('badge-value').trim();
  const label = read('badge-label').trim();
  const output = read('badge-output').trim();
  if (svg === undefined && json === undefined) return undefined;
  const options: BadgeOptions = {
    ...(value !== '' ? { value: oneOf<BadgeValue>('badge-value', value, BADGE_VALUES, 'pass') } : {}),
    ...(label !== '' ? { label } : {}),
    ...(output !== '' ? { output } : {}),
  };
  return { ...(svg ? { svg } : {}), ...(json ? { json } : {}), options };
}

/** The inputs `shard` and `merge-reports`: one mode at a time. */
function shardSettings(read: InputReader, fromReport: boolean): Pick<ActionSettings, 'shard' | 'mergeReports'> {
  const shardText = read('shard').trim();
  const mergeReports = lines(read('merge-reports'));
  let shard: Shard | undefined;
  if (shardText !== '') {
    try {
      shard = parseShard(shardText);
    } catch (err) {
      throw new InputError(`Input '${(err as Error).message.replace(/^shard /, "shard' ")}.`);
    }
  }
  if (mergeReports.length > 0 && (shard || fromReport)) {
    throw new InputError(`Input 'merge-reports' publishes the shards' reports without checking: give it alone, without '${shard ? 'shard' : 'from-report'}'.`);
  }
  if (shard && fromReport) throw new InputError("Input 'from-report' publishes a report without checking: give it without 'shard'.");
  return { ...(shard ? { shard } : {}), ...(mergeReports.length > 0 ? { mergeReports } : {}) };
}

/**
 * Reads every input once. `read` returns an input's raw value ('' when unset), as
 * core.getInput does; `workspace` is GITHUB_WORKSPACE.
 */
export function getSettings(
  read: InputReader = (name) => core.getInput(name),
  workspace: string = process.env.GITHUB_WORKSPACE || process.cwd(),
): ActionSettings {
  const workingDirectory = resolve(workspace, read('working-directory') || '.');
  const workingDirectoryName = insideWorkspace('working-directory', workingDirectory, workspace);
  if (!existsSync(workingDirectory) || !statSync(workingDirectory).isDirectory()) {
    throw new InputError(`Input 'working-directory' is '${read('working-directory')}', which is not a folder of the workspace: check the path (is the repository checked out?).`);
  }

  const rulesText = read('rules');
  const parsed = rulesText.trim() === '' ? { rules: [], diagnostics: [] } : parseRules(rulesText, 'rules');
  const ruleErrors = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (ruleErrors.length > 0) {
    const more = ruleErrors.length > 1 ? ` (and ${ruleErrors.length - 1} more)` : '';
    throw new InputError(`Input 'rules' is invalid: ${formatDiagnostic({ ...ruleErrors[0]!, file: 'rules' })}${more}`);
  }

  const fromReportInput = read('from-report').trim();
  const files = lines(read('files'));
  const minRf = positiveInteger('min-rf', read('min-rf').trim());
  const badge = badgeSettings(read, workspace, workingDirectory);
  const minErf = positiveInteger('min-erf', read('min-erf').trim());
  const maxParams = positiveInteger('max-params', read('max-params').trim(), 'parameters');
  const maxMacs = positiveInteger('max-macs', read('max-macs').trim(), 'multiply–accumulates');
  const sharding = shardSettings(read, fromReportInput !== '');
  return {
    ...sharding,
    ...(badge ? { badge } : {}),
    files: files.length === 0 ? DEFAULT_PATTERNS : files.join('\n') === FORMER_DEFAULT_FILES.join('\n') ? ['**/*.rf.{yaml,yml,json}'] : files,
    changedOnly: boolean('changed-only', read('changed-only').trim(), false),
    allowEmpty: boolean('allow-empty', read('allow-empty').trim(), false),
    rules: parsed.rules,
    rulesDiagnostics: parsed.diagnostics,
    ...(minRf !== undefined ? { minRf } : {}),
    ...(minErf !== undefined ? { minErf } : {}),
    ...(maxParams !== undefined ? { maxParams } : {}),
    ...(maxMacs !== undefined ? { maxMacs } : {}),
    failOn: oneOf('fail-on', read('fail-on').trim(), ['error', 'warning', 'never'], 'error'),
    comment: oneOf('comment', read('comment').trim(), ['changes', 'always', 'on-failure', 'never'], 'changes'),
    token: read('github-token').trim(),
    workingDirectory,
    workingDirectoryName,
    ...(fromReportInput !== '' ? { fromReport: resolve(workingDirectory, fromReportInput) } : {}),
    htmlReport: boolean('html-report', read('html-report').trim(), false),
  };
}
