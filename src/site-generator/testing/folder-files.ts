/** What a build left in a folder, for tests that compare it with another build's, file for file. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Every file under `dir` with its content, by `/`-separated path. */
export function folderBytes(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out.set(path.relative(dir, file).split(path.sep).join("/"), readFileSync(file));
  }
  return out;
}

/** Every file under `dir` with its text, by `/`-separated path: a difference reads as text in a failure. */
export function folderTexts(dir: string): Map<string, string> {
  return new Map([...folderBytes(dir)].map(([name, bytes]) => [name, bytes.toString("utf8")]));
}
