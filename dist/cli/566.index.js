export const id = 566;
export const ids = [566];
export const modules = {

/***/ 4566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  repoPathOf: () => (/* binding */ repoPathOf),
  resolveRevision: () => (/* binding */ resolveRevision),
  showAt: () => (/* binding */ git_showAt)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/check/git.ts
/**
 * The git questions both the CLI's `--base REV` and the action's base compare ask, answered by
 * the git on PATH: where the repository is, whether it holds a commit, a file's bytes at a commit
 * (`git show REV:path`, nothing checked out) and which files of the work tree differ from a commit.
 * Paths here are the repository's (relative to its top folder, `/`-separated). Failures are
 * values (undefined) or plain errors: the callers word them for their users.
 */


const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** Model files are small; a big ONNX with weights is still read whole by `git show`. */
const MAX_FILE_BYTES = 2 * 1024 * 1024 * 1024;
/** Name lists of a large monorepo (`git ls-files`, `git diff --name-status`). */
const MAX_LIST_BYTES = (/* unused pure expression or super */ null && (512 * 1024 * 1024));
/** The repository's top folder, or undefined outside a work tree; a missing git throws (code ENOENT). */
async function repositoryRoot(cwd) {
    try {
        return (await run('git', ['rev-parse', '--show-toplevel'], { cwd })).stdout.trim();
    }
    catch (err) {
        if (err.code === 'ENOENT')
            throw err;
        return undefined;
    }
}
/** The full commit id `rev` names in the repository, or undefined when it has no such commit (a shallow clone). */
async function commitOf(root, rev) {
    if (rev.startsWith('-'))
        return undefined;
    try {
        return (await run('git', ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { cwd: root })).stdout.trim() || undefined;
    }
    catch {
        return undefined;
    }
}
/** A file's bytes at the commit, or undefined when it does not exist there. */
async function showAt(root, commit, repoPath) {
    try {
        const { stdout } = await run('git', ['show', `${commit}:${repoPath}`], { cwd: root, encoding: 'buffer', maxBuffer: MAX_FILE_BYTES });
        return new Uint8Array(stdout);
    }
    catch {
        return undefined;
    }
}
/**
 * What the work tree changes against `commit`: `git diff -M` from the commit to the files on disk
 * (commits since, local edits, renames with their old name), and the tracked files. A file that is
 * tracked and not in `changed` has the commit's bytes.
 */
async function workTreeChanges(root, commit) {
    const options = { cwd: root, maxBuffer: MAX_LIST_BYTES };
    const [diff, files] = await Promise.all([
        // -z: names as they are; --no-ext-diff / --no-textconv: the user's diff drivers change nothing here.
        run('git', ['diff', '--name-status', '-z', '-M', '--no-ext-diff', '--no-textconv', commit, '--'], options),
        run('git', ['ls-files', '-z', '--cached'], options),
    ]);
    const changed = new Map();
    const fields = diff.stdout.split('\0');
    for (let i = 0; i < fields.length - 1;) {
        const status = fields[i++];
        if (status.startsWith('R') || status.startsWith('C')) {
            const from = fields[i++];
            const to = fields[i++];
            changed.set(to, status.startsWith('R') ? from : to);
        }
        else {
            changed.set(fields[i++], fields[i - 1]);
        }
    }
    return { changed, tracked: new Set(files.stdout.split('\0').filter((p) => p !== '')) };
}

// EXTERNAL MODULE: ./src/cli/args.ts + 1 modules
var args = __webpack_require__(63);
;// CONCATENATED MODULE: ./src/cli/git.ts
/**
 * `--base REV` in the CLI's words: the shared git questions (check/git.ts), with every failure
 * that is the user's to fix as a UsageError of one line.
 */



async function resolveRevision(cwd, rev) {
    let root;
    try {
        root = await repositoryRoot(cwd);
    }
    catch {
        throw new args/* UsageError */.eb('--base needs git, which is not on PATH');
    }
    if (root === undefined)
        throw new args/* UsageError */.eb(`--base ${rev}: ${cwd} is not inside a git repository`);
    if (rev.startsWith('-'))
        throw new args/* UsageError */.eb(`--base takes a git revision, got '${rev}'`);
    const commit = await commitOf(root, rev);
    if (commit === undefined)
        throw new args/* UsageError */.eb(`--base ${rev}: no such revision in this repository (a branch, tag or commit, e.g. main or HEAD~1)`);
    return { root, commit, name: rev };
}
/** A path relative to `cwd` as the repository's. */
function repoPathOf(revision, cwd, path) {
    return (0,external_node_path_.relative)(revision.root, (0,external_node_path_.resolve)(cwd, path)).split(external_node_path_.sep).join('/');
}
/** A file's bytes at the revision (path relative to `cwd`), or undefined when it does not exist there. */
function git_showAt(revision, cwd, path) {
    return showAt(revision.root, revision.commit, repoPathOf(revision, cwd, path));
}


/***/ })

};
