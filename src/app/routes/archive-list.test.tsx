// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { act, cleanup, render, screen, within } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { hydrateRoot } from "react-dom/client";
import { MemoryRouter } from "react-router";
import type { ArchiveBulletin } from "../../site-generator/archive-index.ts";
import { ArchiveList, estimateRowHeight, shouldVirtualise, VIRTUALISE_FROM } from "./archive-list.tsx";

// A made-up archive: issue n has (n % 4) + 1 articles, newest first.
function fakeArchive(count: number): ArchiveBulletin[] {
  return Array.from({ length: count }, (_, i) => {
    const issue = count - i;
    return {
      id: `test-${issue}`,
      schemaVersion: 1,
      series: "Test Weekly",
      seriesCode: "TW",
      issue,
      part: null,
      date: null,
      title: null,
      warningCount: 0,
      articles: Array.from({ length: (issue % 4) + 1 }, (_, k) => ({
        slug: `story-${k}`,
        headline: `Headline ${issue}.${k}`,
        summary: "A summary.",
        section: null,
        authors: [],
        date: null,
      })),
    };
  });
}

const ROW_PX = 400;

// jsdom lays nothing out: give every list row a fixed height so the virtualiser has sizes to work with.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, "offsetHeight", "get").mockImplementation(function (this: HTMLElement) {
    return this.tagName === "LI" && this.hasAttribute("data-index") ? ROW_PX : 0;
  });
  Object.defineProperty(window, "innerHeight", { configurable: true, value: 1000 });
  Object.defineProperty(window, "innerWidth", { configurable: true, value: 1200 });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const renderList = (bulletins: ArchiveBulletin[]) =>
  render(
    <MemoryRouter>
      <ArchiveList bulletins={bulletins} />
    </MemoryRouter>,
  );

describe("archive list threshold", () => {
  it("virtualises only from the named threshold", () => {
    expect(shouldVirtualise(VIRTUALISE_FROM - 1)).toBe(false);
    expect(shouldVirtualise(VIRTUALISE_FROM)).toBe(true);
  });

  it("estimates taller rows for more articles, and for one column on narrow screens", () => {
    expect(estimateRowHeight(4, 1200)).toBeGreaterThan(estimateRowHeight(2, 1200));
    expect(estimateRowHeight(4, 400)).toBeGreaterThan(estimateRowHeight(4, 1200));
  });
});

describe("ArchiveList", () => {
  it("renders every bulletin of a small archive", () => {
    const bulletins = fakeArchive(VIRTUALISE_FROM - 1);
    const { container } = renderList(bulletins);
    const list = container.querySelector("ol") as HTMLElement;
    expect(within(list).getAllByRole("heading", { level: 2 })).toHaveLength(bulletins.length);
    expect(screen.getByRole("link", { name: "Test Weekly No. 1" })).toBeInTheDocument();
  });

  it("renders only the first screen of a 1,000-bulletin archive, in order, with its place in the set", async () => {
    const bulletins = fakeArchive(1000);
    const { container } = renderList(bulletins);
    await act(async () => {});
    const rows = [...container.querySelectorAll("ol > li")];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(20);
    // The newest bulletin is first, headings follow the archive's order, and each row says where it sits.
    const headings = rows.map((r) => within(r as HTMLElement).getByRole("heading", { level: 2 }).textContent);
    expect(headings[0]).toBe("Test Weekly No. 1000");
    expect(headings).toEqual(bulletins.slice(0, rows.length).map((b) => `Test Weekly No. ${b.issue}`));
    expect(rows[0]).toHaveAttribute("aria-setsize", "1000");
    expect(rows[0]).toHaveAttribute("aria-posinset", "1");
    expect(within(rows[0] as HTMLElement).getByRole("link", { name: "Test Weekly No. 1000" })).toHaveAttribute("href", "/bulletins/test-1000");
    // The rows are in the page's flow, and a spacer below them keeps the whole archive's height, so the page scrolls as if every row were there.
    const list = container.querySelector("ol") as HTMLElement;
    expect(rows[0]).not.toHaveStyle({ position: "absolute" });
    expect(parseFloat(list.style.paddingTop)).toBe(0);
    expect(parseFloat(list.style.paddingBottom)).toBeGreaterThan(990 * 200);
  });

  it("renders later bulletins once the window scrolls down to them", async () => {
    const bulletins = fakeArchive(1000);
    const { container } = renderList(bulletins);
    await act(async () => {});
    await act(async () => {
      Object.defineProperty(window, "scrollY", { configurable: true, value: ROW_PX * 500 });
      window.dispatchEvent(new Event("scroll"));
    });
    const positions = [...container.querySelectorAll("ol > li")].map((r) => Number(r.getAttribute("aria-posinset")));
    // Rows not yet measured are placed by estimate, so the exact row is not known: but it is far down, not the top.
    expect(positions.length).toBeGreaterThan(0);
    expect(Math.min(...positions)).toBeGreaterThan(300);
    expect(positions).not.toContain(1);
    // The spacer above stands for the rows scrolled past.
    expect(parseFloat((container.querySelector("ol") as HTMLElement).style.paddingTop)).toBeGreaterThan(300 * 200);
  });

  it("shows placeholders past the bulletins loaded so far, and asks for the rest when they come into view", async () => {
    const bulletins = fakeArchive(1000);
    const counts = bulletins.map((b) => b.articles.length);
    const onNeedMore = vi.fn();
    Object.defineProperty(window, "scrollY", { configurable: true, value: 0 }); // an earlier test scrolled
    const { container } = render(
      <MemoryRouter>
        <ArchiveList bulletins={bulletins.slice(0, 60)} articleCounts={counts} onNeedMore={onNeedMore} />
      </MemoryRouter>,
    );
    await act(async () => {});
    // The first screen is all loaded: nothing asked yet, and the list already has the whole archive's height.
    expect(onNeedMore).not.toHaveBeenCalled();
    expect(parseFloat((container.querySelector("ol") as HTMLElement).style.paddingBottom)).toBeGreaterThan(990 * 200);
    await act(async () => {
      Object.defineProperty(window, "scrollY", { configurable: true, value: ROW_PX * 500 });
      window.dispatchEvent(new Event("scroll"));
    });
    expect(onNeedMore).toHaveBeenCalled();
    expect(screen.getAllByText("Loading bulletin…").length).toBeGreaterThan(0);
    expect(container.querySelector("ol > li")).toHaveAttribute("aria-setsize", "1000");
  });

  it("adopts the build's rows of a 1,000-bulletin archive as they are, then scrolls them as a virtual list", async () => {
    const bulletins = fakeArchive(1000);
    Object.defineProperty(window, "scrollY", { configurable: true, value: 0 }); // an earlier test scrolled
    const app = (
      <MemoryRouter>
        <ArchiveList bulletins={bulletins} />
      </MemoryRouter>
    );
    const container = document.createElement("div");
    container.innerHTML = renderToString(app); // as the build prerenders the archive page
    document.body.append(container);
    const prerenderedFirst = container.querySelector("ol > li");
    const prerenderedCount = container.querySelectorAll("ol > li").length;
    const mismatches: unknown[] = [];
    const root = await act(async () => hydrateRoot(container, app, { onRecoverableError: (e) => mismatches.push(e) }));
    expect(mismatches).toEqual([]);
    // The same element, not a copy painted again, and as many rows as the build wrote.
    expect(container.querySelector("ol > li")).toBe(prerenderedFirst);
    expect(prerenderedCount).toBeGreaterThan(0);
    expect(prerenderedCount).toBeLessThan(20);
    // The virtualiser is on: scrolling far down renders the rows there.
    await act(async () => {
      Object.defineProperty(window, "scrollY", { configurable: true, value: ROW_PX * 500 });
      window.dispatchEvent(new Event("scroll"));
    });
    expect(Math.min(...[...container.querySelectorAll("ol > li")].map((r) => Number(r.getAttribute("aria-posinset"))))).toBeGreaterThan(300);
    act(() => root.unmount());
    container.remove();
  });

  it("lists, for a reader without JavaScript, the loaded bulletins past the first screen and says how many more there are", () => {
    const bulletins = fakeArchive(1000);
    const html = renderToString(
      <MemoryRouter>
        <ArchiveList bulletins={bulletins.slice(0, 60)} articleCounts={bulletins.map((b) => b.articles.length)} />
      </MemoryRouter>,
    );
    const doc = new DOMParser().parseFromString(`<div>${html}</div>`, "text/html"); // parsed as with scripting off
    const rows = doc.querySelectorAll("ol.virtual-list > li").length;
    const older = doc.querySelector("noscript section");
    expect(older).not.toBeNull();
    const links = [...older!.querySelectorAll("a")].map((a) => a.getAttribute("href"));
    // Every loaded bulletin is reachable once: the first screen's rows, then the plain list.
    expect(links).toEqual(bulletins.slice(rows, 60).map((b) => `/bulletins/${b.id}`));
    expect(older!.querySelector("ol")!.getAttribute("start")).toBe(String(rows + 1));
    expect(older!.textContent).toContain("940 older bulletins are listed here only with JavaScript on.");
  });
});
