/** The choice between the pane and the "outside Office" page, with a fake clock. */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { OUTSIDE_OFFICE_WAIT_MS, watchOfficeHost } from "../../src/taskpane/officeHost";

type Info = { host: string | null };

function watch(onReady: (() => Promise<Info>) | undefined) {
  const seen: string[] = [];
  watchOfficeHost<Info>({
    onReady,
    isExcel: (info) => info.host === "Excel",
    waitMs: OUTSIDE_OFFICE_WAIT_MS,
    inExcel: () => seen.push("excel"),
    outside: (reason) => seen.push(`outside:${reason}`),
  });
  return seen;
}

function later(): { promise: Promise<Info>; resolve: (i: Info) => void; reject: () => void } {
  let resolve: (i: Info) => void = () => undefined;
  let reject: () => void = () => undefined;
  const promise = new Promise<Info>((res, rej) => {
    resolve = res;
    reject = () => rej(new Error("no"));
  });
  return { promise, resolve, reject };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("watchOfficeHost", () => {
  it("shows the outside page at once when office.js is missing", () => {
    expect(watch(undefined)).toEqual(["outside:noOfficeJs"]);
  });

  it("starts the pane in Excel and never shows the outside page", async () => {
    const seen = watch(() => Promise.resolve({ host: "Excel" }));
    await vi.advanceTimersByTimeAsync(OUTSIDE_OFFICE_WAIT_MS * 2);
    expect(seen).toEqual(["excel"]);
  });

  it("shows the outside page as soon as Office reports another host or none, once", async () => {
    for (const host of [null, "Word"]) {
      const seen = watch(() => Promise.resolve({ host }));
      await vi.advanceTimersByTimeAsync(0);
      expect(seen).toEqual(["outside:noHost"]);
      await vi.advanceTimersByTimeAsync(OUTSIDE_OFFICE_WAIT_MS * 2);
      expect(seen).toEqual(["outside:noHost"]);
    }
  });

  it("waits OUTSIDE_OFFICE_WAIT_MS when Office never gets ready, then still lets Excel take over", async () => {
    const ready = later();
    const seen = watch(() => ready.promise);
    await vi.advanceTimersByTimeAsync(OUTSIDE_OFFICE_WAIT_MS - 1);
    expect(seen).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(seen).toEqual(["outside:noAnswer"]);
    ready.resolve({ host: "Excel" });
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toEqual(["outside:noAnswer", "excel"]);
  });

  it("shows the outside page when onReady fails or throws", async () => {
    const failing = later();
    const seen = watch(() => failing.promise);
    failing.reject();
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toEqual(["outside:noAnswer"]);
    expect(
      watch(() => {
        throw new Error("Office is half loaded");
      })
    ).toEqual(["outside:noAnswer"]);
  });
});
