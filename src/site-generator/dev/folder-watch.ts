/**
 * The dev server's watch on the bulletins folder: one `fs.watch` of the
 * folder itself, not Vite's file watcher (chokidar), which watches every file
 * it is given one by one. At 10,000 bulletins chokidar listed the folder and
 * set up 10,000 watches on the server's thread during its start, 1.5 s of it
 * in a profile, while the first page waited. A folder's watch reports each
 * entry added, removed, renamed or written, by name, on Linux, macOS and
 * Windows. With `server.watch.usePolling` (network and container file
 * systems, where such events do not arrive) Vite's watcher is used as before.
 */
import { existsSync, watch, type FSWatcher } from "node:fs";
import path from "node:path";

export interface FolderWatch {
  close(): void;
}

/**
 * Calls `onChange` with the absolute path of each file directly in `dir` that
 * `wanted` accepts, whenever the folder's watch reports it; `removed` when the
 * file is no longer there. Null when the folder cannot be watched.
 */
export function watchFolder(
  dir: string,
  wanted: (file: string) => boolean,
  onChange: (file: string, removed: boolean) => void,
  onError: (error: Error) => void,
): FolderWatch | null {
  let watcher: FSWatcher;
  try {
    watcher = watch(dir, { persistent: false }, (_event, name) => {
      // A platform may not say which entry changed (none that Node supports today): nothing to read then.
      if (!name) return;
      const file = path.join(dir, name.toString());
      if (wanted(file)) onChange(file, !existsSync(file));
    });
  } catch {
    return null;
  }
  watcher.on("error", onError);
  return { close: () => watcher.close() };
}
