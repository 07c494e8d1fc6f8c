// npm stop: stops the dev server npm start started and, on Windows/macOS, unregisters the sideload.
// It stops a process only if it still is that dev server: a pid left from before a reboot may now
// belong to another program.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const pidFile = join(process.env.ECO_DEV_STATE_DIR || join(root, ".eco-dev"), "dev-server.pid");

/** The command line of process `pid`, or undefined when it is not running (or can't be read). */
function commandLine(pid) {
  if (process.platform === "linux") {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ");
    } catch {
      return undefined;
    }
  }
  if (process.platform === "win32") return ""; // no cheap way; trust the pid file
  const ps = spawnSync("ps", ["-p", String(pid), "-o", "command="], { encoding: "utf8" });
  return ps.status === 0 ? ps.stdout : undefined;
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
  const pid = /^\d+$/.test(text) ? Number(text) : NaN;
  const command = Number.isInteger(pid) && pid > 1 ? commandLine(pid) : undefined;
  if (command === undefined) {
    console.log(`The dev server (pid ${text}) was no longer running.`);
  } else if (command !== "" && !/webpack/.test(command)) {
    console.log(
      `Process ${pid} is no longer the dev server (it runs: ${command.trim()}); left alone.`
    );
  } else {
    try {
      process.kill(-pid, "SIGTERM"); // the whole process group started by npm start
      console.log(`✔ Stopped the dev server (pid ${pid}).`);
    } catch {
      console.log(`The dev server (pid ${pid}) was no longer running.`);
    }
  }
  rmSync(pidFile);
}
