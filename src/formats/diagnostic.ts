/**
 * A problem found in a user's file, as a value: severity, a stable code, a message that says
 * what to do, and where (1-based line and column, as editors and problem matchers expect).
 *
 * Code ranges: RF0xx engine (graph, shapes), RF1xx native format, RF2xx ONNX, RF3xx other
 * formats, RF4xx thresholds and rules, RF5xx discovery and I/O.
 */
export type Severity = 'error' | 'warning';

export interface Position {
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
}

export interface Diagnostic extends Partial<Position> {
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
  /** The file it is about (path as given, relative to the working directory). */
  readonly file?: string;
  /** The output it concerns, when it concerns one. */
  readonly output?: string;
}

export function error(code: string, message: string, at?: Position | undefined, extra: Partial<Diagnostic> = {}): Diagnostic {
  return { severity: 'error', code, message, ...(at ?? {}), ...extra };
}

export function warning(code: string, message: string, at?: Position | undefined, extra: Partial<Diagnostic> = {}): Diagnostic {
  return { severity: 'warning', code, message, ...(at ?? {}), ...extra };
}

/** `file:line:col: error: message [RF101]`: the form editors and problem matchers parse. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = [d.file ?? '<input>', d.line, d.line !== undefined ? d.column ?? 1 : undefined].filter((x) => x !== undefined).join(':');
  return `${where}: ${d.severity}: ${d.message} [${d.code}]`;
}
