import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cspPlugin } from "./csp-plugin.ts";
import { findInlineHandlers, findInlineScripts } from "./inline-scripts.ts";
import { HASHED_PATHS, HEADER_POLICY, IMMUTABLE, META_POLICY, REVALIDATE } from "./policy.ts";

describe("the policy", () => {
  it("allows no inline or eval'd script and no foreign connections", () => {
    const scriptSrc = META_POLICY.split("; ").find((d) => d.startsWith("script-src "));
    expect(scriptSrc).toBe("script-src 'self'");
    expect(META_POLICY).toContain("connect-src 'self'");
    expect(META_POLICY).toContain("object-src 'none'");
    expect(META_POLICY).not.toContain("frame-ancestors");
    expect(HEADER_POLICY).toContain("frame-ancestors 'none'");
  });
});

describe("findInlineScripts", () => {
  it("flags inline code and handlers, not external modules or JSON data", () => {
    expect(findInlineScripts('<script type="module" src="/a.js"></script><script type="application/ld+json">{"a":1}</script>')).toEqual([]);
    expect(findInlineScripts("<script>alert(1)</script>")).toHaveLength(1);
    expect(findInlineHandlers('<body onload="go()">')).toHaveLength(1);
    expect(findInlineHandlers('<a href="/x" data-x="1">')).toEqual([]);
  });
});

describe("a real Vite build with the plugin", () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "csp-plugin-"));
    await writeFile(join(root, "index.html"), '<!doctype html><html><head><title>t</title></head><body><script type="module" src="./main.js"></script></body></html>');
    await writeFile(join(root, "main.js"), 'document.title = "ok"; import("./lazy.js");');
    await writeFile(join(root, "lazy.js"), "export const x = 1;");
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("puts the policy first in <head>, leaves no inline script, and writes _headers", async () => {
    await build({ root, configFile: false, logLevel: "silent", plugins: [cspPlugin()], build: { outDir: "dist" } });
    const html = await readFile(join(root, "dist/index.html"), "utf8");
    const head = html.slice(html.indexOf("<head>"));
    expect(head.indexOf("Content-Security-Policy")).toBeLessThan(head.indexOf("<script"));
    expect(html.replaceAll("&#39;", "'")).toContain(`content="${META_POLICY}"`);
    expect(findInlineScripts(html)).toEqual([]);
    const headers = await readFile(join(root, "dist/_headers"), "utf8");
    expect(headers).toContain(`Content-Security-Policy: ${HEADER_POLICY}`);
    expect(headers).toContain("/data/search/h/*\n  Cache-Control: public, max-age=31536000, immutable");
  });

  it("has hosts cache the bundler's hashed files for good, and revalidate everything else", async () => {
    const headers = await readFile(join(root, "dist/_headers"), "utf8");
    const rules = new Map<string, string[]>();
    let current = "";
    for (const line of headers.split("\n")) {
      if (line.startsWith("/")) rules.set((current = line), []);
      else if (line.trim()) rules.get(current)!.push(line.trim());
    }
    expect(rules.get("/*")).toContain(`Cache-Control: ${REVALIDATE}`);
    // The hashed files really are where the immutable rule points.
    const hashed = (await readdir(join(root, "dist/assets"))).filter((f) => /-[\w-]{8,}\.js$/.test(f));
    expect(hashed.length).toBeGreaterThan(0);
    const immutable = [...rules].filter(([, lines]) => lines.includes(`Cache-Control: ${IMMUTABLE}`)).map(([p]) => p);
    expect(immutable).toEqual([...HASHED_PATHS]);
    expect(immutable).toContain("/assets/*");
  });

  it("fails the build when the page would carry an inline script", async () => {
    await writeFile(join(root, "index.html"), "<!doctype html><html><head></head><body><script>window.x = 1</script></body></html>");
    await expect(
      build({ root, configFile: false, logLevel: "silent", plugins: [cspPlugin()], build: { outDir: "dist2" } }),
    ).rejects.toThrow(/inline script/);
  });
});
