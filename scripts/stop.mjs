// npm stop: stops the dev server npm start started and, on Windows/macOS, unregisters the sideload.
// It stops a process only if it provably still is that dev server: npm start records the pid with
// the moment that process started (scripts/common/process-identity.mjs), and a pid whose process
// started at another moment (the pid was reused, e.g. after a reboot) is left alone, whatever it
// runs. A pid file without that record (from an older npm start) proves nothing: left alone too.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { processStart, readPidRecord } from "./common/process-identity.mjs";

const root = resolve(import.meta.dirname, "..");
const pidFile = join(process.env.ECO_DEV_STATE_DIR || join(root, ".eco-dev"), "dev-server.pid");

/** The command line of process `pid`, or undefined when it can't be read (for the message only). */
function commandLine(pid) {
  if (process.platform === "linux") {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim();
    } catch {
      return undefined;
    }
  }
  if (process.platform === "win32") return undefined;
  const ps = spawnSync("ps", ["-p", String(pid), "-o", "command="], { encoding: "utf8" });
  return ps.status === 0 ? ps.stdout.trim() : undefined;
}

/** Stops the dev server's process group; false when it is already gone. */
function stopGroup(pid) {
  try {
    process.kill(-pid, "SIGTERM"); // the whole process group started by npm start
    return true;
  } catch {
    return false;
  }
}

if (process.platform === "win32" || process.platform === "darwin") {
  spawnSync("npx", ["office-addin-debugging", "stop", "manifest.xml"], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
}
if (!existsSync(pidFile)) {
  console.log("No dev server started by npm start is recorded; nothing to stop.");
} else {
  const text = readFileSync(pidFile, "utf8").trim();
  const record = readPidRecord(text);
  const pid = record?.pid;
  const now = pid !== undefined && pid > 1 ? processStart(pid) : undefined;
  const runs = () => {
    const command = commandLine(pid);
    return command ? ` (it runs: ${command})` : "";
  };
  if (record === undefined) {
    console.log(
      `The pid file ${pidFile} is not one npm start writes (${JSON.stringify(text)}); nothing was stopped.`
    );
  } else if (now === undefined) {
    console.log(`The dev server (pid ${pid}) was no longer running.`);
  } else if (
    record.started === undefined &&
    commandLine(pid) &&
    !/webpack/.test(commandLine(pid))
  ) {
    console.log(`Process ${pid} is no longer the dev server${runs()}; left alone.`);
  } else if (record.started === undefined) {
    console.log(
      `Process ${pid} can't be proved to be the dev server${runs()}: its pid file, from an older npm start, does not record when the server started; left alone. If it is the dev server, stop it yourself (kill -TERM -${pid}).`
    );
  } else if (now !== record.started) {
    console.log(
      `Process ${pid} is no longer the dev server${runs()}: it started after the dev server, which has ended (the pid was reused); left alone.`
    );
  } else if (stopGroup(pid)) {
    console.log(`✔ Stopped the dev server (pid ${pid}).`);
  } else {
    console.log(`The dev server (pid ${pid}) was no longer running.`);
  }
  rmSync(pidFile);
}
