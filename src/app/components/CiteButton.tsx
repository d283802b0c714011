import type { Quote } from "../../parser/model/index.ts";
import { copyText } from "../hooks/useCopy.ts";
import { citationFor, useArticleContext } from "./article-context.ts";
import { useAnnounce } from "./status.tsx";

export function CiteButton({ quote, className = "" }: { quote: Quote; className?: string }) {
  const ctx = useArticleContext();
  const announce = useAnnounce();
  return (
    <button
      type="button"
      className={`no-print font-sans text-xs font-medium text-accent underline-offset-2 hover:underline dark:text-accent-dark ${className}`}
      aria-label={`Cite this quote by ${quote.speaker.name || "an unknown speaker"}`}
      onClick={async () => {
        const ok = await copyText(citationFor(ctx, quote));
        announce(ok ? "Citation copied" : "Could not copy the citation");
      }}
    >
      Cite
    </button>
  );
}
