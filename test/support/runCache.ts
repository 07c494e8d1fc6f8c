/**
 * Work that several test files need alike (a generated workbook, a production build), done once
 * per test run and shared. test/setup/runCache.ts gives the run a fresh folder; the first file
 * that asks for an entry produces it there (under a lock: the other workers wait for it), every
 * later one reads it. Each caller gets its own copy (a fresh Buffer, a fresh folder), so one
 * test's changes never reach another. Without the run's folder (another vitest config), an entry
 * is produced once per test file.
 */
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    /** The folder test/setup/runCache.ts made for this run. */
    ecoRunCache: string;
  }
}

/** How long a worker waits for another one's entry before producing it itself. */
const WAIT_MS = 20 * 60_000;

function runFolder(): string | undefined {
  try {
    const dir = inject("ecoRunCache");
    return typeof dir === "string" && existsSync(dir) ? dir : undefined;
  } catch {
    return undefined;
  }
}

/** A file name for a key of any text. */
export function cacheKey(kind: string, what: unknown): string {
  const text = JSON.stringify(what, (_, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v
  );
  return `${kind}-${createHash("sha1").update(text).digest("hex").slice(0, 16)}`;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Whether the process that took a lock has gone without releasing it. */
function abandoned(lock: string): boolean {
  try {
    const pid = Number(readFileSync(join(lock, "pid"), "utf8"));
    if (!Number.isInteger(pid) || pid <= 0) return false;
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/** One try: "mine" (the caller took the lock), "done" (the entry exists) or "wait". */
function tryLock(path: string): "mine" | "done" | "wait" {
  if (existsSync(path)) return "done";
  const lock = `${path}.lock`;
  try {
    mkdirSync(lock);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    if (abandoned(lock)) rmSync(lock, { recursive: true, force: true });
    return "wait";
  }
  writeFileSync(join(lock, "pid"), String(process.pid));
  if (!existsSync(path)) return "mine";
  rmSync(lock, { recursive: true, force: true });
  return "done";
}

/**
 * Takes the entry's lock, or waits until the entry exists. Returns true if the caller holds the
 * lock (and must produce the entry), false once the entry exists.
 */
function lockOrWait(path: string): boolean {
  const until = Date.now() + WAIT_MS;
  for (;;) {
    const state = tryLock(path);
    if (state !== "wait") return state === "mine";
    if (Date.now() > until) return true;
    sleep(250);
  }
}

/** The same, waiting asynchronously (the worker's other work goes on). */
async function lockOrWaitAsync(path: string): Promise<boolean> {
  const until = Date.now() + WAIT_MS;
  for (;;) {
    const state = tryLock(path);
    if (state !== "wait") return state === "mine";
    if (Date.now() > until) return true;
    await new Promise((done) => setTimeout(done, 250));
  }
}

const files = new Map<string, Promise<Buffer>>();

/** The bytes `produce` gives, produced once per run under `key`; a fresh Buffer for each call. */
export async function sharedBytes(key: string, produce: () => Promise<Buffer>): Promise<Buffer> {
  let entry = files.get(key);
  if (!entry) {
    entry = bytesOf(key, produce);
    files.set(key, entry);
    entry.catch(() => files.delete(key));
  }
  return Buffer.from(await entry);
}

async function bytesOf(key: string, produce: () => Promise<Buffer>): Promise<Buffer> {
  const dir = runFolder();
  if (dir === undefined) return produce();
  const path = join(dir, key);
  if (!(await lockOrWaitAsync(path))) return readFileSync(path);
  try {
    const bytes = await produce();
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
    return bytes;
  } finally {
    rmSync(`${path}.lock`, { recursive: true, force: true });
  }
}

const folders = new Map<string, string>();

/**
 * A fresh copy (in a new temporary folder, the caller's to keep or remove) of the folder that
 * `produce(dir)` fills, produced once per run under `key`.
 */
export function sharedFolder(key: string, produce: (dir: string) => void): string {
  const copy = mkdtempSync(join(tmpdir(), `eco-${key.slice(0, 24)}-`));
  const dir = runFolder();
  const known = folders.get(key);
  if (known !== undefined && existsSync(known)) {
    cpSync(known, copy, { recursive: true });
    return copy;
  }
  if (dir === undefined) {
    const own = mkdtempSync(join(tmpdir(), "eco-shared-"));
    produce(own);
    folders.set(key, own);
    cpSync(own, copy, { recursive: true });
    return copy;
  }
  const path = join(dir, key);
  if (lockOrWait(path)) {
    try {
      const temporary = `${path}.${process.pid}.tmp`;
      rmSync(temporary, { recursive: true, force: true });
      mkdirSync(temporary);
      produce(temporary);
      if (existsSync(path)) rmSync(temporary, { recursive: true, force: true });
      else renameSync(temporary, path);
    } finally {
      rmSync(`${path}.lock`, { recursive: true, force: true });
    }
  }
  folders.set(key, path);
  cpSync(path, copy, { recursive: true });
  return copy;
}
