/** Types for npm-invocation.mjs (plain JavaScript so that the .mjs scripts can use it too). */
export type Env = Readonly<Record<string, string | undefined>>;

export function userFolder(script: string, env?: Env, cwd?: string): string;

export function optionsNpmTook(script: string, names: readonly string[], env?: Env): string[];
