/** The /import page: bring your own bulletin files into the archive. */
import { useQueryClient } from "@tanstack/react-query";
import { useClientValue } from "../hooks/useClientValue.ts";
import { useDocumentMeta } from "../hooks/useDocumentMeta.ts";
import { MAX_IMPORT_BYTES, formatBytes } from "../../import/limits.ts";
import { DropZone } from "./DropZone.tsx";
import { clearResults, startImport, useImportState } from "./import-controller.ts";
import { ImportedList } from "./ImportedList.tsx";
import { ImportProgress, ImportResults } from "./ImportResults.tsx";
import { persistentStorage } from "./imports-data.ts";

export function ImportPage() {
  useDocumentMeta("Import bulletins");
  const queryClient = useQueryClient();
  const state = useImportState();
  const storageAllowed = useClientValue(() => persistentStorage, true);
  return (
    <div className="measure pb-16">
      <h1 className="font-serif text-3xl font-semibold">Import bulletins</h1>
      <p className="mt-4">
        Open IWPR bulletins you have saved as plain-text files. Each is read in this browser — nothing is uploaded — and
        joins the archive, search and the people and places pages. Files over {formatBytes(MAX_IMPORT_BYTES)}, files that are
        not text and texts that are not bulletins are refused with the reason.
      </p>
      {!storageAllowed && (
        <p role="note" className="mt-2 text-amber-800 dark:text-amber-300">
          This browser does not allow storage for this site: imports will be gone when you close the page.
        </p>
      )}
      <div className="mt-6">
        <DropZone onFiles={(files) => void startImport(files, queryClient)} />
      </div>
      <ImportProgress state={state} />
      <ImportResults state={state} onClear={clearResults} />
      <ImportedList />
    </div>
  );
}

export { ImportPage as Component };
