/**
 * The output ledger's worker (ledger.ts `checkAhead`): stats every file of
 * the last build's record, in the record's order, and writes into shared
 * memory whether each is as recorded, while the build's own thread reads
 * the bulletins. The build's thread reads a verdict once it is there, and
 * stats the file itself while it is not.
 */
import { statSync } from "node:fs";
import { workerData } from "node:worker_threads";
import { AS_RECORDED, asRecorded, forEachEntry, insideFolder, NOT_AS_RECORDED } from "./ledger.ts";

const { text, outDir, verdicts } = workerData as { text: string; outDir: string; verdicts: Uint8Array };

let place = 0;
forEachEntry(text, outDir, (fileName, packed) => {
  let same = false;
  try {
    same = asRecorded(packed, statSync(insideFolder(outDir, fileName), { throwIfNoEntry: false }));
  } catch {
    // outside the folder: never as recorded
  }
  Atomics.store(verdicts, place++, same ? AS_RECORDED : NOT_AS_RECORDED);
});
