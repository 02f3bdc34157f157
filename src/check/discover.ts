/**
 * Which model files to check: paths, folders and globs (negations `!**\/vendor/**` exclude),
 * relative to the working directory. Symbolic links are never followed out of it: a crawl does
 * not enter links at all, and every path found is checked by its real path. With a `root` (the
 * action's GITHUB_WORKSPACE), nothing outside it is read at all: not a file named `../x`, not a
 * pattern whose folder lies outside, not a link (nor a working directory) that resolves outside.
 */
import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { escapePath, glob, isDynamicPattern } from 'tinyglobby';
import { type Diagnostic, error, warning } from '../formats/diagnostic.js';

/** The names a folder is searched for (docs/design.md §4): these are model files by their name alone. */
export const MODEL_FILE_GLOBS = ['**/*.rf.yaml', '**/*.rf.yml', '**/*.rf.json', '**/*.onnx', '**/*.keras', '**/*.tflite'] as const;

/**
 * Names a folder is also searched for, kept only when a loader recognises the content (an
 * Ultralytics YAML among CI workflows and configs, a Darknet cfg among other .cfg files, a Caffe
 * net among solver prototxts, Keras or TF.js model JSON among package.json and friends, a Keras
 * .h5 among HDF5 data files): a file found this way that no loader reads is skipped without a
 * word.
 */
export const CONTENT_FILE_GLOBS = ['**/*.yaml', '**/*.yml', '**/*.cfg', '**/*.prototxt', '**/*.param', '**/*.xml', '**/*.json', '**/*.h5', '**/*.hdf5', '**/*.pb'] as const;

/** Never worth crawling, and full of other people's models. */
const ALWAYS_IGNORED = ['**/node_modules/**'];

export interface Discovery {
  /** Relative to the working directory, `/`-separated, sorted, unique. */
  readonly files: string[];
  /** Those of `files` found in a folder by a content glob only: checked if a loader reads them. */
  readonly optional: ReadonlySet<string>;
  readonly diagnostics: Diagnostic[];
}

export async function discover(patterns: readonly string[], cwd: string, confine?: string): Promise<Discovery> {
  const root = await realpath(confine ?? cwd);
  const negations = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const positives = patterns.filter((p) => !p.startsWith('!') && p.trim() !== '');
  const found = new Set<string>();
  const optional = new Set<string>();
  const required = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const pattern of positives.length > 0 ? positives : ['.']) {
    if (confine !== undefined && !staysInside(pattern, cwd, confine)) {
      diagnostics.push(error('RF509', `\`${pattern}\` points outside the workspace (${confine}); rflint reads only the repository's files`));
      continue;
    }
    const { files, byContent, diagnostic } = await expand(pattern, cwd, negations);
    let kept = 0;
    for (const file of files) {
      if (byContent?.has(file)) optional.add(file);
      else required.add(file);
      const outside = await escapesRoot(file, cwd, root, confine !== undefined);
      if (outside) {
        diagnostics.push(warning('RF503', `${file} is a symbolic link to ${outside}, outside the ${confine !== undefined ? 'workspace' : 'working directory'}; it is not followed`, undefined, { file }));
        continue;
      }
      found.add(file);
      kept++;
    }
    if (diagnostic) diagnostics.push(diagnostic);
    else if (kept === 0 && files.length === 0) {
      diagnostics.push(warning('RF501', `\`${pattern}\` matches no model file; check the path or glob`));
    }
  }
  // A file some pattern asked for by name is not optional, however else it was found.
  for (const file of required) optional.delete(file);
  return { files: [...found].sort(), optional, diagnostics };
}

/** The files one positive pattern names: itself, a folder's model files, or a glob's matches. */
async function expand(pattern: string, cwd: string, negations: readonly string[]): Promise<{ files: string[]; byContent?: Set<string>; diagnostic?: Diagnostic }> {
  const ignore = [...negations, ...(pattern.includes('node_modules') ? [] : ALWAYS_IGNORED)];
  const options = { cwd, ignore, dot: false, followSymbolicLinks: false, expandDirectories: false, onlyFiles: true } as const;
  if (isDynamicPattern(pattern)) return { files: (await glob([pattern], options)).map(toPosix) };
  const absolute = resolve(cwd, pattern);
  const info = await stat(absolute).catch(() => undefined);
  if (!info) return { files: [], diagnostic: error('RF502', `${pattern}: no such file or folder`) };
  const path = toPosix(relative(cwd, absolute)) || '.';
  if (info.isDirectory()) {
    const base = path === '.' ? '' : `${escapePath(path)}/`;
    // Inside a named folder, only dot entries the user did not name are skipped.
    const byName = (await glob(MODEL_FILE_GLOBS.map((g) => base + g), options)).map(toPosix);
    const named = new Set(byName);
    const byContent = new Set((await glob(CONTENT_FILE_GLOBS.map((g) => base + g), options)).map(toPosix).filter((f) => !named.has(f)));
    return { files: [...byName, ...byContent], byContent };
  }
  // A file named explicitly is checked whatever its name, unless a negation excludes it.
  const excluded = negations.length > 0 && (await glob([escapePath(path)], { ...options, ignore: negations })).length === 0;
  return { files: excluded ? [] : [path] };
}

/**
 * The real path when `file` resolves outside the real `root` through a symbolic link, else
 * undefined. Without confinement, a file named outside `cwd` is not judged.
 */
async function escapesRoot(file: string, cwd: string, root: string, confined: boolean): Promise<string | undefined> {
  // Named outside the folder on purpose (`rflint ../other/model.rf.yaml`): not a link escape.
  if (!confined && !isInside(relative(resolve(cwd), resolve(cwd, file)))) return undefined;
  const real = await realpath(resolve(cwd, file)).catch(() => undefined);
  if (real === undefined) return undefined;
  return isInside(relative(root, real)) ? undefined : real;
}

/**
 * Whether a pattern stays inside `confine`: its folder part (up to the first glob segment) lies
 * inside, and no `..` follows a glob segment (`**\/../..` could climb anywhere).
 */
function staysInside(pattern: string, cwd: string, confine: string): boolean {
  const segments = pattern.split(/[\\/]/);
  const magic = segments.findIndex((segment) => isDynamicPattern(segment));
  const fixed = magic < 0 ? segments : segments.slice(0, magic);
  if (magic >= 0 && segments.slice(magic).includes('..')) return false;
  return isInside(relative(resolve(confine), resolve(cwd, fixed.join('/') || '.')));
}

function isInside(relativePath: string): boolean {
  return relativePath === '' || (!relativePath.startsWith('..') && !isAbsolute(relativePath));
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
