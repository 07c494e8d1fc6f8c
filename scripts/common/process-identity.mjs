// Which process a pid is, beyond its number: a pid is reused once its process ends (and every one
// is after a reboot), so npm start records the dev server's pid with its start, and npm stop
// signals that pid only while the process there started at that same moment.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

/**
 * A text that names the process `pid` for as long as it runs, and no process after it; undefined
 * when no such process runs (or the system can't say).
 * Linux: the boot's id and the start in clock ticks since boot (/proc/PID/stat, field 22);
 * Windows: the process's creation time (PowerShell); elsewhere: ps's start time (lstart).
 * @param {number} pid
 * @returns {string | undefined}
 */
export function processStart(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  if (process.platform === "linux") {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      // the command name (field 2) is in parentheses and may hold spaces: count after its end
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ticks = fields[22 - 3];
      const boot = readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
      return ticks ? `linux:${boot}:${ticks}` : undefined;
    } catch {
      return undefined;
    }
  }
  if (process.platform === "win32") {
    const ps = spawnSync(
      "powershell",
      [
        "-NoProfile",
        "-Command",
        `(Get-Process -Id ${pid} -ErrorAction Stop).StartTime.ToUniversalTime().ToString('o')`,
      ],
      { encoding: "utf8" }
    );
    const text = ps.status === 0 ? ps.stdout.trim() : "";
    return text ? `win32:${text}` : undefined;
  }
  const ps = spawnSync("ps", ["-p", String(pid), "-o", "lstart="], {
    encoding: "utf8",
    env: { ...process.env, LC_ALL: "C", TZ: "UTC" },
  });
  const text = ps.status === 0 ? ps.stdout.trim() : "";
  return text ? `${process.platform}:${text}` : undefined;
}

/**
 * The pid file's text for process `pid` (JSON: the pid and its start), or undefined when the
 * process's start can't be read (it already ended).
 * @param {number} pid
 */
export function pidRecord(pid) {
  const started = processStart(pid);
  return started === undefined ? undefined : `${JSON.stringify({ pid, started })}\n`;
}

/**
 * What a pid file says: `{ pid, started }` as pidRecord wrote it, `{ pid }` for the bare number
 * an older npm start wrote, or undefined for anything else.
 * @param {string} text
 * @returns {{ pid: number, started?: string } | undefined}
 */
export function readPidRecord(text) {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return { pid: Number(trimmed) };
  try {
    const value = JSON.parse(trimmed);
    if (
      value &&
      Number.isInteger(value.pid) &&
      value.pid > 0 &&
      typeof value.started === "string" &&
      value.started !== ""
    )
      return { pid: value.pid, started: value.started };
  } catch {
    // not a record
  }
  return undefined;
}
