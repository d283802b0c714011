/**
 * HTML text for untrusted strings. Every string that reaches a prerendered
 * page from a bulletin goes through `h` (text and attribute values alike):
 * bulletins are mail from outside, and a headline such as
 * `</title><script>…` must stay text.
 */

// Characters HTML forbids in text (C0 controls but tab/LF/FF/CR, and noncharacters' neighbours that parsers drop).
const NOT_HTML_CHAR = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function h(value: string): string {
  return value
    .replace(NOT_HTML_CHAR, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Ids and slugs the schema allows in URLs and file names; anything else is never written to disk. */
export const SAFE_SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Maximum length of a meta description; search engines cut at about this. */
export const DESCRIPTION_MAX = 200;

/** Whitespace collapsed, cut at a word boundary with an ellipsis when too long. */
export function description(text: string, max = DESCRIPTION_MAX): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, "")}…`;
}
