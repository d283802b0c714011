import type { Page } from "@playwright/test";

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
