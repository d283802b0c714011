/** Waits until `check` holds, looking every 50 ms; fails after `ms` (what a file system's watch takes to report is not known ahead). */
export async function waitFor(check: () => boolean, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
}
