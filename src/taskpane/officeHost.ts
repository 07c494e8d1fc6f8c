/**
 * Decides between the pane and the "outside Office" page. Inside Excel, Office.onReady reports the
 * Excel host. In a plain browser it reports no host (show the page at once); if office.js did not
 * load there is no Office at all (at once); if it loaded but never gets ready, after `waitMs`.
 * Excel arriving late still starts the pane.
 */
/** Why the pane is not starting: no Office host, office.js missing, or Office never answered. */
export type OutsideReason = "noHost" | "noOfficeJs" | "noAnswer";

export interface HostWatch<Info> {
  /** Office.onReady, or undefined when office.js is missing. */
  readonly onReady: (() => Promise<Info>) | undefined;
  readonly isExcel: (info: Info) => boolean;
  readonly waitMs: number;
  readonly inExcel: (info: Info) => void;
  readonly outside: (reason: OutsideReason) => void;
}

/** Long enough for Office to start on a slow machine, short enough not to look broken. */
export const OUTSIDE_OFFICE_WAIT_MS = 4000;

export function watchOfficeHost<Info>(watch: HostWatch<Info>): void {
  let started = false;
  let outsideShown = false;
  const showOutside = (reason: OutsideReason): void => {
    if (started || outsideShown) return;
    outsideShown = true;
    watch.outside(reason);
  };
  const { onReady } = watch;
  if (onReady === undefined) return showOutside("noOfficeJs");
  const timer = setTimeout(() => showOutside("noAnswer"), watch.waitMs);
  const ready = (info: Info): void => {
    clearTimeout(timer);
    if (!watch.isExcel(info)) return showOutside("noHost");
    started = true;
    watch.inExcel(info);
  };
  const failed = (): void => {
    clearTimeout(timer);
    showOutside("noAnswer");
  };
  try {
    onReady().then(ready, failed);
  } catch {
    failed();
  }
}
