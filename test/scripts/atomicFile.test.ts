/**
 * scripts/common/atomic-file.mjs: a failed write leaves no partial file, never replaces a file it was
 * not allowed to, and never costs the file that was there. Failures are injected through a small
 * fake file-system layer over the real one (a temporary folder).
 */
import * as fs from "node:fs";
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  MAX_NAME_BYTES,
  replaceAtomically,
  replaceTogether,
  temporaryNameFor,
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

describe("temporary names beside long targets", () => {
  it.each([
    ["240 bytes", `${"p".repeat(235)}.xlsx`],
    ["255 bytes", `${"p".repeat(250)}.xlsx`],
    ["255 bytes of Chinese", `${"规".repeat(83)}q.xlsx`],
  ])("a legal target name of %s is written (its temporary name fits beside it)", (_, name) => {
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    const dir = folder();
    writeFileAtomic(join(dir, name), "x");
    expect(readdirSync(dir)).toEqual([name]);
    const temporary = basename(temporaryNameFor(join(dir, name)));
    expect(Buffer.byteLength(temporary)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(temporary).not.toContain("\ufffd");
    expect(temporary).not.toBe(basename(temporaryNameFor(join(dir, name))));
  });
});

describe("replaceTogether: a pair of files is replaced together or not at all", () => {
  const pair = (
    dir: string,
    second: (temporary: string) => void = (t) => writeFileSync(t, "new b")
  ) => [
    { path: join(dir, "a.zip"), produce: (t: string) => writeFileSync(t, "new a") },
    { path: join(dir, "b.xml"), produce: second },
  ];
  const old = (dir: string) => {
    writeFileSync(join(dir, "a.zip"), "old a");
    writeFileSync(join(dir, "b.xml"), "old b");
  };
  const contents = (dir: string) =>
    Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), "utf8")]));

  it("replaces both when both can be written, leaving nothing else", () => {
    const dir = folder();
    old(dir);
    replaceTogether(pair(dir), { overwrite: true });
    expect(contents(dir)).toEqual({ "a.zip": "new a", "b.xml": "new b" });
  });

  it("the second file failing to be produced (disk full) leaves the old pair, and names that file", () => {
    const dir = folder();
    old(dir);
    let thrown: unknown;
    try {
      replaceTogether(
        pair(dir, () => {
          throw errno("ENOSPC");
        }),
        { overwrite: true }
      );
    } catch (e) {
      thrown = e;
    }
    expect((thrown as { code?: string }).code).toBe("ENOSPC");
    expect((thrown as { failedPath?: string }).failedPath).toBe(join(dir, "b.xml"));
    expect(contents(dir)).toEqual({ "a.zip": "old a", "b.xml": "old b" });
  });

  it("the second rename failing after the first one happened puts the first file back", () => {
    const dir = folder();
    old(dir);
    let renames = 0;
    const broken = {
      ...fs,
      renameSync: ((from: string, to: string) => {
        // aside a, place a, aside b, then placing b fails
        if (++renames === 4) throw errno("EIO");
        fs.renameSync(from, to);
      }) as FileSystem["renameSync"],
    } as FileSystem;
    expect(() => replaceTogether(pair(dir), { overwrite: true, fs: broken })).toThrow(/EIO/);
    expect(contents(dir)).toEqual({ "a.zip": "old a", "b.xml": "old b" });
  });

  it("without overwrite, a fresh pair whose second file fails leaves no first file behind", () => {
    const dir = folder();
    expect(() =>
      replaceTogether(
        pair(dir, () => {
          throw errno("ENOSPC");
        })
      )
    ).toThrow(/ENOSPC/);
    expect(readdirSync(dir)).toEqual([]);
    writeFileSync(join(dir, "b.xml"), "someone's");
    expect(() => replaceTogether(pair(dir))).toThrow(TargetExistsError);
    expect(contents(dir)).toEqual({ "b.xml": "someone's" });
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
