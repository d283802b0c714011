/**
 * Where files come in: a real button that opens the file picker (keyboard and
 * screen-reader users need nothing else), and around it a zone that also takes
 * files dragged onto it.
 */
import { useId, useRef, useState, type DragEvent } from "react";
import { MAX_IMPORT_BYTES, formatBytes } from "../../import/limits.ts";
import { filesFromDrop, textFilesOfFolder } from "./dropped-files.ts";

export function hasFiles(event: DragEvent | globalThis.DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes("Files");
}

export function DropZone({ onFiles }: { onFiles: (files: File[]) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const inputId = useId();
  const [over, setOver] = useState(false);

  const onDrop = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.stopPropagation();
    setOver(false);
    void filesFromDrop(event.dataTransfer.items, Array.from(event.dataTransfer.files)).then(onFiles);
  };

  return (
    <div
      data-testid="drop-zone"
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      className={`rounded-lg border-2 border-dashed p-8 text-center transition-colors ${over ? "border-sky-600 bg-sky-50 dark:bg-sky-950" : "border-stone-300 dark:border-stone-700"}`}
    >
      {/* data-picker: public/app-start.js opens the picker itself when pressed before the app has started. */}
      <button type="button" className="btn" aria-describedby={hintId} data-picker={inputId} onClick={() => input.current?.click()}>
        Choose .txt files…
      </button>{" "}
      <button type="button" className="btn" aria-describedby={hintId} onClick={() => folderInput.current?.click()}>
        Choose a folder…
      </button>
      <p id={hintId} className="mt-3 text-sm text-stone-600 dark:text-stone-400">
        or drop files or a folder here. Plain-text IWPR bulletins, up to {formatBytes(MAX_IMPORT_BYTES)} each, in UTF-8,
        UTF-16 or an older Windows or Cyrillic code page; many at once is fine.
      </p>
      <input
        ref={input}
        id={inputId}
        type="file"
        accept=".txt,text/plain"
        multiple
        hidden
        data-testid="import-input"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          // Reset, so choosing the same file again fires `change` again.
          event.target.value = "";
          onFiles(files);
        }}
      />
      <input
        ref={folderInput}
        type="file"
        multiple
        hidden
        data-testid="import-folder-input"
        {...{ webkitdirectory: "" }}
        onChange={(event) => {
          const files = textFilesOfFolder(Array.from(event.target.files ?? []));
          event.target.value = "";
          onFiles(files);
        }}
      />
    </div>
  );
}
