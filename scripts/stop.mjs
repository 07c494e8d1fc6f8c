// npm stop: stops the dev server npm start started and, on Windows/macOS, unregisters the sideload.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const pidFile = join(process.env.ECO_DEV_STATE_DIR || join(root, ".eco-dev"), "dev-server.pid");

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
  const pid = Number(readFileSync(pidFile, "utf8"));
  try {
    process.kill(-pid, "SIGTERM"); // the whole process group started by npm start
    console.log(`✔ Stopped the dev server (pid ${pid}).`);
  } catch {
    console.log(`The dev server (pid ${pid}) was no longer running.`);
  }
  rmSync(pidFile);
}
