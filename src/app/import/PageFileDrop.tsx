/**
 * Files dropped anywhere in the app are imported, and the import page opens to
 * show how it went — instead of the browser leaving the app to display the
 * dropped file. Drops on the import page's own zone are handled there.
 */
import { useEffect } from "react";
import { useNavigate } from "react-router";
import { useQueryClient } from "@tanstack/react-query";
import { startImport } from "./import-controller.ts";
import { hasFiles } from "./DropZone.tsx";
import { filesFromDrop } from "./dropped-files.ts";

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
        void navigate("/import");
      });
    };
    window.addEventListener("dragover", onDragOver);
    window.addEventListener("drop", onDrop);
    return () => {
      window.removeEventListener("dragover", onDragOver);
      window.removeEventListener("drop", onDrop);
    };
  }, [navigate, queryClient]);
  return null;
}
