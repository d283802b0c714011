import { archiveIndex } from "./app.ts";
/**
 * Pages that exist before JavaScript runs: a deep link to an article answers
 * with that article's own HTML (title, description, canonical, preview tags,
 * text), on `vite preview` and on a plain static file server with no
 * rewrite rules; an unknown path is a real 404.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";

interface ArchiveIndex {
  bulletins: Array<{ id: string; articles: Array<{ slug: string; headline: string; summary: string }> }>;
}

async function someArticle(request: APIRequestContext) {
  const archive = await archiveIndex(request);
  const bulletin = archive.bulletins.find((b) => b.articles.length > 0);
  if (!bulletin) throw new Error("the built archive has no article");
  const article = bulletin.articles[0]!;
  const path = `/bulletins/${bulletin.id}/articles/${article.slug}`;
  const data = (await (await request.get(`/data/bulletins/${bulletin.id}.json`)).json()) as {
    articles: Array<{ slug: string; paragraphs: Array<{ id: string; text: string }> }>;
  };
  const paragraphs = data.articles.find((a) => a.slug === article.slug)!.paragraphs;
  return { path, headline: article.headline, summary: article.summary, paragraphs };
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a deep link to an article answers with the article's own page and preview tags", async ({ page, request, baseURL }) => {
    const article = await someArticle(request);
    const response = await request.get(article.path, { headers: { Accept: "text/html" } });
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toContain('property="og:title"');
    expect(html).toContain('name="twitter:card"');

    await page.goto(article.path);
    await expect(page).toHaveTitle(`${article.headline} — Bulletin Reader`);
    const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute("content");
    const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
    expect(new URL(canonical!).pathname).toBe(article.path);
    expect(await meta("og:url")).toBe(canonical);
    expect(await meta("og:title")).toBe(article.headline);
    expect(await meta("og:site_name")).toBe("Bulletin Reader");
    expect(await meta("og:description")).toBeTruthy();
    expect(await meta("description")).toBe(await meta("og:description"));
    // X's card reads og:title and og:description: its own tags would repeat them.
    expect(await meta("twitter:card")).toBe("summary");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.headline);
    // The text, and what the app adds to it (a paragraph that lost its end says so) without JavaScript too.
    for (const p of article.paragraphs.slice(0, 3)) await expect(page.locator(`[id="${p.id}"]`)).toContainText(p.text);
    expect(baseURL).toBeTruthy();
  });

  test("an unknown path answers 404 with the not-found page", async ({ page, request }) => {
    const response = await request.get("/no/such/page", { headers: { Accept: "text/html" } });
    expect(response.status()).toBe(404);
    const visit = await page.goto("/bulletins/no-such-bulletin/articles/nothing");
    expect(visit?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.getByRole("link", { name: "Go to the archive" })).toBeVisible();
  });
});

test.describe("on a plain static file server", () => {
  let server: ChildProcess | undefined;
  const PORT = 4191;

  test.beforeAll(async () => {
    test.skip(!existsSync("/usr/bin/python3"), "python3's http.server stands for a host with no rewrite rules");
    server = spawn("/usr/bin/python3", ["-m", "http.server", String(PORT), "--bind", "127.0.0.1", "--directory", "dist"], {
      stdio: "ignore",
    });
    for (let i = 0; i < 50; i++) {
      try {
        await fetch(`http://127.0.0.1:${PORT}/`);
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    throw new Error("python http.server did not start");
  });
  test.afterAll(() => {
    server?.kill();
  });

  test("answers a deep link, with or without the trailing slash, with the article's page", async ({ request }) => {
    const article = await someArticle(request);
    for (const path of [article.path, `${article.path}/`]) {
      const response = await request.get(`http://127.0.0.1:${PORT}${path}`);
      expect(response.status()).toBe(200);
      const html = await response.text();
      expect(html).toMatch(/<meta property="og:title" content="[^"]+">/);
      expect(html).toContain(`<link rel="canonical" href="`);
      expect(html).toContain(`id="${article.paragraphs[0]!.id}"`);
    }
  });
});
