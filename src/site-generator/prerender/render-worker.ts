/**
 * One of the render pool's workers (render-pool.ts): loads the app's renderer
 * (app-renderer.ts) in its own thread and renders the routes it is sent, one
 * at a time and in the order sent (the renderer records which data files each
 * page read, so pages must not overlap; the pool sends the next before this
 * one is answered), answering with the markup, the status, and the files the
 * page was made from with their content hashes (for the page cache). Given
 * the page's description and file, it makes the page's document and writes
 * it (app-renderer.ts), and answers with its hash instead; the markup of a
 * page made from its data (template-pages.ts) is then not sent at all. A worker started
 * ahead of the build's index.html is sent it (with the site's address) before
 * its first page.
 */
import { parentPort, workerData } from "node:worker_threads";
import { loadAppRenderer, type DocumentInputs } from "./app-renderer.ts";
import { keepsMarkup } from "./page-cache.ts";
import type { DocumentsMessage, RenderReply, RenderTask, RenderWorkerData } from "./render-pool.ts";

const { root, outDir, documents: given } = workerData as RenderWorkerData;
const port = parentPort!;
/** The renderer reads them as each page is made: filled in place when they come after the start. */
const documents: DocumentInputs = { template: "", siteUrl: "", ...given };
let documentsKnown = given !== undefined;

try {
  const renderer = await loadAppRenderer(root, outDir, documents);
  const renderOne = async ({ id, route, meta, fileName }: RenderTask) => {
    let reply: RenderReply;
    try {
      const page = await renderer.render(route, meta, fileName);
      const hashes: Array<[string, string]> = page.dataFiles.map((url) => [url, renderer.dataFileHash(url)]);
      // A page written, or with its document, whose markup the page cache does not keep, is not sent with it.
      const markupNotWanted = !keepsMarkup(page) && (page.written !== undefined || page.document !== undefined);
      reply = markupNotWanted
        ? { id, ok: true, page: { ...page, html: "" }, hashes }
        : page.document
          ? { id, ok: true, page: { ...page, html: "" }, markupLength: page.html.length, hashes }
          : { id, ok: true, page, hashes };
    } catch (error) {
      reply = { id, ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(reply);
  };
  let previous: Promise<void> = Promise.resolve();
  port.on("message", (message: RenderTask | DocumentsMessage) => {
    if ("documents" in message) {
      Object.assign(documents, message.documents);
      documentsKnown = true;
      return;
    }
    // Without the documents' inputs a page is rendered without its document, as by a renderer given none.
    const task: RenderTask = documentsKnown ? message : { id: message.id, route: message.route };
    previous = previous.then(() => renderOne(task));
  });
  port.postMessage({ ready: true, code: renderer.code });
} catch (error) {
  port.postMessage({ ready: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
