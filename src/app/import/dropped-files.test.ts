import { describe, expect, it } from "vitest";
import { filesFromDrop, textFilesOfFolder, type DropItemLike, type EntryLike } from "./dropped-files.ts";

const file = (name: string) => new File([name], name, { type: "text/plain" });

function fileEntry(name: string): EntryLike {
  return { isFile: true, isDirectory: false, name, file: (ok) => ok(file(name)) };
}

/** A folder whose reader answers in batches of `batch`, as Chromium's does with 100. */
function folderEntry(name: string, children: EntryLike[], batch = 2): EntryLike {
  return {
    isFile: false,
    isDirectory: true,
    name,
    createReader: () => {
      let at = 0;
      return {
        readEntries: (ok) => {
          const next = children.slice(at, at + batch);
          at += batch;
          setTimeout(() => ok(next), 0);
        },
      };
    },
  };
}

const item = (entry: EntryLike): DropItemLike => ({
  kind: "file",
  getAsFile: () => (entry.isFile ? file(entry.name) : new File([], entry.name)),
  webkitGetAsEntry: () => entry,
});

describe("filesFromDrop", () => {
  it("reads a dropped folder's .txt files, nested ones too, in numbered order, past the reader's batches", async () => {
    const folder = folderEntry("archive", [
      fileEntry("rca-10.txt"),
      fileEntry("rca-9.txt"),
      fileEntry("cover.jpg"),
      folderEntry("2004", [fileEntry("rca-300.TXT"), fileEntry("index.html")]),
      fileEntry("rca-100.txt"),
    ]);
    const files = await filesFromDrop([item(folder)]);
    expect(files.map((f) => f.name)).toEqual(["rca-300.TXT", "rca-9.txt", "rca-10.txt", "rca-100.txt"]);
  });

  it("passes loose files on whatever their name, beside a folder's text files", async () => {
    const files = await filesFromDrop([item(fileEntry("photo.png")), item(folderEntry("f", [fileEntry("a.txt")]))]);
    expect(files.map((f) => f.name)).toEqual(["photo.png", "a.txt"]);
  });

  it("uses the plain file list where the browser has no entries API", async () => {
    const plain: DropItemLike = { kind: "file", getAsFile: () => file("x.txt") };
    expect((await filesFromDrop([plain])).map((f) => f.name)).toEqual(["x.txt"]);
    expect((await filesFromDrop([], [file("y.txt")])).map((f) => f.name)).toEqual(["y.txt"]);
  });
});

describe("textFilesOfFolder", () => {
  it("keeps a picked folder's .txt files, in path order", () => {
    const withPath = (name: string, path: string) => Object.assign(file(name), { webkitRelativePath: path });
    const files = [withPath("b.txt", "a/2/b.txt"), withPath("x.png", "a/x.png"), withPath("a.txt", "a/10/a.txt")];
    expect(textFilesOfFolder(files).map((f) => f.name)).toEqual(["b.txt", "a.txt"]);
  });
});
