/**
 * The content hash that says "already there". It is taken over the text with
 * line endings unified and the byte-order mark gone, so the same bulletin saved
 * on Windows and on a Mac counts as the same content. The build may compute it
 * for the bundled bulletins with this same function (it needs only Web Crypto,
 * which Node 20 and every browser have).
 */
export async function contentHash(text: string): Promise<string> {
  const canonical = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(canonical));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}
