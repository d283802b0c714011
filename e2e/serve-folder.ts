/**
 * A static host for one test, whose folder can be swapped while it serves:
 * publishing a new build at the same origin. Files as they are, `x/` and `x`
 * answered by `x/index.html`, anything else by 404.html with status 404, and
 * `no-cache` on everything, as a host that revalidates would.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

export interface FolderServer {
  readonly url: string;
  /** Serves another folder from now on. */
  publish(folder: string): void;
  close(): Promise<void>;
}

export async function serveFolder(folder: string): Promise<FolderServer> {
  let root = path.resolve(folder);
  const isFile = (f: string) => existsSync(f) && statSync(f).isFile();
  const server = createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const inside = path.join(root, path.normalize(urlPath));
    const file = inside.startsWith(root) ? [inside, `${inside}.html`, path.join(inside, "index.html")].find(isFile) : undefined;
    const chosen = file ?? path.join(root, "404.html");
    if (!isFile(chosen)) return void res.writeHead(404).end();
    res.writeHead(file ? 200 : 404, { "Content-Type": TYPES[path.extname(chosen)] ?? "application/octet-stream", "Cache-Control": "no-cache" });
    res.end(readFileSync(chosen));
  });
  await new Promise<void>((resolve) => server.listen(0, "localhost", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    publish: (next) => void (root = path.resolve(next)),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
