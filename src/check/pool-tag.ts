/**
 * How a bundle's entry knows it was started as one of pool.ts's worker threads. Its own module,
 * importing nothing else, so an entry can ask before it loads anything.
 */
import { isMainThread, workerData } from 'node:worker_threads';

export const POOL_TAG = 'rflint-check-worker';

export function isPoolWorker(): boolean {
  return !isMainThread && (workerData as { tag?: unknown } | null)?.tag === POOL_TAG;
}
