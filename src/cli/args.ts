/**
 * The command line, read once into typed settings. Every mistake is a UsageError with one line
 * that says what to type instead (exit code 2).
 */
import { parseArgs } from 'node:util';
import { nearest } from '../formats/yaml/suggest.js';
import { parseShard, type Shard } from '../check/shard.js';
import { BADGE_VALUES, type BadgeOptions, type BadgeValue } from '../report/badge-options.js';

export const FORMATS = ['text', 'json', 'markdown', 'sarif', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliSettings {
  /** Files, folders and globs (`!glob` excludes); empty: the model files under the current folder. */
  readonly patterns: string[];
  readonly format: Format;
  /** The default min_rf for outputs that set none. */
  readonly minRf?: number;
  /** A rules YAML file (docs/design.md §5), as the action's `rules` input. */
  readonly rulesFile?: string;
  /** `--assume OP=pointwise|global`: unknown operators the user vouches for (as `assume` in rules). */
  readonly assume?: ReadonlyMap<string, 'pointwise' | 'global'>;
  /** `--channel-attention pointwise|global`: how squeeze-and-excitation gates count (default global). */
  readonly channelAttention?: 'pointwise' | 'global';
  /** `--attention pointwise|global`: how spatial attention (transformer blocks) counts (default global). */
  readonly attention?: 'pointwise' | 'global';
  /** `--input-size 512x512`: the input size per axis (one value: every axis). */
  readonly inputSize?: readonly number[];
  /** `--input NAME`: the data input of an ONNX file with several candidate inputs. */
  readonly dataInput?: string;
  /** `--scale m`: the scale of multi-scale model files (Ultralytics). */
  readonly scale?: string;
  /** `--stages`: also check the last tensor at each stride. */
  readonly stages: boolean;
  /** `--badge FILE`, `--badge-json FILE` and what the badge shows. */
  readonly badge?: { readonly svg?: string; readonly json?: string; readonly options: BadgeOptions };
  /** `--base REV`: also check the files at this git revision and show the deltas. */
  readonly base?: string;
  /** `--ignore RF020,RF021`: warning codes to silence. */
  readonly ignore?: readonly string[];
  /** `--allow-empty`: finding no model file is not an error (RF513). */
  readonly allowEmpty: boolean;
  /** Only failures and errors. */
  readonly quiet: boolean;
  /** False with --no-color; otherwise the CLI decides from the terminal and NO_COLOR. */
  readonly color: boolean;
  /** Stack traces for unexpected errors. */
  readonly debug: boolean;
  readonly help: boolean;
  readonly version: boolean;
  // Explain, ERF and charts: one block, so merges with other flags stay easy.
  /** `rflint explain FILE [OUTPUT]`: print the layer-by-layer table instead of the check. */
  readonly explainCommand?: { readonly file: string; readonly output?: string };
  /** `--explain`: add each output's layer-by-layer table to the JSON report. */
  readonly explain: boolean;
  /** `--min-erf N`: the default min_erf (95 % width of the effective RF) for outputs that set none. */
  readonly minErf?: number;
  /** `--chart DIR`: write one SVG chart of RF growth per output into DIR. */
  readonly chartDir?: string;
  // Sharding.
  /** `--shard K/N`: check only the K-th of N deterministic shards of the files. */
  readonly shard?: Shard;
  /** `rflint merge REPORT.json…`: merge the JSON reports of the shards (paths and globs) instead of checking. */
  readonly mergeCommand?: { readonly reports: readonly string[] };
  /** `--jobs N`: threads that check files, the main one included (default 1). */
  readonly jobs?: number;
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
  attention: { type: 'string' },
  'input-size': { type: 'string' },
  input: { type: 'string' },
  scale: { type: 'string' },
  stages: { type: 'boolean' },
  ignore: { type: 'string', multiple: true },
  base: { type: 'string' },
  badge: { type: 'string' },
  'badge-json': { type: 'string' },
  'badge-value': { type: 'string' },
  'badge-label': { type: 'string' },
  'badge-output': { type: 'string' },
  'allow-empty': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  'no-color': { type: 'boolean' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
  // Explain, ERF and charts.
  explain: { type: 'boolean' },
  'min-erf': { type: 'string' },
  chart: { type: 'string' },
  // Sharding and threads.
  shard: { type: 'string' },
  jobs: { type: 'string', short: 'j' },
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
  const channelAttention = mapping('--channel-attention', values['channel-attention']);
  const attention = mapping('--attention', values.attention);
  const inputSize = values['input-size'] === undefined ? undefined : parseSize(values['input-size']);
  const ignore = (values.ignore ?? []).flatMap((v) => v.split(',')).map((c) => c.trim().toUpperCase()).filter((c) => c !== '');
  const badCode = ignore.find((c) => !/^RF\d{3}$/.test(c));
  if (badCode !== undefined) throw new UsageError(`--ignore takes diagnostic codes such as RF020 (comma-separated or repeated), got '${badCode}'`);
  const badge = badgeSettings(values);
  for (const [flag, value] of [['--input', values.input], ['--scale', values.scale], ['--base', values.base]] as const) {
    if (value !== undefined && value.trim() === '') throw new UsageError(`${flag} needs a value`);
  }
  const issue11 = explainErfChart(values, positionals);
  const issue12 = sharding(values.shard, positionals);
  return {
    ...issue11,
    ...issue12,
    ...jobs(values.jobs),
    patterns: issue11.explainCommand ? [issue11.explainCommand.file] : positionals,
    format: format as Format,
    ...(minRf !== undefined ? { minRf } : {}),
    ...(values.rules !== undefined ? { rulesFile: values.rules } : {}),
    ...(assume.size > 0 ? { assume } : {}),
    ...(channelAttention !== undefined ? { channelAttention } : {}),
    ...(attention !== undefined ? { attention } : {}),
    ...(inputSize !== undefined ? { inputSize } : {}),
    ...(values.input !== undefined ? { dataInput: values.input } : {}),
    ...(values.scale !== undefined ? { scale: values.scale } : {}),
    stages: values.stages ?? false,
    ...(ignore.length > 0 ? { ignore } : {}),
    ...(values.base !== undefined ? { base: values.base } : {}),
    ...(badge ? { badge } : {}),
    allowEmpty: values['allow-empty'] ?? false,
    quiet: values.quiet ?? false,
    color: !(values['no-color'] ?? false),
    debug: values.debug ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
  };
}

function badgeSettings(values: Record<string, string | boolean | string[] | undefined>): CliSettings['badge'] {
  const svg = values.badge as string | undefined;
  const json = values['badge-json'] as string | undefined;
  const value = values['badge-value'] as string | undefined;
  const label = values['badge-label'] as string | undefined;
  const output = values['badge-output'] as string | undefined;
  for (const [flag, v] of [['--badge', svg], ['--badge-json', json], ['--badge-label', label], ['--badge-output', output]] as const) {
    if (v !== undefined && v.trim() === '') throw new UsageError(`${flag} needs a value`);
  }
  if (value !== undefined && !(BADGE_VALUES as readonly string[]).includes(value)) throw new UsageError(`--badge-value must be one of ${BADGE_VALUES.join(', ')}, got '${value}'`);
  if (svg === undefined && json === undefined) {
    if (value ?? label ?? output) throw new UsageError('--badge-value, --badge-label and --badge-output go with --badge FILE or --badge-json FILE');
    return undefined;
  }
  const options: BadgeOptions = { ...(value ? { value: value as BadgeValue } : {}), ...(label ? { label } : {}), ...(output ? { output } : {}) };
  return { ...(svg ? { svg } : {}), ...(json ? { json } : {}), options };
}

/** The settings of `explain`, `--explain`, `--min-erf` and `--chart`. */
function explainErfChart(
  values: { explain?: boolean | undefined; 'min-erf'?: string | undefined; chart?: string | undefined },
  positionals: readonly string[],
): Pick<CliSettings, 'explainCommand' | 'explain' | 'minErf' | 'chartDir'> {
  let explainCommand: CliSettings['explainCommand'];
  // `rflint explain FILE [OUTPUT]`; a lone `explain` is a path like any other.
  if (positionals[0] === 'explain' && positionals.length > 1) {
    if (positionals.length > 3) throw new UsageError(`explain takes one model file and at most one output name, got ${positionals.length - 1} arguments`);
    explainCommand = { file: positionals[1]!, ...(positionals[2] !== undefined ? { output: positionals[2] } : {}) };
  }
  let minErf: number | undefined;
  const text = values['min-erf'];
  if (text !== undefined) {
    minErf = Number(text);
    if (!/^\s*\d+\s*$/.test(text) || !Number.isSafeInteger(minErf) || minErf < 1) {
      throw new UsageError(`--min-erf must be a whole number ≥ 1 (the 95 % width of the effective RF, in input pixels), got '${text}'`);
    }
  }
  if (values.chart !== undefined && values.chart.trim() === '') throw new UsageError('--chart needs a folder');
  return {
    ...(explainCommand ? { explainCommand } : {}),
    explain: values.explain ?? false,
    ...(minErf !== undefined ? { minErf } : {}),
    ...(values.chart !== undefined ? { chartDir: values.chart } : {}),
  };
}

/** `--shard K/N` and `rflint merge REPORT…`. */
function sharding(shardText: string | undefined, positionals: readonly string[]): Pick<CliSettings, 'shard' | 'mergeCommand'> {
  let shard: Shard | undefined;
  if (shardText !== undefined) {
    try {
      shard = parseShard(shardText);
    } catch (err) {
      throw new UsageError(`--${(err as Error).message}`);
    }
  }
  // `rflint merge REPORT…`; a lone `merge` is a path like any other.
  if (positionals[0] !== 'merge' || positionals.length < 2) return shard ? { shard } : {};
  if (shard) throw new UsageError('--shard goes with a check, not with merge: merge takes the reports of every shard');
  return { mergeCommand: { reports: positionals.slice(1) } };
}

function jobs(text: string | undefined): Pick<CliSettings, 'jobs'> {
  if (text === undefined) return {};
  const n = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || !Number.isSafeInteger(n) || n < 1 || n > 64) throw new UsageError(`--jobs takes a number of threads from 1 to 64, got '${text}'`);
  return { jobs: n };
}

function mapping(flag: string, value: string | undefined): 'pointwise' | 'global' | undefined {
  if (value === undefined || value === 'pointwise' || value === 'global') return value;
  throw new UsageError(`${flag} must be pointwise or global, got '${value}'`);
}

/** `512`, `512x512`, `16x512x512` (height before width; `×` and `,` also separate). */
export function parseSize(text: string): number[] {
  const parts = text.trim().split(/\s*[x×,]\s*/i);
  const sizes = parts.map(Number);
  if (parts.length > 3 || parts.some((p) => !/^\d+$/.test(p)) || sizes.some((n) => n < 1 || !Number.isSafeInteger(n))) {
    throw new UsageError(`--input-size takes whole numbers ≥ 1 per axis, height before width, such as 512x512 or 640, got '${text}'`);
  }
  return sizes;
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
       rflint explain FILE [OUTPUT] [options]
       rflint merge REPORT.json... [options]

Checks the receptive field of every output of the model files given (files, folders, globs;
'!glob' excludes). With no path: the model files under the current folder. A folder is
searched for *.rf.yaml, *.rf.yml, *.rf.json, *.onnx and *.keras by name, and for the
*.yaml, *.yml, *.json, *.cfg, *.prototxt, *.h5 and *.hdf5 files whose content is a model
(native, Ultralytics, Keras, TF.js, Darknet, Caffe); it passes over other files, but reports
one that looks like a model and that no loader reads (RF512). Finding no model file at all
is an error (RF513, exit 2) unless --allow-empty. 'explain' prints, for each output of FILE (or
only OUTPUT), the table of the layers on the path that sets its RF. 'merge' combines the
JSON reports of the shards of one run (--shard K/N --format json; paths or globs) into the
report of the whole run, shown as a check's.

Options:
  -f, --format FORMAT  text (default), json, markdown, sarif or html (one self-contained
                       page: tables, charts and each output's RF drawn on the input)
      --min-rf N       default min_rf for outputs that set none
  -r, --rules FILE     thresholds by path: a YAML list of {files, outputs, min_rf, max_rf,
                       min_coverage, min_erf, input_size, input, scale, stages, assume,
                       channel_attention, attention}
      --assume OP=MAP  treat the unknown operator OP as pointwise or global (repeatable)
      --channel-attention pointwise|global
                       squeeze-and-excitation gates: global (default) or pointwise, to
                       get the spatial RF of EfficientNet-like models
      --attention pointwise|global
                       spatial attention (transformer blocks): global (default) or
                       pointwise, to get the RF of the convolutions around it
      --input-size HxW the input size (one value: every axis), for files whose size is
                       dynamic or unset; needed where the geometry depends on it
      --input NAME     the data input of an ONNX file whose inputs are ambiguous
      --scale S        the scale of multi-scale files (Ultralytics n, s, m, l, x)
      --stages         also check the last tensor at each stride (stage ends), named
                       by tensor and as stride8, stride16, …
      --badge FILE     write an SVG status badge ("receptive field | 16/16 pass")
      --badge-json FILE
                       write shields.io endpoint JSON for the same badge
      --badge-value pass|min-rf
                       what the badge shows (default pass; min-rf: "min RF | 427 px")
      --badge-label TEXT, --badge-output NAME
                       the badge's label; one output's RF instead of the whole run
      --base REV       also check the files as they are at git revision REV (read with
                       git show, nothing checked out) and show what changed
      --ignore CODES   silence these warning codes (RF020,RF021; repeatable); rules
                       can do it per file and output with 'ignore'
      --explain        add each output's layer-by-layer table to --format json
      --min-erf N      default min_erf (the 95% width of the effective RF) for outputs
                       that set none
      --chart DIR      write an SVG chart of RF growth per output into DIR
      --shard K/N      check only the K-th of N shards of the files (split by a hash of
                       each path, so a file keeps its shard when files are added)
  -j, --jobs N         threads that check files, this one included (default 1; worker
                       threads start only for 64 files or more; the report is the same)
      --allow-empty    finding no model file is not an error (a repository that may
                       have none)
  -q, --quiet          show only failures and errors
      --no-color       no colours (also: NO_COLOR=1)
      --debug          show stack traces of unexpected errors
  -V, --version        print the version
  -h, --help           print this help

Exit codes: 0 every checked output passes, 1 a threshold fails or a file has an error,
2 a usage error, or no model file found (without --allow-empty).`;
