import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createContext, runInContext } from "node:vm";
import {
  DIST,
  ERROR_CODE,
  excelArgs,
  readMetadata,
  StubError,
  type FunctionMetadata,
  type Registered,
} from "../bundle/sandbox";

/**
 * Loads the built dist/functions.js like test/bundle/sandbox.ts's loadBundle, optionally with an
 * Office stub whose display language is `displayLanguage`, so that the bundle's own
 * Office.onReady → setLanguage wiring picks the language of its messages.
 */
export function loadBundleIn(displayLanguage?: string): Registered {
  const registered: Registered = new Map();
  const CustomFunctions = {
    associate: (id: string, fn: (...args: unknown[]) => unknown) => registered.set(id, fn),
    Error: StubError,
    ErrorCode: ERROR_CODE,
  };
  const globals: Record<string, unknown> = { CustomFunctions, console };
  if (displayLanguage) {
    globals["Office"] = {
      onReady: (callback: () => void) => {
        callback();
        return Promise.resolve({ host: "Excel", platform: "PC" });
      },
      context: { displayLanguage },
    };
  }
  runInContext(readFileSync(join(DIST, "functions.js"), "utf8"), createContext(globals), {
    filename: "functions.js",
  });
  return registered;
}

export interface Bundle {
  /** Calls a registered function as Excel does (args shaped per functions.json); a throw is returned. */
  call(id: string, args: readonly unknown[]): unknown;
}

export function bundle(displayLanguage?: string): Bundle {
  const registered = loadBundleIn(displayLanguage);
  const meta = new Map<string, FunctionMetadata>(readMetadata().functions.map((f) => [f.id, f]));
  return {
    call(id, args) {
      const fn = registered.get(id);
      const m = meta.get(id);
      if (!fn || !m) throw new Error(`${id} is not registered with metadata`);
      try {
        return fn(...excelArgs(m, args));
      } catch (e) {
        return e;
      }
    },
  };
}
