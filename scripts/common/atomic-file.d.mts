/** Types for atomic-file.mjs (plain JavaScript so that the .mjs scripts can use it too). */
import type * as nodeFs from "node:fs";

export type FileSystem = Pick<
  typeof nodeFs,
  | "statSync"
  | "mkdirSync"
  | "openSync"
  | "writeSync"
  | "fsyncSync"
  | "closeSync"
  | "chmodSync"
  | "renameSync"
  | "linkSync"
  | "rmSync"
>;

export interface AtomicOptions {
  /** Replace an existing file (default false: never). */
  readonly overwrite?: boolean;
  /** node:fs unless a test passes another. */
  readonly fs?: FileSystem;
}

export class TargetExistsError extends Error {
  readonly code: "EEXIST";
  readonly path: string;
  constructor(path: string);
}

export class TargetIsFolderError extends Error {
  readonly code: "EISDIR";
  readonly path: string;
  constructor(path: string);
}

/** The longest file name (one path component), in bytes. */
export const MAX_NAME_BYTES: number;

export function temporaryNameFor(path: string, suffix?: string): string;

export function replaceAtomically(
  path: string,
  produce: (temporaryPath: string) => void,
  options?: AtomicOptions
): void;

/** Writes `data` to the new file `path` (never an existing one), flushed to disk. */
export function writeNewFile(
  path: string,
  data: Uint8Array | string,
  options?: { readonly fs?: FileSystem }
): void;

export function writeFileAtomic(
  path: string,
  data: Uint8Array | string,
  options?: AtomicOptions
): void;

export interface TogetherEntry {
  readonly path: string;
  readonly produce: (temporaryPath: string) => void;
}

/** Replaces every entry's file, or none of them; the error carries `failedPath`. */
export function replaceTogether(entries: readonly TogetherEntry[], options?: AtomicOptions): void;
