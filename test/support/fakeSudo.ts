import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";

/**
 * An environment in which `sudo` is a script that records its calls (and fails, as sudo without a
 * password does), and HOME is an empty temporary folder, so that a test can see whether a command
 * tried to elevate or wrote certificates (office-addin-dev-certs writes ~/.office-addin-dev-certs).
 */
export interface SudoTrap {
  readonly env: NodeJS.ProcessEnv;
  readonly home: string;
  /** Every command line sudo was called with, one per call. */
  calls(): string[];
  /** Files under HOME/.office-addin-dev-certs (certificates and private keys), if any. */
  certificateFiles(): string[];
}

export function sudoTrap(base: NodeJS.ProcessEnv = process.env): SudoTrap {
  const root = mkdtempSync(join(tmpdir(), "eco-sudo-trap-"));
  const bin = join(root, "bin");
  const home = join(root, "home");
  const log = join(root, "sudo-calls.log");
  mkdirSync(bin);
  mkdirSync(home);
  writeFileSync(join(bin, "sudo"), `#!/bin/sh\necho "sudo $*" >> '${log}'\nexit 1\n`);
  chmodSync(join(bin, "sudo"), 0o755);
  const certs = join(home, ".office-addin-dev-certs");
  return {
    env: { ...base, PATH: `${bin}${delimiter}${base["PATH"] ?? ""}`, HOME: home },
    home,
    calls: () => (existsSync(log) ? readFileSync(log, "utf8").split("\n").filter(Boolean) : []),
    certificateFiles: () =>
      existsSync(certs) ? readdirSync(certs).map((f) => join(certs, f)) : [],
  };
}
