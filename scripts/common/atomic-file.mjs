// Writing a file so that a failure never leaves half a file behind and never costs the user the
// file that was there: the bytes go to a temporary file beside the target (same folder, hence the
// same file system, so the final step is one atomic rename), are flushed to disk, and only then
// take the target's name. On any failure the temporary file is removed and the target is as it was.
// Used by `npm run workbook`, `npm run package` and the template build.
import nodeFs from "node:fs";
import { randomBytes } from "node:crypto";
import { basename, dirname, join } from "node:path";

/** A file is already at the target and overwriting was not allowed. */
export class TargetExistsError extends Error {
  constructor(path) {
    super(`${path} already exists`);
    this.name = "TargetExistsError";
    this.code = "EEXIST";
    this.path = path;
  }
}

/** The target names a folder, not a file. */
export class TargetIsFolderError extends Error {
  constructor(path) {
    super(`${path} is a folder, not a file`);
    this.name = "TargetIsFolderError";
    this.code = "EISDIR";
    this.path = path;
  }
}

function existing(fs, path) {
  try {
    return fs.statSync(path);
  } catch (e) {
    if (e && (e.code === "ENOENT" || e.code === "ENOTDIR")) return undefined;
    throw e;
  }
}

/** Creates `folder` and its parents; a file in the way is ENOTDIR (mkdir says EEXIST). */
function makeFolder(fs, folder) {
  try {
    fs.mkdirSync(folder, { recursive: true });
  } catch (e) {
    if (e && (e.code === "EEXIST" || e.code === "ENOTDIR"))
      throw Object.assign(new Error(`a part of ${folder} is a file, not a folder`), {
        code: "ENOTDIR",
        path: folder,
      });
    throw e;
  }
}

/** The longest file name (one path component) Linux, macOS and Windows file systems take, in bytes. */
export const MAX_NAME_BYTES = 255;

/** The longest start of `text` that is at most `bytes` bytes of UTF-8 (never half a character). */
function utf8Prefix(text, bytes) {
  let out = "";
  let used = 0;
  for (const ch of text) {
    const size = Buffer.byteLength(ch, "utf8");
    if (used + size > bytes) break;
    out += ch;
    used += size;
  }
  return out;
}

/**
 * A name beside `path` that no other writer uses: ".<name>.<pid>.<random>.<suffix>". A long
 * <name> is shortened so that the whole name stays within MAX_NAME_BYTES: any name the target may
 * have, the temporary file beside it may have too.
 */
export function temporaryNameFor(path, suffix = "tmp") {
  const tail = `.${process.pid}.${randomBytes(4).toString("hex")}.${suffix}`;
  const room = MAX_NAME_BYTES - 1 - Buffer.byteLength(tail, "utf8");
  return join(dirname(path), `.${utf8Prefix(basename(path), room)}${tail}`);
}

/**
 * Gives `path` the content that `produce(temporaryPath)` writes to a fresh temporary file beside
 * it. `overwrite` false (the default) never replaces an existing file, even one that appears while
 * producing (TargetExistsError); true replaces it in one step, keeping its permissions.
 * Creates missing parent folders. `fs` is node:fs unless a test passes another.
 */
export function replaceAtomically(path, produce, { overwrite = false, fs = nodeFs } = {}) {
  const before = existing(fs, path);
  if (before?.isDirectory()) throw new TargetIsFolderError(path);
  if (before && !overwrite) throw new TargetExistsError(path);
  makeFolder(fs, dirname(path));
  const temporary = temporaryNameFor(path);
  try {
    produce(temporary);
    if (before) fs.chmodSync(temporary, before.mode & 0o7777);
    if (overwrite) {
      const now = existing(fs, path);
      if (now?.isDirectory()) throw new TargetIsFolderError(path);
      fs.renameSync(temporary, path);
    } else {
      placeWithoutOverwriting(fs, temporary, path);
    }
  } catch (e) {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // the temporary file could not be removed either; the first error is the one to report
    }
    throw e;
  }
}

/**
 * A hard link fails when the name is taken, which makes "create, but never replace" one atomic
 * step. File systems without hard links (FAT/exFAT USB sticks) get a check and a rename instead.
 */
function placeWithoutOverwriting(fs, temporary, path) {
  try {
    fs.linkSync(temporary, path);
  } catch (e) {
    if (e && e.code === "EEXIST") throw new TargetExistsError(path);
    if (existing(fs, path)) throw new TargetExistsError(path);
    fs.renameSync(temporary, path);
    return;
  }
  fs.rmSync(temporary, { force: true });
}

/** Writes `data` (a Buffer or string) to the new file `path`, flushed to disk. */
export function writeNewFile(path, data, { fs = nodeFs } = {}) {
  const fd = fs.openSync(path, "wx", 0o666);
  try {
    const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    let written = 0;
    while (written < bytes.length)
      written += fs.writeSync(fd, bytes, written, bytes.length - written);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Writes `data` (a Buffer or string) to `path` through replaceAtomically, flushed to disk. */
export function writeFileAtomic(path, data, { overwrite = false, fs = nodeFs } = {}) {
  replaceAtomically(path, (temporary) => writeNewFile(temporary, data, { fs }), { overwrite, fs });
}

/**
 * Gives several files their new contents together or not at all (a release's zip and the manifest
 * that points at it): every file is first produced complete beside its target, and only then are
 * the targets replaced, one rename each, the old files kept aside until every rename has happened.
 * If producing or placing any file fails, every target is as it was: the new files that were
 * already placed are removed and the old ones put back. The error thrown is the first one, with
 * `failedPath` naming the file it was about.
 * `entries` are `{ path, produce(temporaryPath) }`; `overwrite` as in replaceAtomically.
 */
export function replaceTogether(entries, { overwrite = false, fs = nodeFs } = {}) {
  const about = (path, e) => {
    if (e && typeof e === "object" && !("failedPath" in e)) e.failedPath = path;
    return e;
  };
  const befores = entries.map(({ path }) => {
    const before = existing(fs, path);
    if (before?.isDirectory()) throw about(path, new TargetIsFolderError(path));
    if (before && !overwrite) throw about(path, new TargetExistsError(path));
    return before;
  });
  const temporaries = [];
  const removeTemporaries = () => {
    for (const t of temporaries) {
      try {
        fs.rmSync(t, { force: true });
      } catch {
        // could not be removed either; the first error is the one to report
      }
    }
  };
  for (const [i, { path, produce }] of entries.entries()) {
    try {
      makeFolder(fs, dirname(path));
      const temporary = temporaryNameFor(path);
      temporaries.push(temporary);
      produce(temporary);
      if (befores[i]) fs.chmodSync(temporary, befores[i].mode & 0o7777);
    } catch (e) {
      removeTemporaries();
      throw about(path, e);
    }
  }
  /** What has been done to each target so far, to undo it in reverse. */
  const done = [];
  try {
    for (const [i, { path }] of entries.entries()) {
      const now = existing(fs, path);
      if (now?.isDirectory()) throw about(path, new TargetIsFolderError(path));
      if (now && !overwrite) throw about(path, new TargetExistsError(path));
      let aside;
      if (now) {
        aside = temporaryNameFor(path, "old");
        fs.renameSync(path, aside);
        done.push({ path, aside, placed: false });
      }
      try {
        if (overwrite) fs.renameSync(temporaries[i], path);
        else placeWithoutOverwriting(fs, temporaries[i], path);
      } catch (e) {
        throw about(path, e);
      }
      if (aside) done[done.length - 1].placed = true;
      else done.push({ path, aside: undefined, placed: true });
    }
  } catch (e) {
    for (const step of done.reverse()) {
      try {
        if (step.placed) fs.rmSync(step.path, { force: true });
        if (step.aside) fs.renameSync(step.aside, step.path);
      } catch {
        // nothing more can be done here; the error below names what failed first
      }
    }
    removeTemporaries();
    throw e;
  }
  for (const step of done) {
    if (!step.aside) continue;
    try {
      fs.rmSync(step.aside, { force: true });
    } catch {
      // the new files are in place; an old copy left beside them is harmless
    }
  }
  removeTemporaries();
}
