/**
 * npm run workbook -- [--out FILE] [--lang zh-CN|en-US] [--preset NAME] [--fleet N] [--scenario low|mid|high] [--force]
 * Writes the standalone planning workbook. `--help` lists the options (src/workbook/cli.ts).
 * The file is written beside its target first and renamed into place only once complete, so a
 * failure (a full disk) never leaves half a workbook and never costs the file that was there.
 */
import { closeSync, existsSync, openSync, statSync, unlinkSync, type Stats } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import {
  HELP,
  HELP_HINT,
  OPTION_NAMES,
  parseWorkbookArgs,
  USAGE,
  UsageError,
} from "../src/workbook/cli";
import { writeWorkbook } from "../src/workbook/generate";
import { commandSettings } from "../src/workbook/presetOption";
import { describeWriteError } from "./common/describe-write-error.mjs";
import {
  TargetExistsError,
  TargetIsFolderError,
  temporaryNameFor,
  writeFileAtomic,
} from "./common/atomic-file.mjs";
import { optionsNpmTook, userFolder } from "./common/npm-invocation.mjs";

const SCRIPT = "workbook";

/** What is at `path` now, if anything can be read there (errors are left to the write). */
function statOf(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** Refuses before spending time on the workbook; the atomic write checks again at the end. */
function refuseEarly(out: string, force: boolean): Error | undefined {
  const stat = statOf(out);
  if (stat?.isDirectory()) return new TargetIsFolderError(out);
  if (stat && !force) return new TargetExistsError(out);
  return undefined;
}

/** The folder the write creates the file (or its missing folders) in: the nearest that exists. */
function existingFolder(file: string): string {
  let f = dirname(file);
  while (!existsSync(f) && dirname(f) !== f) f = dirname(f);
  return f;
}

/**
 * Whether a file can be created where `out` goes, found out as the write will do it (an empty
 * file beside it, removed at once): the error, or undefined. Asked before the workbook is
 * generated, so that an unwritable --out is said at once, not after the half-minute it takes.
 */
function unwritable(out: string): { error: unknown; folder: string } | undefined {
  const folder = existingFolder(out);
  const probe = temporaryNameFor(join(folder, basename(out)), "probe");
  try {
    closeSync(openSync(probe, "wx"));
  } catch (error) {
    return { error, folder };
  }
  try {
    unlinkSync(probe);
  } catch {
    // it was made, so the folder is writable; a probe that can't be removed is not the user's file
  }
  return undefined;
}

/** The sentence for an --out whose folder can't be written, said before generating anything. */
function unwritableMessage(error: unknown, shownFile: string, shownFolder: string): string {
  const code = (error as { code?: string } | null)?.code;
  const why =
    code === "EACCES" || code === "EPERM"
      ? `no permission to write in the folder ${shownFolder}`
      : code === "EROFS"
        ? `the folder ${shownFolder} is on a read-only disk`
        : undefined;
  return why
    ? `${why}, so --out ${shownFile} can't be written; nothing was generated or written (choose a folder you can write to)`
    : describeWriteError(error, shownFile);
}

/** The first folder on the way to `file` that does not exist yet (the write creates it), if any. */
function missingFolder(file: string): string | undefined {
  let missing: string | undefined;
  for (let f = dirname(file); !existsSync(f) && dirname(f) !== f; f = dirname(f)) missing = f;
  return missing;
}

function example(folder: string, edition: string): string {
  return join(folder, `eco-planning-${edition}.xlsx`);
}

async function main(): Promise<number> {
  const here = userFolder(SCRIPT);
  let command;
  try {
    command = parseWorkbookArgs(process.argv.slice(2), {
      userFolder: here,
      packageFolder: resolve(__dirname, ".."),
      npmTook: optionsNpmTook(SCRIPT, OPTION_NAMES),
      isFolder: (path) => statOf(path)?.isDirectory() ?? false,
    });
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`workbook: ${e.message}\n${e.showUsage ? USAGE : HELP_HINT}\n`);
    return 2;
  }
  if (command === "help") {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const show = (path: string): string =>
    relative(here, path).startsWith("..") ? path : relative(here, path);
  const shown = show(command.out);
  const refusal = refuseEarly(command.out, command.force);
  if (refusal) {
    process.stderr.write(
      `workbook: ${describeWriteError(refusal, shown, { example: example(shown, command.edition) })}\n`
    );
    return 1;
  }
  const blocked = unwritable(command.out);
  if (blocked) {
    process.stderr.write(
      `workbook: ${unwritableMessage(blocked.error, shown, show(blocked.folder))}\n`
    );
    return 1;
  }
  const buffer = await writeWorkbook({ edition: command.edition, ...commandSettings(command) });
  const created = missingFolder(command.out);
  try {
    writeFileAtomic(command.out, buffer, { overwrite: command.force });
  } catch (e) {
    process.stderr.write(
      `workbook: ${describeWriteError(e, shown, { example: example(shown, command.edition) })}\n`
    );
    return 1;
  }
  if (created) process.stdout.write(`created the folder ${show(created)} (it did not exist)\n`);
  process.stdout.write(
    `wrote ${shown} (${command.edition}, ${command.preset ?? "default"} preset, fleet ${command.fleet}, ${command.scenario}, ${buffer.length} bytes)\n`
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`workbook: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
);
