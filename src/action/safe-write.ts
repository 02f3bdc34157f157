/**
 * Writing a file the workflow named (the badge) into a checkout the pull request controls: the
 * PR could commit the badge's path, or a folder on it, as a symbolic link to a file of the
 * runner (`~/.bashrc`, a tool in the tool cache), and a plain write would follow it. The folder
 * must resolve inside one of `roots` (the workspace, RUNNER_TEMP), and the file itself is opened
 * with O_NOFOLLOW, so a link in its place fails instead of being written through.
 */
import { closeSync, constants, existsSync, mkdirSync, openSync, realpathSync, writeSync } from 'node:fs';
import { dirname, isAbsolute, relative } from 'node:path';

export class UnsafePathError extends Error {
  override readonly name = 'UnsafePathError';
}

function inside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export function writeFileInside(path: string, text: string, roots: readonly string[]): void {
  const realRoots = roots.filter((r) => r !== '' && existsSync(r)).map((r) => realpathSync(r));
  // The deepest folder that exists already decides where mkdir will create the rest.
  let existing = dirname(path);
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  const real = realpathSync(existing);
  if (!realRoots.some((root) => inside(real, root))) throw new UnsafePathError(`${dirname(path)} resolves to ${real}, outside the workspace (a symbolic link?): not writing there`);
  mkdirSync(dirname(path), { recursive: true });
  let fd: number;
  try {
    // O_NOFOLLOW is undefined on Windows, where creating links needs privileges anyway.
    fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0), 0o644);
  } catch (err) {
    if ((err as { code?: string }).code === 'ELOOP') throw new UnsafePathError(`${path} is a symbolic link: not writing through it`);
    throw err;
  }
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
}
