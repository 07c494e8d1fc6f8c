/** Types for process-identity.mjs (plain JavaScript so that the .mjs scripts can use it too). */
export function processStart(pid: number): string | undefined;

export function pidRecord(pid: number): string | undefined;

export function readPidRecord(text: string): { pid: number; started?: string } | undefined;
