/**
 * The command line, read once into typed settings. Every mistake is a UsageError with one line
 * that says what to type instead (exit code 2).
 */
import { parseArgs } from 'node:util';
import { nearest } from '../formats/yaml/suggest.js';

export const FORMATS = ['text', 'json', 'markdown', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliSettings {
  /** Files, folders and globs (`!glob` excludes); empty: the model files under the current folder. */
  readonly patterns: string[];
  readonly format: Format;
  /** The default min_rf for outputs that set none. */
  readonly minRf?: number;
  /** A rules YAML file (DESIGN §5), as the action's `rules` input. */
  readonly rulesFile?: string;
  /** `--assume OP=pointwise|global`: unknown operators the user vouches for (as `assume` in rules). */
  readonly assume?: ReadonlyMap<string, 'pointwise' | 'global'>;
  /** `--channel-attention pointwise|global`: how squeeze-and-excitation gates count (default global). */
  readonly channelAttention?: 'pointwise' | 'global';
  /** Only failures and errors. */
  readonly quiet: boolean;
  /** False with --no-color; otherwise the CLI decides from the terminal and NO_COLOR. */
  readonly color: boolean;
  /** Stack traces for unexpected errors. */
  readonly debug: boolean;
  readonly help: boolean;
  readonly version: boolean;
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  'min-rf': { type: 'string' },
  rules: { type: 'string', short: 'r' },
  assume: { type: 'string', multiple: true },
  'channel-attention': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'no-color': { type: 'boolean' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const;

export function parseCliArgs(argv: readonly string[]): CliSettings {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(explain(err));
  }
  const { values, positionals } = parsed;
  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    const hint = nearest(format, FORMATS);
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got '${format}'${hint ? `; did you mean '${hint}'?` : ''}`);
  }
  let minRf: number | undefined;
  if (values['min-rf'] !== undefined) {
    minRf = Number(values['min-rf']);
    if (!/^\s*\d+\s*$/.test(values['min-rf']) || !Number.isSafeInteger(minRf) || minRf < 1) {
      throw new UsageError(`--min-rf must be a whole number ≥ 1 (input positions), got '${values['min-rf']}'`);
    }
  }
  if (values.rules === '') throw new UsageError('--rules needs a file name');
  const assume = new Map<string, 'pointwise' | 'global'>();
  for (const item of values.assume ?? []) {
    const m = /^([\w.:-]+)=(pointwise|global)$/.exec(item);
    if (!m) throw new UsageError(`--assume takes OP=pointwise or OP=global (an operator type such as MyGate=pointwise), got '${item}'`);
    assume.set(m[1]!, m[2] as 'pointwise' | 'global');
  }
  const channelAttention = values['channel-attention'];
  if (channelAttention !== undefined && channelAttention !== 'pointwise' && channelAttention !== 'global') {
    throw new UsageError(`--channel-attention must be pointwise or global, got '${channelAttention}'`);
  }
  return {
    patterns: positionals,
    format: format as Format,
    ...(minRf !== undefined ? { minRf } : {}),
    ...(values.rules !== undefined ? { rulesFile: values.rules } : {}),
    ...(assume.size > 0 ? { assume } : {}),
    ...(channelAttention !== undefined ? { channelAttention } : {}),
    quiet: values.quiet ?? false,
    color: !(values['no-color'] ?? false),
    debug: values.debug ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
  };
}

/** node:util's messages span lines and talk about positionals; ours fit on one. */
function explain(err: unknown): string {
  const code = (err as { code?: string }).code;
  const message = err instanceof Error ? err.message : String(err);
  const option = /'(-[^']*)'/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
    const name = option.replace(/^-+/, '').split('=')[0]!;
    const hint = nearest(name, Object.keys(OPTIONS));
    return `unknown option ${option}${hint ? `; did you mean --${hint}?` : ''}`;
  }
  const long = /--[\w-]+/.exec(message)?.[0];
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && long) {
    if (/argument missing/.test(message)) return `${long} needs a value`;
    if (/ambiguous/.test(message)) return `${long} needs a value; to give one that starts with '-', write ${long}=VALUE`;
    return `${long} takes no value`;
  }
  return message.split('\n')[0]!;
}

export const HELP = `Usage: rflint [PATH|GLOB ...] [options]

Checks the receptive field of every output of the model files given (files, folders, globs;
'!glob' excludes). With no path: the model files under the current folder
(*.rf.yaml, *.rf.yml, *.rf.json, *.onnx).

Options:
  -f, --format FORMAT  text (default), json, markdown or sarif
      --min-rf N       default min_rf for outputs that set none
  -r, --rules FILE     thresholds by path: a YAML list of {files, outputs, min_rf, max_rf,
                       min_coverage, assume, channel_attention}
      --assume OP=MAP  treat the unknown operator OP as pointwise or global (repeatable)
      --channel-attention pointwise|global
                       squeeze-and-excitation gates: global (default) or pointwise, to
                       get the spatial RF of EfficientNet-like models
  -q, --quiet          show only failures and errors
      --no-color       no colours (also: NO_COLOR=1)
      --debug          show stack traces of unexpected errors
  -V, --version        print the version
  -h, --help           print this help

Exit codes: 0 every checked output passes, 1 a threshold fails or a file has an error,
2 a usage error.

Docs: docs/cli.md`;
