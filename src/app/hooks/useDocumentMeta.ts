import { useEffect } from "react";

export const SITE_NAME = "Bulletin Reader";
const DEFAULT_DESCRIPTION = "Read, search and cite IWPR's plain-text news bulletins.";

/** Sets the document title (`Page — Bulletin Reader`) and the meta description for a route. */
export function useDocumentMeta(title: string | null, description?: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} — ${SITE_NAME}` : SITE_NAME;
    let meta = document.querySelector<HTMLMetaElement>('meta[name="description"]');
    if (!meta) {
      meta = document.createElement("meta");
      meta.name = "description";
      document.head.append(meta);
    }
    meta.content = description || DEFAULT_DESCRIPTION;
  }, [title, description]);
}
