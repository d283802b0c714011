import { expect, test, type Page } from "@playwright/test";
import { fixture, importThroughPicker, resultFor } from "./import-helpers.ts";
import { openApp } from "./app.ts";

test.use({ serviceWorkers: "block" });

/** Everything that would show a script ran or reached out: dialogs, foreign requests, CSP violations. */
function watch(page: Page) {
  const dialogs: string[] = [];
  const foreign: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol === "data:" || url.protocol === "blob:") return;
    if (url.hostname !== "localhost" && url.hostname !== "127.0.0.1") foreign.push(request.url());
  });
  return { dialogs, foreign };
}

test.beforeEach(async ({ page }) => {
  // Runs before the page's own scripts (and outside its CSP): records any policy violation the app causes.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});

const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

test("a bulletin laced with markup and script stays inert text", async ({ page }) => {
  test.setTimeout(90_000);
  const seen = watch(page);
  await importThroughPicker(page, [fixture("hostile.txt")]);
  await expect(resultFor(page, "hostile.txt")).toHaveAttribute("data-status", "added");

  // The article page: headline, summary, byline, paragraphs and quotes all carry markup.
  await openApp(page, "/bulletins/rca-777");
  const article = page.getByRole("link", { name: /Markup <script>alert\(1\)<\/Script> in the Headline/i }).first();
  await expect(article).toBeVisible();
  await article.click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("<script>alert(1)</Script>");
  await expect(page.getByText("The first paragraph holds <script>alert(1)</script> as plain words", { exact: false }).first()).toBeVisible();
  await expect(page.getByText("{{constructor.constructor('alert(1)')()}}", { exact: false }).first()).toBeVisible();
  await expect(page.getByText('"><svg onload=alert(1)>', { exact: false }).first()).toBeVisible();
  // None of it became an element.
  await expect(page.locator("main script, main img[src='x'], main svg[onload], main iframe, main b[onmouseover], [onerror], [onload]")).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);

  // The bulletin page: boilerplate links are http(s) only, opened safely; javascript: stays text.
  await openApp(page, "/bulletins/rca-777");
  await page.getByText("About this bulletin", { exact: false }).click();
  const safe = page.getByRole("link", { name: "https://example.org/safe-page" });
  await expect(safe).toHaveAttribute("href", "https://example.org/safe-page");
  await expect(safe).toHaveAttribute("rel", "noopener noreferrer");
  await expect(page.getByText("DANGER LINK: javascript:alert(1)", { exact: false })).toBeVisible();
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  for (const link of await page.locator("main a[href^='http']").all()) {
    await expect(link).toHaveAttribute("rel", "noopener noreferrer");
  }

  await page.waitForTimeout(500); // let any deferred handler (onerror, onload) fire if it were going to
  expect(seen.dialogs).toEqual([]);
  expect(seen.foreign).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
});

test("the built page ships a Content-Security-Policy without inline script", async ({ page, request }) => {
  const html = await (await request.get("/")).text();
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replaceAll("&#39;", "'");
  expect(policy).toContain("script-src 'self'");
  expect(policy?.split(";").find((d) => d.trim().startsWith("script-src"))).not.toContain("unsafe");
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter((m) => !/\bsrc=/.test(m[1] ?? "") && (m[2] ?? "").trim());
  expect(inline).toEqual([]);
  await openApp(page, "/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await cspViolations(page)).toEqual([]);
});

test("odd URLs get the not-found page, and nothing runs", async ({ page }) => {
  const seen = watch(page);
  for (const path of [
    "/bulletins/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "/bulletins/javascript:alert(1)",
    "/bulletins/rca-565-part-2/articles/%22%3E%3Csvg%20onload%3Dalert(1)%3E",
    "/bulletins/..%2F..%2Fetc%2Fpasswd",
    "/no/such/page",
  ]) {
    await openApp(page, path);
    await expect(page.getByRole("heading", { level: 1 }), path).toContainText(/not found/i);
  }
  expect(seen.dialogs).toEqual([]);
  expect(seen.foreign).toEqual([]);
});
