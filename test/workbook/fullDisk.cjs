// Preloaded with NODE_OPTIONS=--require: makes the disk look full for files under
// ECO_TEST_FULL_DIR. The first write to such a file stores half of its bytes and then fails with
// ENOSPC, as a real full disk does mid-write; writeFileSync fails the same way. Test-only.
const fs = require("fs");
const path = require("path");

const dir = process.env.ECO_TEST_FULL_DIR && path.resolve(process.env.ECO_TEST_FULL_DIR);
const inside = (p) => typeof p === "string" && dir && path.resolve(p).startsWith(dir + path.sep);
const full = () =>
  Object.assign(new Error("ENOSPC: no space left on device, write"), {
    code: "ENOSPC",
    errno: -28,
    syscall: "write",
  });

const watched = new Set();
const { openSync, closeSync, writeSync, writeFileSync } = fs;

fs.openSync = function (p, ...rest) {
  const fd = openSync.call(fs, p, ...rest);
  if (inside(p)) watched.add(fd);
  return fd;
};
fs.closeSync = function (fd) {
  watched.delete(fd);
  return closeSync.call(fs, fd);
};
fs.writeSync = function (fd, buffer, ...rest) {
  if (!watched.has(fd)) return writeSync.call(fs, fd, buffer, ...rest);
  const bytes = typeof buffer === "string" ? Buffer.from(buffer) : buffer;
  const offset = typeof rest[0] === "number" ? rest[0] : 0;
  const length = typeof rest[1] === "number" ? rest[1] : bytes.length - offset;
  writeSync.call(fs, fd, bytes, offset, Math.floor(length / 2));
  throw full();
};
fs.writeFileSync = function (p, data, ...rest) {
  if (!inside(p)) return writeFileSync.call(fs, p, data, ...rest);
  const bytes = typeof data === "string" ? Buffer.from(data) : data;
  const fd = openSync.call(fs, p, "w");
  try {
    writeSync.call(fs, fd, bytes, 0, Math.floor(bytes.length / 2));
  } finally {
    closeSync.call(fs, fd);
  }
  throw full();
};
