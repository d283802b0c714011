import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { CACHE_DATA_MESSAGE, DATA_CACHE_PREFIX, swDataScript, swRegisterScript } from "./sw-scripts.ts";

/** Runs the generated worker script against in-memory caches and a counting network. */
function worker(version: string, existing: string[] = []) {
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
  const self = { location: { origin: "https://site.example" }, addEventListener: (t: string, f: (e: unknown) => void) => listeners.set(t, f) };
  runInNewContext(swDataScript(version), { self, caches, fetch, Request, Response, URL, Promise, Array, String });

  async function get(url: string): Promise<unknown> {
    let answer: Promise<Response> | undefined;
    listeners.get("fetch")!({ request: new Request(url), respondWith: (p: Promise<Response>) => (answer = p) });
    return answer ? (await answer).json() : "passed to the network";
  }
  async function activate(): Promise<void> {
    let done: Promise<unknown> = Promise.resolve();
    listeners.get("activate")!({ waitUntil: (p: Promise<unknown>) => (done = p) });
    await done;
  }
  async function message(data: unknown): Promise<void> {
    let done: Promise<unknown> = Promise.resolve();
    listeners.get("message")!({ data, waitUntil: (p: Promise<unknown>) => (done = p) });
    await done;
  }
  return { get, activate, message, network, stores };
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
    runInNewContext(swRegisterScript("/sw.js", "/"), { navigator, window, requestIdleCallback, location: { origin: "https://site.example" } });
    onLoad.forEach((f) => f());
    // Not while the page is still loading: the worker's install downloads the whole app shell.
    expect(registered).toEqual([]);
    idle.forEach((f) => f());
    expect(registered).toEqual([["/sw.js", { scope: "/" }]]);
  });
});
