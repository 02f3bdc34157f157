/**
 * Paths in three frames: the report's (relative to the working directory), the repository's
 * (relative to the workspace: what GitHub's APIs, annotations and blob links use), and the disk's.
 * Always `/`-separated outside the disk frame.
 */
import { isAbsolute, join, relative, sep } from 'node:path';

function posix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** A report path (relative to the working directory) as a repository path. */
export function toRepoPath(reportPath: string, workingDirectory: string, workspace: string): string {
  return posix(relative(workspace, join(workingDirectory, reportPath)));
}

/** A repository path as a report path, or undefined when it lies outside the working directory. */
export function fromRepoPath(repoPath: string, workingDirectory: string, workspace: string): string | undefined {
  const rel = relative(workingDirectory, join(workspace, repoPath));
  if (rel === '' || rel === '..' || rel.startsWith('..' + sep) || isAbsolute(rel)) return undefined;
  return posix(rel);
}

/** A repository path in a URL: each segment encoded, the slashes kept. */
export function encodePath(repoPath: string): string {
  return repoPath.split('/').map(encodeURIComponent).join('/');
}
