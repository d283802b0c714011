// `npm run --silent parse -- FILE`: the Bulletin JSON on stdout; bad input gets one
// line on stderr (`parse: FILE: problem`), exit code 2, nothing on stdout.
import { readFileSync, statSync } from "node:fs";
import { loadNodeGazetteer } from "../gazetteer/node.ts";
import { MAX_SOURCE_BYTES } from "../source-text/index.ts";
import { runParse, type ReadResult } from "./run.ts";

function readFile(file: string): ReadResult {
  try {
    const st = statSync(file);
    if (st.isDirectory()) return { ok: false, problem: "is a directory, not a file" };
    // Not read at all when over the limit: the refusal states the limit from the size alone.
    if (st.size > MAX_SOURCE_BYTES) return { ok: true, bytes: new Uint8Array(0), size: st.size };
    return { ok: true, bytes: readFileSync(file) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { ok: false, problem: "no such file" };
    if (code === "EACCES" || code === "EPERM") return { ok: false, problem: "permission denied" };
    return { ok: false, problem: `cannot read (${code ?? (e as Error).message})` };
  }
}

// The full GeoNames subset for coordinates; the in-browser parser gets a compact one.
const result = runParse(process.argv.slice(2), readFile, { gazetteer: loadNodeGazetteer() });
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.code;
