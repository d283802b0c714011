/**
 * "A newer version is ready": shown when a new build of the site was
 * published while this tab runs the old one. The tab keeps working on the old
 * build's cached code and data until the reader reloads here (or reloads the
 * tab), so nothing mixes old code with new data.
 */
import { useEffect, useState } from "react";
import { applyUpdate, watchForUpdate, type WorkerLike } from "../lib/update-watch.ts";

export function UpdateNotice() {
  const [waiting, setWaiting] = useState<WorkerLike | null>(null);
  const [reloading, setReloading] = useState(false);
  useEffect(() => watchForUpdate(typeof navigator !== "undefined" ? navigator.serviceWorker : undefined, setWaiting), []);
  if (!waiting) return null;
  return (
    <div
      role="status"
      data-testid="update-notice"
      className="fixed inset-x-0 bottom-4 z-50 mx-auto flex w-fit max-w-[calc(100%-2rem)] flex-wrap items-center gap-3 rounded-lg border border-sky-300 bg-sky-50 px-4 py-3 text-sm shadow-lg dark:border-sky-700 dark:bg-sky-950"
    >
      <span>A newer version of this site is ready.</span>
      <button
        type="button"
        className="btn"
        disabled={reloading}
        onClick={() => {
          setReloading(true);
          applyUpdate(waiting);
        }}
      >
        {reloading ? "Reloading…" : "Reload to update"}
      </button>
    </div>
  );
}
