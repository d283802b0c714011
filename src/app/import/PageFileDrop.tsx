/**
 * Files dropped anywhere in the app are imported, and the import page opens to
 * show how it went — instead of the browser leaving the app to display the
 * dropped file. Drops on the import page's own zone are handled there. Files
 * chosen or dropped before the app had started are taken over here, as the app
 * starts listening for drops (early-files.ts).
 */
import { useEffect } from "react";
import { useNavigate } from "react-router";
import { useQueryClient } from "@tanstack/react-query";
import { startImport } from "./import-controller.ts";
import { hasFiles } from "./DropZone.tsx";
import { filesFromDrop } from "./dropped-files.ts";
import { takeEarlyFiles } from "./early-files.ts";

const IMPORT_PATH = "/import";

export function PageFileDrop() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event) || event.defaultPrevented) return;
      event.preventDefault();
      if (!event.dataTransfer) return;
      void filesFromDrop(event.dataTransfer.items, Array.from(event.dataTransfer.files)).then((files) => {
        if (files.length === 0) return;
        void startImport(files, queryClient);
        void navigate(IMPORT_PATH);
      });
    };
    window.addEventListener("dragover", onDragOver);
    window.addEventListener("drop", onDrop);
    // In the same task as the listeners above, so no file falls between the two.
    const early = takeEarlyFiles();
    if (early.length > 0) {
      void startImport(early, queryClient);
      if (window.location.pathname !== IMPORT_PATH) void navigate(IMPORT_PATH);
    }
    return () => {
      window.removeEventListener("dragover", onDragOver);
      window.removeEventListener("drop", onDrop);
    };
  }, [navigate, queryClient]);
  return null;
}
