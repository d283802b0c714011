// Readable URL segments: `Kazak Towns Empty Following Mass Job Cuts` → `kazak-towns-empty-following-mass-job-cuts`.

/** Long headlines give long URLs; eight words keep them readable and still distinct. */
export const SLUG_MAX_WORDS = 8;

export function slugify(text: string, maxWords = SLUG_MAX_WORDS): string {
  const words = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’'`]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
  return words.slice(0, maxWords).join("-");
}

/** Makes `slug` unique among `taken` with `-2`, `-3`… and records it. */
export function uniqueSlug(slug: string, taken: Set<string>, fallback = "article"): string {
  const base = slug === "" ? fallback : slug;
  let s = base;
  for (let n = 2; taken.has(s); n++) s = `${base}-${n}`;
  taken.add(s);
  return s;
}
