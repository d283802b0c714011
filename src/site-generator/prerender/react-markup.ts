/**
 * Markup as React's server renderer writes it, for the pages the prerender
 * makes from string templates (quote-pages.ts, entity-pages.ts) instead of
 * the app's renderer: the app hydrates those pages, so each character must
 * be the one React would have written. Every string from a bulletin goes
 * through `text` (or a helper that calls it).
 */

/** Text and attribute values as React's server renderer escapes them. */
const ESCAPES: Record<string, string> = { '"': "&quot;", "'": "&#x27;", "&": "&amp;", "<": "&lt;", ">": "&gt;" };

export const text = (value: string): string => value.replace(/["'&<>]/g, (c) => ESCAPES[c]!);

/** Between two text nodes side by side, React's server renderer writes this, so the browser keeps them apart. */
export const SEP = "<!-- -->";

/**
 * Text nodes side by side (nothing but `null`, `false` or another text between
 * them in the JSX), as React writes them: empty ones are not written, the
 * others are escaped and kept apart.
 */
export function texts(...parts: string[]): string {
  return parts.filter((p) => p !== "").map(text).join(SEP);
}

/** An element's attributes in the order the JSX gives them (React writes them in that order), values escaped. */
export function attributes(pairs: ReadonlyArray<readonly [name: string, value: string | number]>): string {
  return pairs.map(([name, value]) => ` ${name}="${text(String(value))}"`).join("");
}

/** A path segment or fragment that needs no escaping in a URL, and that React Router leaves as it is. */
const PLAIN_PART = /^[A-Za-z0-9\-_.~]+$/;

/**
 * A root-relative path (and fragment) React Router writes as given: no `.` or
 * `..` segment and no empty one (which it would resolve), no query or empty
 * fragment (which it would rewrite), no character a URL would escape. Links
 * to any other target are not made here: the page is then left to the app.
 */
export function isPlainHref(href: string): boolean {
  const hashAt = href.indexOf("#");
  const path = hashAt < 0 ? href : href.slice(0, hashAt);
  if (hashAt >= 0 && !PLAIN_PART.test(href.slice(hashAt + 1))) return false;
  if (path === "/") return true;
  return path.startsWith("/") && path.slice(1).split("/").every((part) => PLAIN_PART.test(part) && part !== "." && part !== "..");
}

/** Thrown by `link` for a target `isPlainHref` refuses: the template then leaves the page to the app. */
export class NotTemplated extends Error {}

/**
 * React Router's `<Link to={href} {...attrs}>` as its server render writes
 * it: the attributes given (in their JSX order), then `href` and
 * `data-discover`. `inner` is markup, already escaped.
 */
export function linkMarkup(href: string, attrs: ReadonlyArray<readonly [string, string | number]>, inner: string): string {
  if (!isPlainHref(href)) throw new NotTemplated(`a link to ${JSON.stringify(href)}`);
  return `<a${attributes([...attrs, ["href", href], ["data-discover", "true"]])}>${inner}</a>`;
}

/** `<Link to={href} className={className}>{label}</Link>`: the common case, a link whose content is one text. */
export const link = (href: string, className: string, label: string): string => linkMarkup(href, [["class", className]], text(label));
