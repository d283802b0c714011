import { runInNewContext } from "node:vm";
import { describe, expect, it, vi } from "vitest";
import {
  CACHE_DATA_MESSAGE,
  CLIENT_BUILD_MESSAGE,
  DATA_CACHE_PREFIX,
  HAND_OVER_MESSAGE,
  PAGE_BUILD_ATTRIBUTE,
  SKIP_WAITING_MESSAGE,
  WHICH_BUILD_MESSAGE,
  swDataScript,
  swRegisterScript,
} from "./sw-scripts.ts";

/** Runs the generated worker script against in-memory caches and a counting network. */
function worker(version: string, existing: string[] = [], tabs = 1) {
  const stores = new Map<string, Map<string, Response>>(existing.map((name) => [name, new Map()]));
  const listeners = new Map<string, (event: unknown) => void>();
  const network: string[] = [];
  const caches = {
    open: async (name: string) => {
      if (!stores.has(name)) stores.set(name, new Map());
      const store = stores.get(name)!;
      return {
        match: async (req: Request) => store.get(req.url)?.clone(),
        put: async (req: Request, res: Response) => void store.set(req.url, res),
      };
    },
    keys: async () => [...stores.keys()],
    delete: async (name: string) => stores.delete(name),
  };
  const fetch = async (req: Request) => {
    network.push(req.url);
    return new Response(JSON.stringify({ url: req.url, n: network.length }), { status: 200 });
  };
  /** What the newer build's waiting worker was told. */
  const toWaiting: unknown[] = [];
  let updateChecks = 0;
  type NewerWorker = { state: string; postMessage(m: unknown): void; addEventListener?(t: "statechange", f: () => void): void };
  const registration: { waiting: NewerWorker | null; installing: NewerWorker | null; update(): Promise<void> } = {
    waiting: null,
    installing: null,
    update: async () => void updateChecks++,
  };
  const clients = { matchAll: async () => Array.from({ length: tabs }, (_, i) => ({ id: `tab-${i}` })) };
  const self = {
    location: { origin: "https://site.example" },
    registration,
    clients,
    addEventListener: (t: string, f: (e: unknown) => void) => listeners.set(t, f),
  };
  runInNewContext(swDataScript(version), { self, caches, fetch, Request, Response, URL, Promise, Array, String });

  async function get(url: string, clientId = "tab-0"): Promise<unknown> {
    let answer: Promise<Response> | undefined;
    listeners.get("fetch")!({ request: new Request(url), clientId, respondWith: (p: Promise<Response>) => (answer = p) });
    return answer ? (await answer).json() : "passed to the network";
  }
  /** A page load: Workbox answers it; this script only watches. */
  async function navigate(url: string, resultingClientId: string): Promise<void> {
    let done: Promise<unknown> = Promise.resolve();
    let answered = false;
    listeners.get("fetch")!({
      request: { url, mode: "navigate", method: "GET" },
      resultingClientId,
      respondWith: () => (answered = true),
      waitUntil: (p: Promise<unknown>) => (done = p),
    });
    await done;
    expect(answered).toBe(false);
  }
  const newerBuildWaits = () => (registration.waiting = { state: "installed", postMessage: (m: unknown) => toWaiting.push(m) });
  async function activate(): Promise<void> {
    let done: Promise<unknown> = Promise.resolve();
    listeners.get("activate")!({ waitUntil: (p: Promise<unknown>) => (done = p) });
    await done;
  }
  async function message(data: unknown, sourceId = "tab-0", ports: unknown[] = []): Promise<void> {
    let done: Promise<unknown> = Promise.resolve();
    listeners.get("message")!({ data, source: { id: sourceId }, ports, waitUntil: (p: Promise<unknown>) => (done = p) });
    await done;
  }
  return { get, navigate, newerBuildWaits, toWaiting, activate, message, network, stores, updateChecks: () => updateChecks };
}

describe("service worker data cache", () => {
  it("fetches a bulletin's data once and then serves it without the network", async () => {
    const sw = worker("v1");
    const first = await sw.get("https://site.example/data/bulletins/a.json");
    const again = await sw.get("https://site.example/data/bulletins/a.json");
    expect(again).toEqual(first);
    expect(sw.network).toEqual(["https://site.example/data/bulletins/a.json"]);
  });

  it("leaves pages, scripts and other origins to the network and Workbox", async () => {
    const sw = worker("v1");
    expect(await sw.get("https://site.example/bulletins/a")).toBe("passed to the network");
    expect(await sw.get("https://elsewhere.example/data/x.json")).toBe("passed to the network");
  });

  it("drops an older build's data cache on activation, keeping Workbox's precache", async () => {
    const sw = worker("v2", [`${DATA_CACHE_PREFIX}v1`, "workbox-precache-v2-https://site.example/"]);
    await sw.activate();
    expect([...sw.stores.keys()].sort()).toEqual(["workbox-precache-v2-https://site.example/"]);
    await sw.get("https://site.example/data/archive.json");
    expect([...sw.stores.keys()]).toContain(`${DATA_CACHE_PREFIX}v2`);
  });

  it("caches on request the data a page fetched before the worker controlled it", async () => {
    const sw = worker("v1");
    await sw.message({ type: CACHE_DATA_MESSAGE, urls: ["/data/bulletins/a.json", "/assets/index.js"] });
    expect(sw.network).toEqual(["https://site.example/data/bulletins/a.json"]);
    await sw.get("https://site.example/data/bulletins/a.json");
    expect(sw.network).toHaveLength(1);
  });
});

describe("service worker asked which build it is", () => {
  it("answers its data version on the port it is given (a newer build's page asks it so as not to offer the page its own build)", async () => {
    const sw = worker("v2");
    const answers: unknown[] = [];
    await sw.message({ type: WHICH_BUILD_MESSAGE }, "tab-0", [{ postMessage: (m: unknown) => answers.push(m) }]);
    expect(answers).toEqual([{ version: "v2" }]);
    // Without a port there is nobody to answer, and nothing else happens.
    await sw.message({ type: WHICH_BUILD_MESSAGE }, "tab-0");
    expect(sw.network).toEqual([]);
  });
});

describe("service worker while a newer build waits", () => {
  it("keeps a newer build's data out of its own build's cache when that build's page asks it to cache what it loaded", async () => {
    // A page of the newer build, still controlled by the old worker: its data is not the old build's, and
    // written to the old cache after the newer worker dropped that cache on taking over, it would bring it back.
    const sw = worker("v1", [], 1);
    await sw.message({ type: CLIENT_BUILD_MESSAGE, version: "v2" }, "new-tab");
    await sw.message({ type: CACHE_DATA_MESSAGE, urls: ["/data/bulletins/a.json"] }, "new-tab");
    expect(sw.network).toEqual([]);
    expect(sw.stores.has(`${DATA_CACHE_PREFIX}v1`)).toBe(false);
    // A worker restarted since has forgotten what each page said: the message names its build.
    await sw.message({ type: CACHE_DATA_MESSAGE, urls: ["/data/bulletins/a.json"], version: "v2" }, "unknown-tab");
    expect(sw.network).toEqual([]);
    // Its own build's page still gets what it loaded cached.
    await sw.message({ type: CLIENT_BUILD_MESSAGE, version: "v1" }, "old-tab");
    await sw.message({ type: CACHE_DATA_MESSAGE, urls: ["/data/bulletins/a.json"] }, "old-tab");
    expect(sw.network).toEqual(["https://site.example/data/bulletins/a.json"]);
  });

  it("gives a page loaded meanwhile (the newer build's) fresh data, and older pages their own build's cached data", async () => {
    const sw = worker("v1", [], 2);
    await sw.get("https://site.example/data/archive.json", "old-tab");
    sw.newerBuildWaits();
    await sw.navigate("https://site.example/", "new-tab");
    await sw.get("https://site.example/data/archive.json", "new-tab");
    expect(sw.network).toHaveLength(2);
    await sw.get("https://site.example/data/archive.json", "old-tab");
    expect(sw.network).toHaveLength(2);
  });

  it("counts a tab reloaded while the newer build waits as that build's, and asks the newer worker nothing itself", async () => {
    const alone = worker("v1", [], 1);
    alone.newerBuildWaits();
    await alone.navigate("https://site.example/", "tab-0");
    expect(await askHandOver(alone, "tab-0")).toEqual({ handOver: true });
    // The page sends SKIP_WAITING (src/app/lib/update-watch.ts): from in here, Chromium could leave it waiting for good.
    expect(alone.toWaiting).toEqual([]);
  });

  it("serves a page that says it runs another build from the network, and looks for that build's worker", async () => {
    const sw = worker("v1", [], 1);
    await sw.get("https://site.example/data/archive.json", "tab-0");
    await sw.message({ type: CLIENT_BUILD_MESSAGE, version: "v1" }, "tab-0");
    await sw.get("https://site.example/data/archive.json", "tab-0");
    expect(sw.network).toHaveLength(1);
    expect(sw.updateChecks()).toBe(0);

    await sw.message({ type: CLIENT_BUILD_MESSAGE, version: "v2" }, "tab-0");
    expect(sw.updateChecks()).toBe(1);
    await sw.get("https://site.example/data/archive.json", "tab-0");
    expect(sw.network).toHaveLength(2);
    // Its worker already waits: nothing more to look for.
    sw.newerBuildWaits();
    await sw.message({ type: CLIENT_BUILD_MESSAGE, version: "v2" }, "tab-0");
    expect(sw.updateChecks()).toBe(1);
    expect(sw.toWaiting).toEqual([]);
  });

  it("tells a page of the newer build whether it may take over: only when no tab runs this build", async () => {
    const alone = worker("v1", [], 1);
    expect(await askHandOver(alone, "tab-0")).toEqual({ handOver: true });
    const two = worker("v1", [], 2);
    await two.message({ type: CLIENT_BUILD_MESSAGE, version: "v1" }, "tab-1");
    expect(await askHandOver(two, "tab-0")).toEqual({ handOver: false });
  });

  it("says no in a worker that controls no tab (the installing one)", async () => {
    const sw = worker("v2", [], 0);
    expect(await askHandOver(sw, "tab-0", "v1")).toEqual({ handOver: false });
  });

  it("leaves page loads alone when no newer build waits", async () => {
    const sw = worker("v1");
    await sw.get("https://site.example/data/archive.json", "t1");
    await sw.navigate("https://site.example/", "t2");
    await sw.get("https://site.example/data/archive.json", "t2");
    expect(sw.network).toHaveLength(1);
    expect(sw.toWaiting).toEqual([]);
  });
});

describe("service worker registration script", () => {
  it("is plain script that registers the worker at the given URL and scope, once the loaded page is idle", () => {
    const registered: unknown[] = [];
    const onLoad: Array<() => void> = [];
    const navigator = {
      serviceWorker: {
        controller: null,
        addEventListener: () => undefined,
        register: (url: string, opts: unknown) => {
          registered.push([url, opts]);
          return Promise.resolve();
        },
      },
    };
    const idle: Array<() => void> = [];
    const requestIdleCallback = (f: () => void) => idle.push(f);
    const window = { addEventListener: (_t: string, f: () => void) => onLoad.push(f), performance: undefined, requestIdleCallback };
    runInNewContext(swRegisterScript("/sw.js", "/", "v1"), { navigator, window, document: pageDocument().document, requestIdleCallback, location: { origin: "https://site.example" } });
    onLoad.forEach((f) => f());
    // Not while the page is still loading: the worker's install downloads the whole app shell.
    expect(registered).toEqual([]);
    idle.forEach((f) => f());
    expect(registered).toEqual([["/sw.js", { scope: "/" }]]);
  });
});

describe("service worker registration script, on a page the worker controls", () => {
  it("tells the worker which build the page runs", () => {
    const told: unknown[] = [];
    const navigator = {
      serviceWorker: { controller: { postMessage: (m: unknown) => told.push(m) }, addEventListener: () => undefined, register: () => Promise.resolve() },
    };
    const window = { addEventListener: () => undefined };
    const page = pageDocument();
    runInNewContext(swRegisterScript("/sw.js", "/", "abc123"), { navigator, window, document: page.document, location: { origin: "https://site.example" } });
    expect(told).toEqual([{ type: CLIENT_BUILD_MESSAGE, version: "abc123" }]);
    // And marks the page with it, for the app's update notice (src/app/lib/update-watch.ts).
    expect(page.attributes).toEqual({ [PAGE_BUILD_ATTRIBUTE]: "abc123" });
  });
});

/** Just enough of a document for sw-register.js: the attributes it sets on <html>. */
function pageDocument() {
  const attributes: Record<string, string> = {};
  return { attributes, document: { documentElement: { setAttribute: (name: string, value: string) => void (attributes[name] = value) } } };
}

/** A page of build `version` asks `sw` whether the waiting worker may take over; the answer on its port. */
async function askHandOver(sw: ReturnType<typeof worker>, tab: string, version = "v2"): Promise<unknown> {
  const answers: unknown[] = [];
  await sw.message({ type: HAND_OVER_MESSAGE, version }, tab, [{ postMessage: (m: unknown) => answers.push(m) }]);
  await vi.waitFor(() => expect(answers).toHaveLength(1));
  return answers[0];
}
