/**
 * One of write-threads.ts's threads: writes each batch of files it is sent
 * with sync calls, each folder made once, and answers with each file's size
 * and modification time from the file just written (before it is closed),
 * or why it could not be written.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import type { WriteBatch, WriteReply, WriteResult, WriteWorkerData } from "./write-threads.ts";
import { writeFileWithStat } from "./write-file.ts";

const { root } = workerData as WriteWorkerData;
const port = parentPort!;
const folders = new Set<string>();

function writeOne(fileName: string, source: string): WriteResult {
  const target = path.join(root, ...fileName.split("/"));
  try {
    const folder = path.dirname(target);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    return writeFileWithStat(target, Buffer.from(source, "utf8"));
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

port.on("message", ({ id, files }: WriteBatch) => {
  const reply: WriteReply = { id, results: files.map(([fileName, source]) => writeOne(fileName, source)) };
  port.postMessage(reply);
});
