import { copyText } from "../hooks/useCopy.ts";
import { ShareIcon } from "./icons.tsx";
import { useAnnounce } from "./status.tsx";

/** Web Share where the browser has it (phones), else copies the link to `path` on this site. */
export function ShareButton({ title, path }: { title: string; path: string }) {
  const announce = useAnnounce();
  return (
    <button
      type="button"
      className="btn no-print"
      onClick={async () => {
        const url = `${window.location.origin}${path}`;
        if (typeof navigator.share === "function") {
          try {
            await navigator.share({ title, url });
            return;
          } catch (error) {
            if (error instanceof DOMException && error.name === "AbortError") return;
          }
        }
        const ok = await copyText(url);
        announce(ok ? "Link copied" : "Could not copy the link");
      }}
    >
      <ShareIcon /> Share
    </button>
  );
}
