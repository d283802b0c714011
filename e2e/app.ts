import type { APIRequestContext, Page } from "@playwright/test";
import type { Archive, ArchiveHead } from "../src/site-generator/archive-index.ts";

/**
 * Opens a page and waits until the app has taken it over (hydrated the
 * prerendered HTML): before that the page reads fine, but its buttons, the
 * search box and the keyboard shortcuts do nothing yet.
 */
export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator("html[data-app=ready]").waitFor({ state: "attached", timeout: 20_000 });
}

/** Reloads the page and waits, as `openApp` does, until the app has taken it over again. */
export async function reloadApp(page: Page): Promise<void> {
  await page.reload();
  await page.locator("html[data-app=ready]").waitFor({ state: "attached", timeout: 20_000 });
}

/**
 * Holds back the app's code on every page this `page` opens, until `release()`:
 * the page shows its prerendered HTML and public/app-start.js runs, but the
 * app's entry script is not added to the page. Unlike page.route(), which turns
 * the HTTP cache off, this leaves the cache as it is, so a second visit in the
 * same context starts the app from a warm cache the moment it is released, as a
 * returning reader's does.
 */
export async function holdAppStart(page: Page): Promise<{ release: () => Promise<void> }> {
  await page.addInitScript(() => {
    const held: Array<() => void> = [];
    let released = false;
    const append = Node.prototype.appendChild;
    Node.prototype.appendChild = function <T extends Node>(this: Node, node: T): T {
      if (!released && node instanceof HTMLScriptElement && node.type === "module") {
        held.push(() => append.call(this, node));
        return node;
      }
      return append.call(this, node) as T;
    };
    (window as unknown as { releaseApp: () => void }).releaseApp = () => {
      released = true;
      for (const add of held.splice(0)) add();
    };
  });
  return { release: () => page.evaluate(() => (window as unknown as { releaseApp: () => void }).releaseApp()) };
}

/** Waits until the app has taken the page over (html[data-app=ready]). */
export async function appReady(page: Page): Promise<void> {
  await page.locator("html[data-app=ready]").waitFor({ state: "attached", timeout: 20_000 });
}

/**
 * A first visit (nothing cached) or a repeat one (the page was opened, and its
 * app started, once before in the same context: the app's code comes from the
 * cache). `holdAppStart` must be in place.
 */
export type Visit = "first" | "repeat";
export async function visit(page: Page, url: string, kind: Visit, release: () => Promise<void>): Promise<void> {
  if (kind === "repeat") {
    await page.goto(url);
    await release();
    await appReady(page);
  }
  await page.goto(url);
}

/** The built archive's whole index, from its head and the pieces the head lists (src/site-generator/archive-index.ts). */
export async function archiveIndex(request: APIRequestContext): Promise<Archive> {
  const head = (await (await request.get("/data/archive-head.json")).json()) as ArchiveHead;
  const pieces = await Promise.all(head.pieces.map(async (p) => (await (await request.get(`/${p.file}`)).json()) as Archive));
  return { archiveVersion: head.archiveVersion, bulletins: pieces.flatMap((p) => p.bulletins) };
}
