/**
 * The files of a drop, folders included. `dataTransfer.files` lists a dropped
 * folder as one unreadable entry; its contents are reached through the
 * entries API (`webkitGetAsEntry`, in every current browser), read here
 * recursively. From folders only `.txt` files are taken — a saved archive
 * often sits beside images and indexes — while files dropped one by one are
 * all passed on, so a wrong one is refused with its reason.
 */

/** The parts of the entries API used here (FileSystemEntry and kin), so tests can stand in for it. */
export interface EntryLike {
  readonly isFile: boolean;
  readonly isDirectory: boolean;
  readonly name: string;
  file?(success: (file: File) => void, failure?: (error: unknown) => void): void;
  createReader?(): { readEntries(success: (entries: EntryLike[]) => void, failure?: (error: unknown) => void): void };
}

export interface DropItemLike {
  readonly kind: string;
  getAsFile(): File | null;
  webkitGetAsEntry?(): EntryLike | null;
}

const TEXT_FILE = /\.txt$/i;

/**
 * Must be called during the drop event: the items are emptied when it ends.
 * The folders are read afterwards, asynchronously.
 */
export function filesFromDrop(items: ArrayLike<DropItemLike>, fallback: readonly File[] = []): Promise<File[]> {
  const loose: File[] = [];
  const folders: EntryLike[] = [];
  for (const item of Array.from(items)) {
    if (item.kind !== "file") continue;
    const entry = item.webkitGetAsEntry?.() ?? null;
    if (entry?.isDirectory) folders.push(entry);
    else {
      const file = item.getAsFile();
      if (file) loose.push(file);
    }
  }
  if (folders.length === 0 && loose.length === 0) return Promise.resolve([...fallback]);
  return Promise.all(folders.map(textFilesIn)).then((nested) => [...loose, ...nested.flat()]);
}

/** The .txt files under a folder, sorted by path so a numbered archive imports in order. */
async function textFilesIn(folder: EntryLike): Promise<File[]> {
  const found: Array<{ path: string; file: File }> = [];
  const walk = async (entry: EntryLike, path: string): Promise<void> => {
    if (entry.isDirectory && entry.createReader) {
      for (const child of await readAll(entry.createReader())) await walk(child, `${path}/${child.name}`);
    } else if (entry.isFile && entry.file && TEXT_FILE.test(entry.name)) {
      const read = entry.file.bind(entry);
      found.push({ path, file: await new Promise<File>((resolve, reject) => read(resolve, reject)) });
    }
  };
  await walk(folder, folder.name);
  return found.sort((a, b) => a.path.localeCompare(b.path, undefined, { numeric: true })).map((f) => f.file);
}

/** `readEntries` answers in batches (100 at a time in Chromium) until it answers with none. */
async function readAll(reader: ReturnType<NonNullable<EntryLike["createReader"]>>): Promise<EntryLike[]> {
  const all: EntryLike[] = [];
  for (;;) {
    const batch = await new Promise<EntryLike[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

/** Files picked through a folder picker (`webkitdirectory`): its .txt files, in path order. */
export function textFilesOfFolder(files: readonly File[]): File[] {
  const path = (f: File) => (f as File & { webkitRelativePath?: string }).webkitRelativePath || f.name;
  return files.filter((f) => TEXT_FILE.test(f.name)).sort((a, b) => path(a).localeCompare(path(b), undefined, { numeric: true }));
}
