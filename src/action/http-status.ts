/**
 * The HTTP status of an Octokit RequestError (or of anything with a numeric `status`). Apart
 * from github.ts, which loads Octokit: only a run with a token imports that (action/main.ts).
 */
export function httpStatus(err: unknown): number | undefined {
  return typeof err === 'object' && err !== null && 'status' in err && typeof err.status === 'number' ? err.status : undefined;
}
