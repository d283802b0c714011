import { expect, test, type Page } from "@playwright/test";
import { openApp, reloadApp } from "./app.ts";

// The machine running the tests is often busy; these flows are not timed.
test.describe.configure({ timeout: 60_000 });

/** The first article the archive lists, whatever bulletins are in the build. */
async function firstArticle(page: Page): Promise<{ href: string; headline: string }> {
  await openApp(page, "/");
  const link = page.getByRole("main").getByRole("heading", { level: 3 }).first().getByRole("link");
  return { href: (await link.getAttribute("href"))!, headline: (await link.textContent())!.trim() };
}

/** Opens an article and waits until the app (not just prerendered HTML) has rendered it. */
async function openArticle(page: Page, url: string) {
  await openApp(page, url);
  await expect(page.getByRole("complementary", { name: "Statistics" })).toBeAttached({ timeout: 20_000 });
}

async function expectHighlightedInView(page: Page, id: string) {
  const target = page.locator(`[id="${id}"]`);
  await expect(target).toBeInViewport({ timeout: 15_000 });
  await expect(target).toHaveClass(/hash-target/);
  await expect(target).toBeFocused();
}

test("archive lists bulletins with their articles, and an article opens from it", async ({ page }) => {
  await openApp(page, "/");
  await expect(page.getByRole("heading", { level: 1, name: "Archive" })).toBeVisible();
  await expect(page).toHaveTitle("Archive — Bulletin Reader");
  const link = page.getByRole("main").getByRole("heading", { level: 3 }).first().getByRole("link");
  const headline = (await link.textContent())!.trim();
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(headline);
  await expect(page).toHaveTitle(`${headline} — Bulletin Reader`);
  await expect(page.locator('meta[name="description"]')).not.toHaveAttribute("content", /plain-text news bulletins/);
  expect(await page.locator("article p[id]").count()).toBeGreaterThan(1);
  await expect(page.getByRole("complementary", { name: "Statistics" })).toBeVisible();
  for (const name of ["People", "Places", "Quotes"]) await expect(page.getByRole("complementary", { name })).toBeAttached();
});

test("a deep link with a paragraph hash, loaded directly, scrolls to and highlights the paragraph", async ({ page }) => {
  const { href } = await firstArticle(page);
  await openArticle(page, href);
  const ids = await page.locator("article p[id]").evaluateAll((ps) => ps.map((p) => p.id));
  const id = ids[ids.length - 2]!; // far enough down that it starts off screen
  await openArticle(page, `${href}#${id}`);
  await expectHighlightedInView(page, id);
  await reloadApp(page);
  await expectHighlightedInView(page, id);
});

test("choosing a statistic in the panel scrolls to it, highlights it and puts its anchor in the URL", async ({ page }) => {
  const { href } = await firstArticle(page);
  await openArticle(page, href);
  // The figures' own links (the panel ends with links to the Numbers view).
  const links = page.getByRole("complementary", { name: "Statistics" }).getByRole("listitem").getByRole("link");
  expect(await links.count()).toBeGreaterThan(0);
  const last = links.last();
  const anchor = (await last.getAttribute("href"))!.split("#")[1]!;
  await last.click();
  await expect(page).toHaveURL(new RegExp(`#${anchor}$`));
  await expectHighlightedInView(page, anchor);
  await expect(page.locator(`mark[id="${anchor}"]`)).toBeAttached();
});

test("a copied paragraph link opens in a new tab on that paragraph", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const { href } = await firstArticle(page);
  await openArticle(page, href);
  const paragraph = page.locator("article p[id]").nth(4);
  const id = (await paragraph.getAttribute("id"))!;
  await paragraph.hover();
  const button = page.getByRole("button", { name: `Copy link to paragraph ${id.replace(/^\D+/, "")}`, exact: true });
  await expect(button).toBeVisible();
  await button.click();
  await expect(page.getByRole("status").filter({ hasText: "copied" })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${baseURL}${href}#${id}`);

  const tab = await context.newPage();
  await tab.goto(copied);
  await expectHighlightedInView(tab, id);
});

test("Share copies the article's link where the browser has no Web Share", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.addInitScript(() => {
    // Desktop Chromium may or may not offer Web Share; take it away to test the fallback.
    delete (Navigator.prototype as { share?: unknown }).share;
  });
  const { href } = await firstArticle(page);
  await openArticle(page, href);
  await page.getByRole("button", { name: "Share" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${href}`);
});

test("the text size control changes the article's type size and remembers it", async ({ page }) => {
  const { href } = await firstArticle(page);
  await openArticle(page, href);
  const fontSize = () => page.locator("article p[id]").first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  const before = await fontSize();
  await page.getByRole("button", { name: "Larger text" }).click();
  await expect.poll(fontSize).toBeGreaterThan(before);
  const larger = await fontSize();
  await reloadApp(page);
  await expect(page.getByRole("complementary", { name: "Statistics" })).toBeAttached({ timeout: 20_000 });
  expect(await fontSize()).toBe(larger);
});

test("Cite on a quote copies a ready citation with the deep link", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const { href, headline } = await firstArticle(page);
  await openArticle(page, href);
  const cite = page.getByRole("complementary", { name: "Quotes" }).getByRole("button", { name: /^Cite this quote/ });
  test.skip((await cite.count()) === 0, "the parser found no quotes in this article");
  await cite.first().click();
  const citation = await page.evaluate(() => navigator.clipboard.readText());
  expect(citation).toMatch(/^“.+” — .+, "/);
  expect(citation).toContain(`"${headline}", IWPR `);
  expect(citation).toMatch(new RegExp(`, ${baseURL}${href}#[^#\\s]+$`.replace(/[/]/g, "\\/")));
});

test("the theme toggle switches to dark, and the choice survives a reload", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await openApp(page, "/");
  const html = page.locator("html");
  await expect(html).not.toHaveClass(/dark/);
  const toggle = page.getByRole("button", { name: "Dark theme" });
  await toggle.click();
  await expect(html).toHaveClass(/dark/);
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await reloadApp(page);
  await expect(html).toHaveClass(/dark/);
  await page.getByRole("button", { name: "Dark theme" }).click();
  await expect(html).not.toHaveClass(/dark/);
});

test("the system's dark preference is followed before any choice", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await openApp(page, "/");
  await expect(page.locator("html")).toHaveClass(/dark/);
});

test("unknown addresses show a not-found page with a way home and to search", async ({ page }) => {
  const { href } = await firstArticle(page);
  for (const path of ["/no/such/page", "/bulletins/no-such-bulletin", `${href}-no-such-article`]) {
    await openApp(page, path);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(page).toHaveTitle("Page not found — Bulletin Reader");
    await expect(page.getByRole("main").getByRole("link", { name: "Go to the archive" })).toBeVisible();
    await expect(page.getByRole("main").getByRole("searchbox")).toBeVisible();
  }
  await page.getByRole("main").getByRole("link", { name: "Go to the archive" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Archive" })).toBeVisible();
});

test("HTML served in place of a bulletin's data gives a clear error with a retry", async ({ page }) => {
  const { href } = await firstArticle(page);
  await page.route("**/data/bulletins/*.json", (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><html><body>app</body></html>" }),
  );
  await openApp(page, href);
  await expect(page.getByRole("alert")).toContainText("missing or broken");
  await page.unroute("**/data/bulletins/*.json");
  await page.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(/missing or broken/);
  expect(await page.locator("article p[id]").count()).toBeGreaterThan(1);
});

test("a bulletin written for another schema version says so", async ({ page }) => {
  const { href } = await firstArticle(page);
  await page.route("**/data/bulletins/*.json", async (route) => {
    const response = await route.fetch();
    const json = await response.json();
    await route.fulfill({ response, json: { ...json, schemaVersion: 999 } });
  });
  await openApp(page, href);
  await expect(page.getByRole("alert")).toContainText("schema version 999");
});

test("keyboard: j and k move between articles, / focuses search, ? lists the shortcuts", async ({ page }) => {
  const { href } = await firstArticle(page);
  await openArticle(page, href);
  const first = await page.getByRole("heading", { level: 1 }).textContent();
  await page.keyboard.press("j");
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(first!);
  await page.keyboard.press("k");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(first!);
  await page.keyboard.press("/");
  await expect(page.getByRole("banner").getByRole("searchbox")).toBeFocused();
  await page.getByRole("banner").getByRole("searchbox").press("Escape");
  await page.locator("body").click({ position: { x: 5, y: 300 } });
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("the article fits the screen and the panels become tabs below it", async ({ page }) => {
    const { href } = await firstArticle(page);
    await openArticle(page, href);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const statistics = page.getByRole("complementary", { name: "Statistics" });
    const people = page.getByRole("complementary", { name: "People" });
    await expect(statistics).toBeVisible();
    await expect(people).toBeHidden();
    await page.getByRole("button", { name: "People", exact: true }).click();
    await expect(people).toBeVisible();
    await expect(statistics).toBeHidden();
    const articleBottom = await page.locator("article").evaluate((el) => el.getBoundingClientRect().bottom);
    const panelTop = await people.evaluate((el) => el.getBoundingClientRect().top);
    expect(panelTop).toBeGreaterThan(articleBottom);
  });

  test("a panel tab pressed before the app has started takes effect once it has", async ({ page }) => {
    const { href } = await firstArticle(page);
    // The page's own HTML and CSS arrive; its scripts are held until the tab has been pressed.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/.*\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(href);
    const people = page.getByRole("complementary", { name: "People" });
    await page.getByRole("button", { name: "People", exact: true }).click();
    await expect(page.locator("html")).not.toHaveAttribute("data-app", /.*/);
    await expect(people).toBeHidden();
    release();
    await page.locator("html[data-app=ready]").waitFor({ state: "attached", timeout: 20_000 });
    await expect(people).toBeVisible();
    await expect(page.getByRole("complementary", { name: "Statistics" })).toBeHidden();
  });

  test("scrolling to the panel tabs leaves the page as it was: nothing is laid out late and moves what is under a finger", async ({ page }) => {
    const { href } = await firstArticle(page);
    await openArticle(page, href);
    const heights = await page.evaluate(async () => {
      const tabs = document.querySelector('[role="group"][aria-label="Article panels"]')!;
      const before = document.documentElement.scrollHeight;
      tabs.scrollIntoView({ block: "center" });
      const after: number[] = [];
      for (let frame = 0; frame < 6; frame++) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        after.push(document.documentElement.scrollHeight);
      }
      return { before, after };
    });
    expect(heights.after).toEqual(heights.after.map(() => heights.before));
  });
});
