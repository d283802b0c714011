/** Shared steps for the browser tests that import files. */
import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import { openApp } from "./app.ts";

export const FIXTURES = new URL("./fixtures/", import.meta.url);

export function fixture(name: string): { name: string; mimeType: string; buffer: Buffer } {
  return { name, mimeType: "text/plain", buffer: readFileSync(new URL(name, FIXTURES)) };
}

/** Picks files through the import page's file input (what the "Choose .txt files…" button opens). */
export async function importThroughPicker(page: Page, files: ReturnType<typeof fixture>[]): Promise<void> {
  await openApp(page, "/import");
  await expect(page.getByRole("heading", { name: "Import bulletins", level: 1 })).toBeVisible();
  await page.getByTestId("import-input").setInputFiles(files);
  await expect(page.getByTestId("import-summary")).toContainText(`${files.length} of ${files.length} files`, { timeout: 60_000 });
}

export function resultFor(page: Page, fileName: string) {
  return page.getByTestId("import-results").locator("li").filter({ hasText: fileName }).first();
}
