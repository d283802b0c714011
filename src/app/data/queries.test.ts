import { afterEach, describe, expect, it } from "vitest";
import { bulletinFile } from "../../site-generator/data-paths.ts";
import { archiveDataFiles, makeBulletin } from "../../site-generator/testing/bulletins.ts";
import { setDataSource } from "./data-source.ts";
import { NotFoundError, NotJsonError } from "./errors.ts";
import { ensureBulletin } from "./queries.ts";
import { createQueryClient } from "./query-client.ts";

const bulletin = makeBulletin({ id: "xyz-42" });

/** Serves `files` (path → JSON, or a string sent as an HTML page) and records what was asked for. */
function serve(files: Record<string, unknown>) {
  const asked: string[] = [];
  setDataSource(async (url) => {
    const file = new URL(url, "http://x").pathname.slice(1);
    asked.push(file);
    const body = files[file];
    if (body === undefined) return new Response(null, { status: 404 });
    if (typeof body === "string") return new Response(body, { headers: { "content-type": "text/html" } });
    return new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });
  });
  return asked;
}

afterEach(() => setDataSource((url, init) => fetch(url, init)));

describe("ensureBulletin", () => {
  it("loads a bulletin without the archive index (megabytes in a large archive)", async () => {
    const asked = serve({ ...archiveDataFiles([bulletin]), [bulletinFile("xyz-42")]: bulletin });
    expect((await ensureBulletin(createQueryClient(), "xyz-42")).id).toBe("xyz-42");
    expect(asked).toEqual([bulletinFile("xyz-42")]);
  });

  it("calls an id the archive does not list not found, whatever the server answered", async () => {
    serve({ ...archiveDataFiles([bulletin]), [bulletinFile("nope-1")]: "<!doctype html><p>app shell</p>" });
    await expect(ensureBulletin(createQueryClient(), "nope-1")).rejects.toBeInstanceOf(NotFoundError);
    await expect(ensureBulletin(createQueryClient(), "nope-2")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("keeps a listed bulletin's own error when its file is broken", async () => {
    serve({ ...archiveDataFiles([bulletin]), [bulletinFile("xyz-42")]: "<!doctype html><p>app shell</p>" });
    await expect(ensureBulletin(createQueryClient(), "xyz-42")).rejects.toBeInstanceOf(NotJsonError);
  });
});
