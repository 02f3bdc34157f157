/**
 * Whole-process timing, as a user meets rflint: wall time of `node dist/cli.js …` (or the
 * action's dist/index.js) from spawn to exit, paired with bare `node -e 0` in the same run —
 * A B A B …, after a warm-up of each — so a ratio holds while a shared machine's speed drifts.
 * Medians of the times and of the pair-by-pair ratios.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export interface Command {
  readonly args: readonly string[];
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Exit codes that mean the run worked (1: a threshold failed, which some workloads mean to). */
  readonly okCodes?: readonly number[];
}

export interface ProcessFigures {
  readonly runs: number;
  readonly medianMs: number;
  readonly bareMs: number;
  /** The median of the pairs' ratios (not the ratio of the medians). */
  readonly ratio: number;
  readonly minRatio: number;
  readonly maxRatio: number;
}

const BARE: Command = { args: ['-e', '0'], cwd: '.' };

function once(command: Command): number {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, command.args, { cwd: command.cwd, env: command.env ?? process.env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 });
  const ms = performance.now() - t0;
  const ok = command.okCodes ?? [0];
  if (run.error || run.status === null || !ok.includes(run.status)) {
    throw new Error(`node ${command.args.join(' ')} (in ${command.cwd}) ended with ${run.error?.message ?? run.signal ?? `exit code ${run.status}`}: ${run.stderr?.toString().slice(0, 2000)}`);
  }
  return ms;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

export function timeAgainstBare(command: Command, runs: number): ProcessFigures {
  once(command);
  once(BARE);
  const a: number[] = [];
  const b: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(once(command));
    b.push(once(BARE));
    ratios.push(a[i]! / b[i]!);
  }
  return { runs, medianMs: median(a), bareMs: median(b), ratio: median(ratios), minRatio: Math.min(...ratios), maxRatio: Math.max(...ratios) };
}

export { median };
