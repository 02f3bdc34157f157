/**
 * The runner's side of the action: inputs, outputs, log commands, the job summary — the part of
 * @actions/core the action uses, written out. @actions/core's entry imports its OIDC client
 * (@actions/http-client: undici, node:http, node:tls) and @actions/exec at load, which alone took
 * 2.3× the start-up of bare `node` (issue 12's target for the whole action run is 3×). Same
 * protocol, same bytes: test/action/core.test.ts runs both and compares what they write.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, constants as fs } from 'node:fs';
import { access, appendFile } from 'node:fs/promises';
import { EOL } from 'node:os';

/** Where an annotation points (@actions/core's AnnotationProperties). */
export interface AnnotationProperties {
  readonly title?: string;
  readonly file?: string;
  readonly startLine?: number;
  readonly endLine?: number;
  readonly startColumn?: number;
  readonly endColumn?: number;
}

export interface InputOptions {
  readonly required?: boolean;
  readonly trimWhitespace?: boolean;
}

/** An input as the runner passes it: `INPUT_` + the name in upper case, spaces as `_`. */
export function getInput(name: string, options?: InputOptions): string {
  const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
  if (options?.required && !value) throw new Error(`Input required and not supplied: ${name}`);
  return options?.trimWhitespace === false ? value : value.trim();
}

/** `name<<delimiter` blocks in $GITHUB_OUTPUT (a random delimiter a value cannot forge). */
export function setOutput(name: string, value: unknown): void {
  if (!process.env.GITHUB_OUTPUT) {
    process.stdout.write(EOL);
    issue('set-output', { name }, commandValue(value));
    return;
  }
  const delimiter = `ghadelimiter_${randomUUID()}`;
  const text = commandValue(value);
  if (name.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (text.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  appendFileCommand('OUTPUT', `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}`);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function debug(message: string): void {
  issue('debug', {}, message);
}

export function warning(message: string | Error, properties: AnnotationProperties = {}): void {
  issue('warning', commandProperties(properties), message instanceof Error ? message.toString() : message);
}

export function error(message: string | Error, properties: AnnotationProperties = {}): void {
  issue('error', commandProperties(properties), message instanceof Error ? message.toString() : message);
}

/** An error annotation, and exit code 1 when the process ends. */
export function setFailed(message: string | Error): void {
  process.exitCode = 1;
  error(message);
}

/** The job summary: text gathered, then appended to $GITHUB_STEP_SUMMARY. */
class Summary {
  private buffer = '';

  addRaw(text: string, addEOL = false): this {
    this.buffer += text + (addEOL ? EOL : '');
    return this;
  }

  async write(): Promise<this> {
    const path = process.env.GITHUB_STEP_SUMMARY;
    if (!path) throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    try {
      await access(path, fs.R_OK | fs.W_OK);
    } catch {
      throw new Error(`Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`);
    }
    await appendFile(path, this.buffer, { encoding: 'utf8' });
    this.buffer = '';
    return this;
  }
}

export const summary = new Summary();

function appendFileCommand(command: string, message: string): void {
  const path = process.env[`GITHUB_${command}`];
  if (!path) throw new Error(`Unable to find environment variable for file command ${command}`);
  if (!existsSync(path)) throw new Error(`Missing file at path: ${path}`);
  appendFileSync(path, `${message}${EOL}`, { encoding: 'utf8' });
}

/** `::command key=value,…::message`, escaped so a value cannot end the command early. */
function issue(command: string, properties: Record<string, unknown>, message: unknown): void {
  let text = `::${command}`;
  const keys = Object.keys(properties);
  if (keys.length > 0) {
    text += ' ';
    text += keys
      .filter((key) => properties[key])
      .map((key) => `${key}=${escapeProperty(properties[key])}`)
      .join(',');
  }
  process.stdout.write(`${text}::${escapeData(message)}${EOL}`);
}

function commandProperties(p: AnnotationProperties): Record<string, unknown> {
  if (Object.keys(p).length === 0) return {};
  return { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn };
}

function commandValue(input: unknown): string {
  if (input === null || input === undefined) return '';
  if (typeof input === 'string' || input instanceof String) return String(input);
  return JSON.stringify(input);
}

function escapeData(s: unknown): string {
  return commandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: unknown): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
