/**
 * What a reader does on a prerendered page before the app has started is
 * either done without the app or kept and done once it starts
 * (public/app-start.js; README, "Start-up"). Each test holds the app's code
 * back, acts, lets the app start, and checks the outcome: on a first visit,
 * and on a repeat one, where the app starts from a warm cache.
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { appReady, holdAppStart, visit, type Visit } from "./app.ts";
import { fixture, resultFor } from "./import-helpers.ts";

test.describe.configure({ timeout: 60_000 });
test.use({ actionTimeout: 15_000 });

/**
 * The first article the archive lists, read in a context of its own: the test's
 * context starts with nothing cached, as a first visit does.
 */
async function firstArticle(browser: Browser): Promise<{ href: string; headline: string; word: string }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/");
  const link = page.getByRole("main").getByRole("heading", { level: 3 }).first().getByRole("link");
  const article = { href: (await link.getAttribute("href"))!, headline: (await link.textContent())!.trim() };
  await page.goto(article.href);
  // A word of the article's own text: a search for it has hits there.
  const word = (await page.locator("article p[id]").first().textContent())!.match(/\p{L}{6,}/u)![0];
  await context.close();
  return { ...article, word };
}

/** The prerendered page is up, and the app has not started on it. */
async function expectNoApp(page: Page) {
  await expect(page.locator("html")).not.toHaveAttribute("data-app", /.*/);
}

for (const kind of ["first", "repeat"] as Visit[]) {
  test.describe(`${kind} visit`, () => {
    test("a statistic chosen in the panel before the app started stays in view and is highlighted once it has", async ({ page, browser }) => {
      const { href } = await firstArticle(browser);
      const { release } = await holdAppStart(page);
      await visit(page, href, kind, release);
      // A figure's own link (its paragraph's anchor), not the panel's links to the Numbers view.
      const link = page.getByRole("complementary", { name: "Statistics" }).locator('a[href*="#"]').last();
      const anchor = (await link.getAttribute("href"))!.split("#")[1]!;
      await link.click();
      await expectNoApp(page);
      const target = page.locator(`[id="${anchor}"]`);
      await expect(target).toBeInViewport();
      await release();
      await appReady(page);
      await expect(target).toHaveClass(/hash-target/);
      await expect(page).toHaveURL(new RegExp(`#${anchor}$`));
      // Still there once the app's start-up (scroll restoration included) is over.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
      await expect(target).toBeInViewport();
    });

    test("j pressed before the app started opens the next article once it has", async ({ page, browser }) => {
      const { href, headline } = await firstArticle(browser);
      const { release } = await holdAppStart(page);
      await visit(page, href, kind, release);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(headline);
      await page.keyboard.press("j");
      await expectNoApp(page);
      await release();
      await appReady(page);
      await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(headline);
      await expect(page).not.toHaveURL(new RegExp(`${href}$`));
    });

    test("n pressed before the app started moves to the first search hit once it has", async ({ page, browser }) => {
      const { href, word } = await firstArticle(browser);
      const { release } = await holdAppStart(page);
      await visit(page, `${href}?q=${encodeURIComponent(word)}`, kind, release);
      await page.keyboard.press("n");
      await expectNoApp(page);
      await release();
      await appReady(page);
      await expect(page.getByRole("region", { name: "Search hits" })).toContainText(/Hit 1 of \d+/);
    });

    test("/ and what is typed next before the app started go to the search field, and stay there once it has", async ({ page }) => {
      const { release } = await holdAppStart(page);
      await visit(page, "/", kind, release);
      await page.keyboard.press("/");
      await page.keyboard.type("tashkent");
      await expectNoApp(page);
      await release();
      await appReady(page);
      const searchbox = page.getByRole("banner").getByRole("searchbox", { name: "Search" });
      await expect(searchbox).toHaveValue("tashkent");
      await expect(searchbox).toBeFocused();
    });

    test("text typed into the search page's field before the app started is still there once it has", async ({ page }) => {
      const { release } = await holdAppStart(page);
      await visit(page, "/search", kind, release);
      const field = page.getByRole("searchbox", { name: "Search the archive" });
      await field.click();
      await page.keyboard.type("tashkent");
      await release();
      await appReady(page);
      await expect(field).toHaveValue("tashkent");
      await page.getByRole("button", { name: "Search", exact: true }).click();
      await expect(page).toHaveURL(/\/search\?q=tashkent$/);
    });

    test("files chosen on the import page before the app started are imported once it has", async ({ page }) => {
      const { release } = await holdAppStart(page);
      await visit(page, "/import", kind, release);
      const chooser = page.waitForEvent("filechooser");
      await page.getByRole("button", { name: "Choose .txt files…" }).click();
      await (await chooser).setFiles([fixture("rca-233.txt")]);
      await expectNoApp(page);
      await release();
      await appReady(page);
      await expect(resultFor(page, "rca-233.txt")).toHaveAttribute("data-status", "added", { timeout: 30_000 });
    });

    test("a file dropped before the app started keeps the page, and is imported once the app has", async ({ page }) => {
      const { release } = await holdAppStart(page);
      await visit(page, "/", kind, release);
      const text = fixture("rca-233.txt").buffer.toString("utf8");
      // The browser opens a dropped file itself unless the page prevents both defaults.
      const prevented = await page.evaluate((content) => {
        const dataTransfer = new DataTransfer();
        dataTransfer.items.add(new File([content], "dropped.txt", { type: "text/plain" }));
        const main = document.querySelector("main")!;
        const fire = (type: string) => {
          const event = new DragEvent(type, { dataTransfer, bubbles: true, cancelable: true });
          main.dispatchEvent(event);
          return event.defaultPrevented;
        };
        return { dragover: fire("dragover"), drop: fire("drop") };
      }, text);
      expect(prevented).toEqual({ dragover: true, drop: true });
      await expectNoApp(page);
      await expect(page).toHaveURL(/\/$/);
      await release();
      await appReady(page);
      await expect(page).toHaveURL(/\/import$/);
      await expect(resultFor(page, "dropped.txt")).toHaveAttribute("data-status", "added", { timeout: 30_000 });
    });

    test("a panel tab pressed before the app started takes effect once it has", async ({ page, browser }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      const { href } = await firstArticle(browser);
      const { release } = await holdAppStart(page);
      await visit(page, href, kind, release);
      const people = page.getByRole("complementary", { name: "People" });
      await page.getByRole("button", { name: "People", exact: true }).click();
      await expectNoApp(page);
      await expect(people).toBeHidden();
      await release();
      await appReady(page);
      await expect(people).toBeVisible();
    });
  });
}
