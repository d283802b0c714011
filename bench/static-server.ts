/**
 * Serves a built dist/ as a static host does: files as they are, gzipped
 * ahead of time (once, then from memory), `x/` and `x` answered by
 * `x/index.html`, anything else by 404.html with status 404.
 *
 * Why not `vite preview`: it gzips every response as it sends it. On this
 * two-core machine that work competed with the browser for the CPU during
 * each load Lighthouse measured, and the page's tasks grew with it.
 *
 *   tsx bench/static-server.ts <dist> <port>
 */
import { createServer, type ServerResponse } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".atom": "application/atom+xml",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
};
/** Types a static host compresses; images and fonts are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|atom\+xml|manifest\+json))/;

interface Entry {
  body: Buffer;
  gzipped: Buffer | null;
  type: string;
}

export function serveStatic(root: string, port: number): Promise<() => Promise<void>> {
  const cache = new Map<string, Entry>();
  const load = (file: string): Entry => {
    let entry = cache.get(file);
    if (!entry) {
      const body = readFileSync(file);
      const type = CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream";
      entry = { body, type, gzipped: COMPRESSIBLE.test(type) ? gzipSync(body, { level: 9 }) : null };
      cache.set(file, entry);
    }
    return entry;
  };
  const isFile = (file: string) => existsSync(file) && statSync(file).isFile();
  const resolve = (urlPath: string): string | null => {
    const inside = path.join(root, path.normalize(urlPath));
    if (!inside.startsWith(root)) return null;
    for (const candidate of [inside, `${inside}.html`, path.join(inside, "index.html")]) if (isFile(candidate)) return candidate;
    return null;
  };
  const send = (res: ServerResponse, status: number, entry: Entry, gzip: boolean) => {
    const body = gzip && entry.gzipped ? entry.gzipped : entry.body;
    res.writeHead(status, {
      "Content-Type": entry.type,
      "Content-Length": body.length,
      "Cache-Control": "no-cache",
      Vary: "Accept-Encoding",
      ...(body === entry.gzipped ? { "Content-Encoding": "gzip" } : {}),
    });
    res.end(body);
  };

  const server = createServer((req, res) => {
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    const file = resolve(urlPath);
    if (file) return send(res, 200, load(file), gzip);
    const notFound = path.join(root, "404.html");
    if (isFile(notFound)) return send(res, 404, load(notFound), gzip);
    res.writeHead(404).end();
  });
  return new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(port, () => done(() => new Promise((closed) => server.close(() => closed()))));
  });
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const [root, port] = process.argv.slice(2);
  if (!root || !port) {
    console.error("usage: tsx bench/static-server.ts <dist> <port>");
    process.exit(2);
  }
  await serveStatic(path.resolve(root), Number(port));
  console.log(`serving ${root} on http://localhost:${port}/`);
}
