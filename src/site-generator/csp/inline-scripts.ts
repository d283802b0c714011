/**
 * Finds <script> elements with a body and no `src` in built HTML: under the
 * policy they would be blocked, so the build must not ship one. (JSON data
 * blocks such as `type="application/ld+json"` are not executed and are allowed.)
 */
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const NON_EXECUTABLE_TYPE = /\btype\s*=\s*["']?(application\/(ld\+)?json|importmap-disabled)["']?/i;

export function findInlineScripts(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(SCRIPT)) {
    const attributes = match[1] ?? "";
    const body = match[2] ?? "";
    if (/\bsrc\s*=/i.test(attributes)) continue;
    if (NON_EXECUTABLE_TYPE.test(attributes)) continue;
    if (body.trim() === "") continue;
    found.push(match[0].slice(0, 120));
  }
  return found;
}

/** Inline event-handler attributes (`onclick=`…), which the policy also blocks. */
export function findInlineHandlers(html: string): string[] {
  return [...html.matchAll(/<[a-z][^>]*\son[a-z]+\s*=/gi)].map((m) => m[0].slice(0, 120));
}
