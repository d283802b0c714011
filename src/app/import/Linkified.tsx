import { linkify } from "./linkify.ts";

/**
 * Text with its http(s) URLs as links that open without handing this page to
 * the target (`noopener`) or telling it where the reader came from (`noreferrer`).
 */
export function Linkified({ text }: { text: string }) {
  return (
    <>
      {linkify(text).map((part, i) =>
        part.type === "link" ? (
          <a key={i} href={part.href} rel="noopener noreferrer" target="_blank" className="break-all underline underline-offset-2">
            {part.text}
          </a>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
