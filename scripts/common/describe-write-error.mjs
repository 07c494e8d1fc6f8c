// One sentence for a failed write (atomic-file.mjs), instead of a raw EISDIR/ENOSPC.
// Every failure of an atomic write leaves the target as it was, and the sentence says so.

/**
 * @param {unknown} e the error replaceAtomically/writeFileAtomic threw
 * @param {string} shown the path as the user should read it
 * @param {{ force?: string, example?: string }} [how] the option that allows replacing, and a
 *   file name to suggest when the path is a folder
 */
export function describeWriteError(e, shown, how = {}) {
  const code = e && typeof e === "object" && "code" in e ? e.code : undefined;
  const force = how.force ?? "--force";
  switch (code) {
    case "EEXIST":
      return `${shown} already exists; pass ${force} to replace it`;
    case "EISDIR":
      return `${shown} is a folder; name a file in it${how.example ? `, e.g. ${how.example}` : ""}`;
    case "ENOSPC":
    case "EDQUOT":
      return `the disk is full; ${shown} was not written (any existing file is unchanged)`;
    case "EACCES":
    case "EPERM":
      return `no permission to write ${shown} (any existing file is unchanged)`;
    case "EROFS":
      return `${shown} is on a read-only disk; nothing was written`;
    case "ENOTDIR":
      return `a part of ${shown} is a file, not a folder; nothing was written`;
    case "ENAMETOOLONG":
      return `the name ${shown} is too long; nothing was written`;
    default:
      return `could not write ${shown} (${e instanceof Error ? e.message : String(e)}); any existing file is unchanged`;
  }
}
