/**
 * Ships the Content-Security-Policy with the build (not with `vite dev`, whose
 * hot-reload client needs inline scripts and a websocket):
 * - a <meta http-equiv="Content-Security-Policy"> first in <head> of every
 *   built HTML page, so the policy holds on any static host;
 * - `_headers` at the root of dist/ for hosts that read it (Netlify,
 *   Cloudflare Pages), adding what only a header can say (frame-ancestors).
 * The build fails if the final HTML holds an inline script or handler, which
 * the policy would block at run time — better a red build than a blank page.
 */
import type { Plugin } from "vite";
import { findInlineHandlers, findInlineScripts } from "./inline-scripts.ts";
import { META_POLICY, headersFile } from "./policy.ts";

export const HEADERS_FILE = "_headers";

export function cspPlugin(): Plugin {
  return {
    name: "bulletin-reader:csp",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html) {
        const offending = [...findInlineScripts(html), ...findInlineHandlers(html)];
        if (offending.length > 0) {
          throw new Error(
            `The built HTML holds inline script the Content-Security-Policy would block:\n  ${offending.join("\n  ")}`,
          );
        }
        return [
          {
            tag: "meta",
            attrs: { "http-equiv": "Content-Security-Policy", content: META_POLICY },
            injectTo: "head-prepend",
          },
        ];
      },
    },
    generateBundle() {
      this.emitFile({ type: "asset", fileName: HEADERS_FILE, source: headersFile() });
    },
  };
}
