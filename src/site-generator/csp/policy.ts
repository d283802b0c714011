/**
 * The Content-Security-Policy the built app ships with. What each directive
 * allows is what the app needs and nothing more:
 *
 * - scripts only from our own origin, never inline and never eval: bulletin
 *   text that somehow reached the DOM as markup still could not run;
 * - styles from our origin plus inline `style` attributes, which React sets
 *   (virtualised lists position rows with them); no script can come of a style;
 * - images from our origin and `data:` (small icons inlined by the bundler);
 * - fetches only to our origin (data/*.json): an injected URL cannot leak data;
 * - workers (the import parser, search) from our origin;
 * - no plugins, no <base> rewriting, forms only to our origin.
 *
 * `frame-ancestors` (no framing, against click-jacking) is only honoured as an
 * HTTP header, so it is in `_headers` but not in the <meta> tag.
 */
import { HASHED_DIR } from "../../search/shards.ts";
import { HASHED_DATA_DIR } from "../data-paths.ts";

export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  "default-src": ["'self'"],
  "script-src": ["'self'"],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:"],
  "font-src": ["'self'"],
  "connect-src": ["'self'"],
  "worker-src": ["'self'"],
  "manifest-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
};

/** Only valid in an HTTP header (browsers ignore them in <meta>). */
export const HEADER_ONLY_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  "frame-ancestors": ["'none'"],
};

export function serialisePolicy(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(" "))
    .join("; ");
}

export const META_POLICY = serialisePolicy(CSP_DIRECTIVES);
export const HEADER_POLICY = serialisePolicy({ ...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES });

/** Pages and data keep their names from build to build: a cache must ask again before reusing them. */
export const REVALIDATE = "public, max-age=0, must-revalidate";
/** Files whose name carries a hash of their content never change under that name. */
export const IMMUTABLE = "public, max-age=31536000, immutable";
/**
 * Where files named by a hash of their content live: the bundler's (Vite's
 * `build.assetsDir`) and the search index's shards and record chunks
 * (src/search/shards.ts), and the data's pieces: the views' rows, person and
 * place pages' long lists (src/views/pieces.ts). A browser may keep them forever.
 */
export const HASHED_PATHS: readonly string[] = ["/assets/*", `/${HASHED_DIR}/*`, `/${HASHED_DATA_DIR}/*`];

/**
 * `_headers` in the format Netlify and Cloudflare Pages read: the policy plus
 * the usual hardening headers for every path, pages and data revalidated,
 * hashed files cached for good. (Both hosts apply every matching rule; for
 * one header named twice, the more specific path's value is the one sent.)
 */
export function headersFile(hashedPaths: readonly string[] = HASHED_PATHS): string {
  return [
    "/*",
    `  Content-Security-Policy: ${HEADER_POLICY}`,
    "  X-Content-Type-Options: nosniff",
    "  Referrer-Policy: no-referrer",
    "  X-Frame-Options: DENY",
    `  Cache-Control: ${REVALIDATE}`,
    ...hashedPaths.flatMap((p) => [p, `  Cache-Control: ${IMMUTABLE}`]),
    "",
  ].join("\n");
}
