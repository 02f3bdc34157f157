/**
 * The per-file time budget, kept cooperatively: the loops that grow with the file (a loader's
 * nodes, the engine's per-node steps) call `check()`, which looks at the clock once every 1024
 * calls and throws `TimeBudgetExceeded` when the file has used its time. Cheaper than a worker
 * per file (no start-up, no copying the model across), and the other files go on: the check
 * layer catches it and reports that one file (RF511).
 *
 * The budget is wall-clock time since the file was opened, so a file that waited for another
 * (files load 8 at a time) has a little less of it: a budget is a guard against runaway files,
 * tens of times what a real model takes, not a measurement.
 */
export class TimeBudgetExceeded extends Error {
  constructor(readonly budgetMs: number) {
    super(`the file took more than its time budget of ${budgetMs} ms`);
    this.name = 'TimeBudgetExceeded';
  }
}

/** How many `check()` calls between looks at the clock: cheap enough for any inner loop. */
const CALLS_PER_LOOK = 1024;

export class Deadline {
  private calls = 0;
  private readonly end: number;

  constructor(readonly budgetMs: number) {
    this.end = performance.now() + budgetMs;
  }

  check(): void {
    if (++this.calls % CALLS_PER_LOOK !== 0) return;
    if (performance.now() >= this.end) throw new TimeBudgetExceeded(this.budgetMs);
  }
}
