/**
 * Copies the report for the facilitator. navigator.clipboard is often missing or refused in
 * Office's webviews (no clipboard-write permission in the add-in's frame), so when it fails the
 * text goes into a read-only box on screen, is selected, and document.execCommand("copy") copies
 * the selection; if even that is refused, the text stays selected for Ctrl+C. The caller says
 * which of the three happened.
 */
import type { CopyWay } from "../check/messages";

/** The part of a <textarea> this needs (a plain object in unit tests). */
export type ReportBox = Pick<
  HTMLTextAreaElement,
  "value" | "hidden" | "focus" | "select" | "scrollTop"
>;

export interface CopyEnv {
  readonly writeText: ((text: string) => Promise<void>) | undefined;
  readonly execCopy: () => boolean;
  /** How long to wait for the clipboard before falling back (it can hang in a webview). */
  readonly waitMs?: number;
}

export function browserCopyEnv(): CopyEnv {
  const clipboard: Clipboard | undefined = navigator.clipboard;
  return {
    writeText:
      clipboard && typeof clipboard.writeText === "function"
        ? (text) => clipboard.writeText(text)
        : undefined,
    execCopy: () => document.execCommand("copy"),
  };
}

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    );
  });
}

export async function copyText(text: string, box: ReportBox, env: CopyEnv): Promise<CopyWay> {
  if (env.writeText !== undefined) {
    try {
      await within(env.writeText(text), env.waitMs ?? 1500);
      return "clipboard";
    } catch {
      // refused, missing permission or no answer: select the text on screen instead
    }
  }
  box.value = text;
  box.hidden = false;
  box.focus();
  box.select();
  box.scrollTop = 0; // the report's first lines in view; the selection stays whole
  let copied = false;
  try {
    copied = env.execCopy();
  } catch {
    copied = false;
  }
  return copied ? "selection" : "manual";
}
