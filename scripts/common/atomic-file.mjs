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

/** A name beside `path` that no other writer uses: ".<name>.<pid>.<random>.tmp". */
export function temporaryNameFor(path) {
  return join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`
  );
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

/** Writes `data` (a Buffer or string) to `path` through replaceAtomically, flushed to disk. */
export function writeFileAtomic(path, data, { overwrite = false, fs = nodeFs } = {}) {
  replaceAtomically(
    path,
    (temporary) => {
      const fd = fs.openSync(temporary, "wx", 0o666);
      try {
        const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
        let written = 0;
        while (written < bytes.length)
          written += fs.writeSync(fd, bytes, written, bytes.length - written);
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
    },
    { overwrite, fs }
  );
}
