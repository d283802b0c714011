/**
 * The archive views' figures for `npm run bench:web` (issue #15's goals), on
 * a built archive served as a static host would serve it. Everything here
 * drives the UI as a reader does (header links, scrolling, the rows' own
 * links), never the views' data files by name, so it holds however the build
 * lays those files out.
 *
 * Per view (/people, /places, /quotes, /numbers):
 * - first screen after in-app navigation: from the click on the header's
 *   link (the archive page open, its app started) to the frame that shows
 *   the view's first row;
 * - first screen after a cold load of the view's URL (fresh context, empty
 *   cache): from navigation start to the frame that shows the first row
 *   (prerendered), and to the app having taken the page over;
 * - for People and Quotes: the longest task (PerformanceObserver 'longtask')
 *   while scrolling the list to its end with the mouse wheel and by jumps,
 *   split into the tasks while the view loads its whole file and the rest;
 *   and, from a trace of the same scroll, the longest task in the renderer's
 *   CPU time (what the page's own work cost, whatever else ran on the machine);
 * - Lighthouse Performance (median of the runs) on each view and on one
 *   quote's own page (the first quote the Quotes view links to).
 */
import type { Browser, Page } from "@playwright/test";

export interface LighthouseLike {
  status: "ok" | "timed out" | "skipped" | "failed";
  performance: number | null;
  lcpSeconds: number | null;
  cls: number | null;
  tbtMs: number | null;
}

export type ViewName = "people" | "places" | "quotes" | "numbers";
export const VIEW_NAMES: readonly ViewName[] = ["people", "places", "quotes", "numbers"];

/** The goals of issue #15. */
export const FIRST_SCREEN_GOAL_MS = 1000;
export const LIGHTHOUSE_GOAL = 0.95;
/** A long task is one over 50 ms (the browser's own definition); the goal is none while scrolling. */
export const LONG_TASK_MS = 50;

/** How long a view may take to show its first row before the figure reads "never". */
const VIEW_TIMEOUT_MS = 30_000;
/** Wheel steps of this many pixels, one per frame-ish pause, as a reader's fast scroll. */
const WHEEL_STEP_PX = 600;
const WHEEL_PAUSE_MS = 30;
/** Screens scrolled by wheel at the top of a list (past the first rows, so the whole file loads). */
const WHEEL_SCREENS_AT_TOP = 12;
/** Then the list is crossed in this many jumps (a scrollbar drag), with a few wheel steps at each. */
const JUMPS = 40;
const WHEEL_STEPS_PER_JUMP = 4;

const VIEW_LINK: Record<ViewName, string> = { people: "People", places: "Places", quotes: "Quotes", numbers: "Numbers" };
/** A row of each view's list: what "the first screen shows" means. */
const FIRST_ROW: Record<ViewName, string> = {
  people: 'ol[aria-label="People"] > li',
  quotes: 'ol[aria-label="Quotes"] > li',
  numbers: 'ol[aria-label="Numbers"] > li',
  places: 'section[aria-labelledby="by-country"] li',
};

export interface ScrollFigures {
  /** The longest task while scrolling to the end, ms (0: none over 50 ms). */
  longestTaskMs: number;
  /**
   * The longest main-thread task in a trace of the same scroll, in the
   * renderer's own CPU time: on a shared machine a task's wall time counts
   * the time other processes had the core, and this does not.
   */
  longestTaskCpuMs: number | null;
  longestTaskAfterLoadCpuMs: number | null;
  longTasks: number;
  /** The same, only for tasks that began after the list had its whole data (the scroll itself). */
  longestTaskAfterLoadMs: number;
  longTasksAfterLoad: number;
  rowsTotal: number | null;
  /** Rows in the DOM at the end (virtualised: a screenful or two). */
  rowsInDom: number;
  reachedEnd: boolean;
  seconds: number;
}

export interface ViewFigures {
  view: ViewName;
  /** Click on the header link → first row painted, ms; null: never (within VIEW_TIMEOUT_MS). */
  navigationMs: number | null;
  /** Cold load: navigation start → first row painted, ms. */
  coldFirstRowMs: number | null;
  /** Cold load: navigation start → the app has taken the page over, ms. */
  coldAppReadyMs: number | null;
  scroll: ScrollFigures | null;
  lighthouse: LighthouseLike | null;
}

export interface ViewsFigures {
  views: ViewFigures[];
  quotePage: { path: string | null; lighthouse: LighthouseLike | null };
  machineLoad: number[];
}

/**
 * Records in window.__views when an element matching `selector` first
 * appears, and when the frame after it is painted (a rAF, then a task: the
 * paint of that frame has happened by then); and every long task.
 */
const probe = (selector: string) => `
(() => {
  const w = window;
  w.__views = { longTasks: [] };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__views.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch {}
  document.addEventListener("click", (e) => { if (w.__views.click === undefined) w.__views.click = e.timeStamp; }, true);
  const check = () => {
    if (w.__views.row !== undefined) return;
    const row = document.querySelector(${JSON.stringify(selector)});
    if (!row || row.getBoundingClientRect().height === 0) return;
    w.__views.row = performance.now();
    requestAnimationFrame(() => setTimeout(() => { w.__views.painted = performance.now(); }, 0));
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
})();
`;

interface Probe {
  longTasks: Array<{ start: number; duration: number }>;
  click?: number;
  row?: number;
  painted?: number;
}

const readProbe = (page: Page) => page.evaluate(() => (window as unknown as { __views: Probe }).__views);
const appReady = (page: Page) => page.locator("html[data-app=ready]").waitFor({ state: "attached", timeout: VIEW_TIMEOUT_MS });

async function waitPainted(page: Page): Promise<boolean> {
  return page
    .waitForFunction(() => (window as unknown as { __views: Probe }).__views.painted !== undefined, null, { timeout: VIEW_TIMEOUT_MS })
    .then(() => true)
    .catch(() => false);
}

async function navigationFigure(browser: Browser, origin: string, view: ViewName): Promise<number | null> {
  const context = await browser.newContext({ serviceWorkers: "block" });
  try {
    const page = await context.newPage();
    await page.addInitScript(probe(FIRST_ROW[view]));
    await page.goto(`${origin}/`, { waitUntil: "load" });
    await appReady(page);
    // The archive page's own idle work (prefetches) settles, as it would before a reader's click.
    await page.waitForLoadState("networkidle");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: VIEW_LINK[view], exact: true }).click();
    if (!(await waitPainted(page))) return null;
    const p = await readProbe(page);
    return p.click === undefined || p.painted === undefined ? null : p.painted - p.click;
  } finally {
    await context.close();
  }
}

async function coldFigures(browser: Browser, origin: string, view: ViewName): Promise<{ firstRow: number | null; appReady: number | null }> {
  const context = await browser.newContext({ serviceWorkers: "block" });
  try {
    const page = await context.newPage();
    await page.addInitScript(probe(FIRST_ROW[view]));
    await page.goto(`${origin}/${view}`, { waitUntil: "commit" });
    const painted = await waitPainted(page);
    const ready = await appReady(page)
      .then(() => true)
      .catch(() => false);
    const p = await readProbe(page);
    const readyAt = ready ? await page.evaluate(() => performance.getEntriesByName("bulletin-reader:app-ready")[0]?.startTime ?? null) : null;
    return { firstRow: painted ? (p.painted ?? null) : null, appReady: readyAt };
  } finally {
    await context.close();
  }
}

/** The count line above a view's rows: "12,345 quotes" or "3 of 12,345 quotes". */
async function rowsTotal(page: Page): Promise<number | null> {
  const text = (await page.getByRole("main").getByRole("status").first().textContent()) ?? "";
  const m = /([\d,]+) (?:quotes?|people|person)\s*$/.exec(text.trim());
  return m ? Number(m[1]!.replace(/,/g, "")) : null;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

const SCROLL_MARK = "views-bench:scroll";
const LOADED_MARK = "views-bench:loaded";

/** The longest top-level task of the page's main thread in CPU time (ms), from each mark on: [after scroll mark, after loaded mark]. */
function longestCpuTasks(trace: Buffer): [number | null, number | null] {
  const events = (JSON.parse(trace.toString("utf8")) as { traceEvents: TraceEvent[] }).traceEvents;
  const mark = (name: string) => events.find((e) => e.name === name);
  const scroll = mark(SCROLL_MARK);
  const loaded = mark(LOADED_MARK);
  if (!scroll) return [null, null];
  // The main thread the marks were set on.
  const tasks = events.filter((e) => e.name === "RunTask" && e.ph === "X" && e.pid === scroll.pid && e.tid === scroll.tid && e.tdur !== undefined);
  const longest = (from: number) => tasks.filter((t) => t.ts >= from).reduce((m, t) => Math.max(m, t.tdur! / 1000), 0);
  return [longest(scroll.ts), loaded ? longest(loaded.ts) : null];
}

async function scrollFigures(browser: Browser, origin: string, view: "people" | "quotes"): Promise<ScrollFigures> {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const started = Date.now();
  let tracing = false;
  try {
    const page = await context.newPage();
    await page.addInitScript(probe(FIRST_ROW[view]));
    await page.goto(`${origin}/${view}`, { waitUntil: "load" });
    await appReady(page);
    await page.waitForLoadState("networkidle");
    await browser.startTracing(page, { categories: ["toplevel", "disabled-by-default-devtools.timeline", "blink.user_timing"] });
    tracing = true;
    // Long tasks of the start-up are not the scroll's.
    const scrollFrom = await page.evaluate((name) => performance.mark(name).startTime, SCROLL_MARK);
    await page.mouse.move(640, 400);
    const showAll = page.getByRole("button", { name: /^(Show|Loading) all/ });
    for (let i = 0; i < WHEEL_SCREENS_AT_TOP; i++) {
      await page.mouse.wheel(0, WHEEL_STEP_PX);
      await page.waitForTimeout(WHEEL_PAUSE_MS);
    }
    // The whole list is there once the "Show all" button (pressed by scrolling to it) is gone.
    await showAll.waitFor({ state: "detached", timeout: VIEW_TIMEOUT_MS }).catch(() => undefined);
    await page.waitForTimeout(500);
    const loadedAt = await page.evaluate((name) => performance.mark(name).startTime, LOADED_MARK);
    for (let j = 1; j <= JUMPS; j++) {
      await page.evaluate((f) => window.scrollTo(0, (document.documentElement.scrollHeight - window.innerHeight) * f), j / JUMPS);
      for (let i = 0; i < WHEEL_STEPS_PER_JUMP; i++) {
        await page.mouse.wheel(0, j === JUMPS ? WHEEL_STEP_PX : -WHEEL_STEP_PX / 2);
        await page.waitForTimeout(WHEEL_PAUSE_MS);
      }
    }
    // The virtualiser measures rows as they come: the end moves until they are all measured once.
    for (let i = 0; i < 20; i++) {
      const atEnd = await page.evaluate(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2);
      if (atEnd) break;
      await page.keyboard.press("End");
      await page.waitForTimeout(100);
    }
    await page.waitForTimeout(300);
    const reachedEnd = await page.evaluate(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2);
    const [longestTaskCpuMs, longestTaskAfterLoadCpuMs] = longestCpuTasks(await browser.stopTracing());
    tracing = false;
    const p = await readProbe(page);
    const during = p.longTasks.filter((t) => t.start >= scrollFrom);
    const after = during.filter((t) => t.start >= loadedAt);
    const longest = (ts: typeof during) => ts.reduce((m, t) => Math.max(m, t.duration), 0);
    return {
      longestTaskMs: longest(during),
      longestTaskCpuMs,
      longestTaskAfterLoadCpuMs,
      longTasks: during.length,
      longestTaskAfterLoadMs: longest(after),
      longTasksAfterLoad: after.length,
      rowsTotal: await rowsTotal(page),
      rowsInDom: await page.locator(FIRST_ROW[view]).count(),
      reachedEnd,
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    if (tracing) await browser.stopTracing().catch(() => undefined);
    await context.close();
  }
}

/** The first quote's own page, as the Quotes view links to it. */
async function quotePagePath(browser: Browser, origin: string): Promise<string | null> {
  const context = await browser.newContext({ serviceWorkers: "block" });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/quotes`);
    return await page
      .locator(`${FIRST_ROW.quotes} blockquote a`)
      .first()
      .getAttribute("href", { timeout: VIEW_TIMEOUT_MS })
      .catch(() => null);
  } finally {
    await context.close();
  }
}

export interface ViewsOptions {
  /** Lighthouse's median run on a path of `origin`; null skips Lighthouse. */
  lighthouse: ((name: string, routePath: string) => Promise<LighthouseLike>) | null;
  log: (line: string) => void;
  machineLoad: () => number[];
}

export async function measureViews(browser: Browser, origin: string, options: ViewsOptions): Promise<ViewsFigures> {
  const { log } = options;
  const machineLoad = options.machineLoad();
  const views: ViewFigures[] = [];
  for (const view of VIEW_NAMES) {
    log(`  view /${view}: in-app navigation, cold load${view === "people" || view === "quotes" ? ", scroll to the end" : ""}`);
    const navigationMs = await navigationFigure(browser, origin, view);
    const cold = await coldFigures(browser, origin, view);
    const scroll = view === "people" || view === "quotes" ? await scrollFigures(browser, origin, view) : null;
    views.push({ view, navigationMs, coldFirstRowMs: cold.firstRow, coldAppReadyMs: cold.appReady, scroll, lighthouse: null });
  }
  const quotePath = await quotePagePath(browser, origin);
  if (options.lighthouse) {
    for (const v of views) v.lighthouse = await options.lighthouse(`view /${v.view}`, `/${v.view}`);
  }
  const quoteLighthouse = options.lighthouse && quotePath ? await options.lighthouse("quote page", quotePath) : null;
  return { views, quotePage: { path: quotePath, lighthouse: quoteLighthouse }, machineLoad };
}

// ---------- report ----------

const fmt = (v: number | null | undefined, digits = 0) => (v === null || v === undefined ? "n/a" : v.toFixed(digits));
const lhCell = (l: LighthouseLike | null, f: (l: LighthouseLike) => string) => (l === null ? "skipped" : l.status === "ok" ? f(l) : l.status);

/** [figure, goal, value] rows for bench/web.ts's table. */
export function viewRows(v: ViewsFigures): Array<[string, string, string]> {
  const out: Array<[string, string, string]> = [];
  for (const f of v.views) {
    out.push([`/${f.view}: first screen, header link (ms)`, `< ${FIRST_SCREEN_GOAL_MS}`, f.navigationMs === null ? "never" : fmt(f.navigationMs)]);
    out.push([`/${f.view}: first screen, cold load (ms)`, `< ${FIRST_SCREEN_GOAL_MS}`, f.coldFirstRowMs === null ? "never" : fmt(f.coldFirstRowMs)]);
    out.push([`/${f.view}: app started, cold load (ms)`, "report", fmt(f.coldAppReadyMs)]);
    if (f.scroll) {
      const s = f.scroll;
      out.push([`/${f.view}: longest task scrolling to the end, ms (how many > 50; CPU ms)`, `none > ${LONG_TASK_MS}`, `${fmt(s.longestTaskMs)} (${s.longTasks}; CPU ${fmt(s.longestTaskCpuMs)})`]);
      out.push([`/${f.view}:   after the whole list had loaded, ms (how many; CPU ms)`, `none > ${LONG_TASK_MS}`, `${fmt(s.longestTaskAfterLoadMs)} (${s.longTasksAfterLoad}; CPU ${fmt(s.longestTaskAfterLoadCpuMs)})`]);
      out.push([`/${f.view}:   rows in the DOM at the end / in the list`, "virtualised", `${s.rowsInDom} / ${s.rowsTotal ?? "n/a"}${s.reachedEnd ? "" : " (end not reached)"}`]);
    }
    out.push([`/${f.view}: Lighthouse Performance (TBT ms, LCP s, CLS)`, `≥ ${LIGHTHOUSE_GOAL}`, lhCell(f.lighthouse, (l) => `${fmt(l.performance, 2)} (${fmt(l.tbtMs)}, ${fmt(l.lcpSeconds, 2)}, ${fmt(l.cls, 3)})`)]);
  }
  const q = v.quotePage;
  out.push([`quote page ${q.path ?? "(none found)"}: Lighthouse Performance (TBT ms, LCP s, CLS)`, `≥ ${LIGHTHOUSE_GOAL}`, lhCell(q.lighthouse, (l) => `${fmt(l.performance, 2)} (${fmt(l.tbtMs)}, ${fmt(l.lcpSeconds, 2)}, ${fmt(l.cls, 3)})`)]);
  out.push(["load average when the views were measured", "noise", v.machineLoad.join(" ")]);
  return out;
}
