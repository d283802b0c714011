/**
 * Splits plain text into text and web links, for boilerplate (subscribe and
 * project pages). Only http: and https: URLs become links — never
 * `javascript:`, `data:` or anything else, whatever the text says — and the
 * result is rendered as React text and <a> elements, never as HTML.
 */
export type LinkPart = { readonly type: "text"; readonly text: string } | { readonly type: "link"; readonly text: string; readonly href: string };

/** A bare `www.` host also counts: IWPR boilerplate writes `**** www.iwpr.net`. */
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+/gi;

/** Sentence punctuation after a URL belongs to the sentence, not the link (`…/subscribe.`). */
const TRAILING = /[.,;:!?)\]}]+$/;

export function linkify(text: string): LinkPart[] {
  const parts: LinkPart[] = [];
  let pos = 0;
  for (const match of text.matchAll(URL_RE)) {
    const start = match.index;
    const raw = match[0].replace(TRAILING, "");
    const href = toHref(raw);
    if (href === null) continue;
    if (start > pos) parts.push({ type: "text", text: text.slice(pos, start) });
    parts.push({ type: "link", text: raw, href });
    pos = start + raw.length;
  }
  if (pos < text.length) parts.push({ type: "text", text: text.slice(pos) });
  return parts;
}

/** The link target, or null unless it parses as an http(s) URL with a host. */
function toHref(raw: string): string | null {
  const candidate = /^www\./i.test(raw) ? `https://${raw}` : raw;
  try {
    const url = new URL(candidate);
    if ((url.protocol !== "http:" && url.protocol !== "https:") || url.hostname === "") return null;
    return url.href;
  } catch {
    return null;
  }
}
