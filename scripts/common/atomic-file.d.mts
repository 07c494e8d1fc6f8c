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

export function temporaryNameFor(path: string): string;

export function replaceAtomically(
  path: string,
  produce: (temporaryPath: string) => void,
  options?: AtomicOptions
): void;

export function writeFileAtomic(
  path: string,
  data: Uint8Array | string,
  options?: AtomicOptions
): void;
