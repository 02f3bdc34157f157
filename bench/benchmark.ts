/**
 * The benchmark registry contract: every `bench/*.bench.ts` file exports
 * `benchmarks: Benchmark[]`, and `bench/run.ts` discovers and runs them all.
 */

/** The prepared work of one benchmark: built once, outside the timing. */
export interface Workload {
  /** Size figures for the table (nodes/s is computed from `nodes`). */
  readonly nodes: number;
  readonly edges: number;
  /** The timed work: one complete run (awaited when it returns a promise). */
  run(): void | Promise<void>;
}

export interface Benchmark {
  readonly name: string;
  /** Builds the input (untimed). */
  setup(): Workload;
}
