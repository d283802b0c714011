import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { openApp } from "./app.ts";

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

// axe on a long article takes a while on a busy machine.
test.describe.configure({ timeout: 120_000 });

for (const scheme of ["light", "dark"] as const) {
  test(`axe finds no serious or critical violation (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openApp(page, "/");
    await expect(page.getByRole("heading", { level: 1, name: "Archive" })).toBeVisible();
    expect(await seriousViolations(page), "archive").toEqual([]);

    const href = await page.getByRole("main").getByRole("heading", { level: 3 }).first().getByRole("link").getAttribute("href");
    await openApp(page, href!);
    await expect(page.getByRole("complementary", { name: "Statistics" })).toBeVisible();
    expect(await seriousViolations(page), "article").toEqual([]);

    await openApp(page, "/no/such/page");
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    expect(await seriousViolations(page), "not found").toEqual([]);
  });
}
