/**
 * The app's URLs for search targets, in one place so that records built at
 * build time and the pages that read them agree.
 */

export function articleHref(bulletinId: string, slug: string, query?: string): string {
  const q = query ? `?q=${encodeURIComponent(query)}` : "";
  return `/bulletins/${bulletinId}/articles/${slug}${q}`;
}

/** A deep link to a quote: the article, scrolled to the quote's anchor. */
export function quoteHref(bulletinId: string, slug: string, quoteId: string, query?: string): string {
  return `${articleHref(bulletinId, slug, query)}#${quoteId}`;
}

export function personHref(personId: string): string {
  return `/people/${personId}`;
}

export function placeHref(placeId: string): string {
  return `/places/${placeId}`;
}

export function searchHref(query: string): string {
  return `/search?q=${encodeURIComponent(query)}`;
}

/** Add `?q=` to an article or quote link, keeping its `#anchor`. */
export function withQuery(href: string, query: string): string {
  if (!query.trim()) return href;
  const hash = href.indexOf("#");
  const path = hash < 0 ? href : href.slice(0, hash);
  const anchor = hash < 0 ? "" : href.slice(hash);
  const sep = path.includes("?") ? "&" : "?";
  return `${path}${sep}q=${encodeURIComponent(query)}${anchor}`;
}
