/**
 * Many files on several cores. The main thread and `jobs − 1` worker threads take files from
 * one queue, a batch at a time, and each file's outcome lands at its index: the report is the
 * one a single thread writes. A worker runs the same bundle as the main thread (`entry`), whose
 * entry calls `serveChecks` when it finds itself in a worker (pool-tag.ts).
 *
 * A worker that cannot start or dies hands its unfinished files back to the main thread, so the
 * pool never changes what the run reports, only how long it takes.
 */
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { type FileContext, type FileOutcome, checkFile } from './check-file.js';
import { POOL_TAG } from './pool-tag.js';

export interface WorkerPlan {
  /** The bundle's entry file: workers run it. */
  readonly entry: string;
  /** Threads in all, the main one included; fewer than 2 starts no worker. */
  readonly jobs: number;
  /** Below this many files no worker starts: one costs ~50 ms of loading before it helps. */
  readonly minFiles: number;
}

export interface FileItem {
  readonly path: string;
  readonly optional: boolean;
}

/** Which thread checked how many files: for tests and benchmarks, the report never shows it. */
export interface PoolStats {
  main: number;
  workers: number;
}

interface Batch {
  readonly from: number;
  readonly items: readonly FileItem[];
}

interface Done {
  readonly from: number;
  readonly outcomes: readonly FileOutcome[];
}

export async function checkInWorkers(items: readonly FileItem[], context: FileContext, plan: WorkerPlan, stats: PoolStats = { main: 0, workers: 0 }): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(items.length);
  // Small batches balance the threads; one message per file would cost more than small files.
  const size = Math.max(1, Math.min(16, Math.ceil(items.length / (Math.max(1, plan.jobs) * 8))));
  let next = 0;
  const take = (): Batch | undefined => {
    if (next >= items.length) return undefined;
    const from = next;
    next = Math.min(items.length, next + size);
    return { from, items: items.slice(from, next) };
  };
  const onMain = async (batch: Batch) => {
    for (let j = 0; j < batch.items.length; j++) outcomes[batch.from + j] = await checkFile(batch.items[j]!.path, batch.items[j]!.optional, context);
    stats.main += batch.items.length;
  };

  const worker = () =>
    new Promise<Batch[]>((done) => {
      const inFlight = new Map<number, Batch>();
      let thread: Worker;
      try {
        thread = new Worker(plan.entry, { workerData: { tag: POOL_TAG, context } });
      } catch {
        done([]);
        return;
      }
      const send = () => {
        const batch = take();
        if (!batch) return;
        inFlight.set(batch.from, batch);
        thread.postMessage(batch);
      };
      let finished = false;
      const finish = () => {
        if (finished) return;
        finished = true;
        void thread.terminate();
        // Whatever it did not return goes back to the main thread.
        done([...inFlight.values()]);
      };
      thread.on('message', (message: Done) => {
        message.outcomes.forEach((o, j) => (outcomes[message.from + j] = o));
        stats.workers += message.outcomes.length;
        inFlight.delete(message.from);
        send();
        if (inFlight.size === 0) finish();
      });
      thread.on('error', finish);
      thread.on('exit', finish);
      // Two batches ahead: the next is there when one is done, while the main thread is busy.
      send();
      send();
      if (inFlight.size === 0) finish();
    });

  const workers = Array.from({ length: Math.max(0, plan.jobs - 1) }, worker);
  // The main thread works too, yielding between batches so the workers' results come in.
  for (let batch = take(); batch; batch = take()) {
    await onMain(batch);
    await new Promise((resolve) => setImmediate(resolve));
  }
  for (const leftovers of await Promise.all(workers)) for (const batch of leftovers) await onMain(batch);
  return outcomes;
}

/** The worker's side: check each batch the main thread sends, and send the outcomes back. */
export function serveChecks(): void {
  const { context } = workerData as { context: FileContext };
  parentPort!.on('message', async (batch: Batch) => {
    const outcomes: FileOutcome[] = [];
    for (const item of batch.items) outcomes.push(await checkFile(item.path, item.optional, context));
    parentPort!.postMessage({ from: batch.from, outcomes } satisfies Done);
  });
}
