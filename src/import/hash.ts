/**
 * The content hash that says "already there". It is taken over the text with
 * line endings unified and the byte-order mark gone, so the same bulletin saved
 * on Windows and on a Mac counts as the same content. The build writes it for
 * each bundled bulletin (`sourceHash` in data/archive.json) with
 * `contentHashSync` (hash-node.ts), which hashes the same canonical text.
 */
export function canonicalSource(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

export async function contentHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(canonicalSource(text)));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}
