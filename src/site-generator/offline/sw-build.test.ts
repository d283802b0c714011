import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { GenerateSWOptions } from "workbox-build";
import { tempDirs } from "../testing/temp-dirs.ts";
import { buildServiceWorker } from "./sw-build.ts";

const tempDir = tempDirs("sw-build-");

function site(dir: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
}

function options(dir: string, importScripts: string[], cacheName = "register"): GenerateSWOptions & { globDirectory: string } {
  return {
    swDest: path.join(dir, "sw.js"),
    globDirectory: dir,
    globPatterns: ["index.html", "assets/**/*.js"],
    globIgnores: ["sw.js", "workbox-*.js"],
    dontCacheBustURLsMatching: /^assets\//,
    mode: "production",
    sourcemap: false,
    importScripts,
    runtimeCaching: [{ urlPattern: ({ request }) => request.mode === "navigate", handler: "NetworkFirst", options: { cacheName } }],
  };
}

describe("service worker build", () => {
  it("a rebuild from the cached bundle lists this build's files and scripts, byte for byte what a build without the cache writes", async () => {
    const cacheDir = tempDir();
    const lockfile = path.join(tempDir(), "package-lock.json");
    writeFileSync(lockfile, "{}");

    const first = tempDir();
    site(first, { "index.html": "<p>one</p>", "assets/app-AAAA.js": "1" });
    const cold = await buildServiceWorker(options(first, ["/sw-data-v1.js"]), { cacheDir, lockfile });
    expect(cold.cached).toBe(false);
    expect(readFileSync(path.join(first, "sw.js"), "utf8")).toContain("assets/app-AAAA.js");

    // The next build: another asset, another index.html, another data script.
    const second = tempDir();
    site(second, { "index.html": "<p>two</p>", "assets/app-BBBB.js": "2" });
    const warm = await buildServiceWorker(options(second, ["/sw-data-v2.js"]), { cacheDir, lockfile });
    expect(warm.cached).toBe(true);
    const sw = readFileSync(path.join(second, "sw.js"), "utf8");
    expect(sw).toContain('importScripts("/sw-data-v2.js")');
    expect(sw).toContain("assets/app-BBBB.js");
    expect(sw).not.toContain("sw-data-v1");
    expect(sw).not.toContain("app-AAAA");

    // The same build with no cache: the same files.
    const clean = tempDir();
    site(clean, { "index.html": "<p>two</p>", "assets/app-BBBB.js": "2" });
    const fresh = await buildServiceWorker(options(clean, ["/sw-data-v2.js"]), { cacheDir: tempDir(), lockfile });
    expect(fresh.cached).toBe(false);
    expect(warm.files.sort()).toEqual(fresh.files.sort());
    for (const file of fresh.files) {
      expect(readFileSync(path.join(second, file), "utf8"), file).toBe(readFileSync(path.join(clean, file), "utf8"));
    }
  });

  it("bundles again when the worker's own code or the lockfile changed", async () => {
    const cacheDir = tempDir();
    const lockfile = path.join(tempDir(), "package-lock.json");
    writeFileSync(lockfile, "{}");
    const dir = tempDir();
    site(dir, { "index.html": "<p>one</p>" });
    await buildServiceWorker(options(dir, ["/sw-data-v1.js"]), { cacheDir, lockfile });

    const changed = await buildServiceWorker(options(dir, ["/sw-data-v1.js"], "another-cache"), { cacheDir, lockfile });
    expect(changed.cached).toBe(false);
    expect(readFileSync(path.join(dir, "sw.js"), "utf8")).toContain("another-cache");

    writeFileSync(lockfile, '{"lockfileVersion":3}');
    expect((await buildServiceWorker(options(dir, ["/sw-data-v1.js"], "another-cache"), { cacheDir, lockfile })).cached).toBe(false);
    // Only the bundle in use is kept.
    expect(readdirSync(cacheDir)).toHaveLength(1);
    rmSync(lockfile);
  });
});
