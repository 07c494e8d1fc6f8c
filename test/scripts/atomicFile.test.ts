/**
 * scripts/common/atomic-file.mjs: a failed write leaves no partial file, never replaces a file it was
 * not allowed to, and never costs the file that was there. Failures are injected through a small
 * fake file-system layer over the real one (a temporary folder).
 */
import * as fs from "node:fs";
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  replaceAtomically,
  TargetExistsError,
  TargetIsFolderError,
  writeFileAtomic,
  type FileSystem,
} from "../../scripts/common/atomic-file.mjs";
import { describeWriteError } from "../../scripts/common/describe-write-error.mjs";

const folder = () => mkdtempSync(join(tmpdir(), "eco-atomic-"));
const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

/** The real file system, except that the first write stores half its bytes and then fails. */
function fullDisk(): FileSystem {
  return {
    ...fs,
    writeSync: ((fd: number, buffer: Uint8Array, offset: number, length: number) => {
      fs.writeSync(fd, buffer, offset, Math.floor(length / 2));
      throw errno("ENOSPC");
    }) as unknown as FileSystem["writeSync"],
  };
}

describe("writeFileAtomic", () => {
  const data = Buffer.alloc(64 * 1024, 7);

  it("writes the whole file and leaves nothing else beside it", () => {
    const dir = folder();
    writeFileAtomic(join(dir, "plan.xlsx"), data);
    expect(readFileSync(join(dir, "plan.xlsx")).equals(data)).toBe(true);
    expect(readdirSync(dir)).toEqual(["plan.xlsx"]);
  });

  it("creates missing parent folders", () => {
    const dir = folder();
    writeFileAtomic(join(dir, "a", "b", "plan.xlsx"), "x");
    expect(readFileSync(join(dir, "a", "b", "plan.xlsx"), "utf8")).toBe("x");
  });

  it("a disk full mid-write: no file, no temporary file, the error reaches the caller", () => {
    const dir = folder();
    expect(() => writeFileAtomic(join(dir, "plan.xlsx"), data, { fs: fullDisk() })).toThrow(
      /ENOSPC/
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it("a disk full mid-write with overwrite: the existing file is untouched", () => {
    const dir = folder();
    writeFileSync(join(dir, "plan.xlsx"), "mine");
    expect(() =>
      writeFileAtomic(join(dir, "plan.xlsx"), data, { overwrite: true, fs: fullDisk() })
    ).toThrow(/ENOSPC/);
    expect(readFileSync(join(dir, "plan.xlsx"), "utf8")).toBe("mine");
    expect(readdirSync(dir)).toEqual(["plan.xlsx"]);
  });

  it("a failing flush or rename also leaves the existing file and no temporary file", () => {
    for (const broken of [
      {
        ...fs,
        fsyncSync: () => {
          throw errno("EIO");
        },
      },
      {
        ...fs,
        renameSync: () => {
          throw errno("EXDEV");
        },
      },
    ] as FileSystem[]) {
      const dir = folder();
      writeFileSync(join(dir, "plan.xlsx"), "mine");
      expect(() =>
        writeFileAtomic(join(dir, "plan.xlsx"), data, { overwrite: true, fs: broken })
      ).toThrow();
      expect(readFileSync(join(dir, "plan.xlsx"), "utf8")).toBe("mine");
      expect(readdirSync(dir)).toEqual(["plan.xlsx"]);
    }
  });

  it("never replaces an existing file unless told to", () => {
    const dir = folder();
    writeFileSync(join(dir, "plan.xlsx"), "mine");
    expect(() => writeFileAtomic(join(dir, "plan.xlsx"), "new")).toThrow(TargetExistsError);
    expect(readFileSync(join(dir, "plan.xlsx"), "utf8")).toBe("mine");
    writeFileAtomic(join(dir, "plan.xlsx"), "new", { overwrite: true });
    expect(readFileSync(join(dir, "plan.xlsx"), "utf8")).toBe("new");
    expect(readdirSync(dir)).toEqual(["plan.xlsx"]);
  });

  it("a file that appears while writing is not replaced (the final step cannot overwrite)", () => {
    const dir = folder();
    const target = join(dir, "plan.xlsx");
    expect(() =>
      replaceAtomically(target, (tmp) => {
        writeFileSync(tmp, "new");
        writeFileSync(target, "someone else's");
      })
    ).toThrow(TargetExistsError);
    expect(readFileSync(target, "utf8")).toBe("someone else's");
    expect(readdirSync(dir)).toEqual(["plan.xlsx"]);
  });

  it("works on file systems without hard links (FAT USB sticks), still without overwriting", () => {
    const noLinks = {
      ...fs,
      linkSync: () => {
        throw errno("EPERM");
      },
    } as FileSystem;
    const dir = folder();
    writeFileAtomic(join(dir, "plan.xlsx"), "new", { fs: noLinks });
    expect(readFileSync(join(dir, "plan.xlsx"), "utf8")).toBe("new");
    expect(() => writeFileAtomic(join(dir, "plan.xlsx"), "newer", { fs: noLinks })).toThrow(
      TargetExistsError
    );
    expect(readdirSync(dir)).toEqual(["plan.xlsx"]);
  });

  it("a file where a folder of the path should be is ENOTDIR, not 'already exists'", () => {
    const dir = folder();
    writeFileSync(join(dir, "notes"), "a file");
    expect(() => writeFileAtomic(join(dir, "notes", "plan.xlsx"), "x")).toThrow(
      expect.objectContaining({ code: "ENOTDIR" })
    );
    expect(readFileSync(join(dir, "notes"), "utf8")).toBe("a file");
  });

  it("a folder as the target is refused as a folder", () => {
    const dir = folder();
    expect(() => writeFileAtomic(dir, "x", { overwrite: true })).toThrow(TargetIsFolderError);
  });

  it("replacing keeps the old file's permissions", () => {
    const dir = folder();
    writeFileSync(join(dir, "plan.xlsx"), "mine", { mode: 0o600 });
    fs.chmodSync(join(dir, "plan.xlsx"), 0o600);
    writeFileAtomic(join(dir, "plan.xlsx"), "new", { overwrite: true });
    expect(statSync(join(dir, "plan.xlsx")).mode & 0o777).toBe(0o600);
  });
});

describe("describeWriteError", () => {
  it.each([
    [new TargetExistsError("/p"), "plan.xlsx already exists; pass --force to replace it"],
    [new TargetIsFolderError("/p"), "plan.xlsx is a folder; name a file in it"],
    [
      errno("ENOSPC"),
      "the disk is full; plan.xlsx was not written (any existing file is unchanged)",
    ],
    [errno("EACCES"), "no permission to write plan.xlsx (any existing file is unchanged)"],
    [errno("EROFS"), "plan.xlsx is on a read-only disk; nothing was written"],
  ])("%s", (e, message) => {
    expect(describeWriteError(e, "plan.xlsx")).toBe(message);
  });
});
