/**
 * The site's identity and public URLs, shared by the prerendered pages and
 * the feeds: whatever is shared on social media or read by a feed reader
 * needs absolute URLs, so the build must know where the site will live.
 *
 * SITE_URL (env) is the deployed origin, optionally with a path prefix,
 * e.g. `SITE_URL=https://bulletins.example.org npm run build`. The default
 * is `vite preview`'s address, so a local build's links work as they are.
 */
export const SITE_NAME = "Bulletin Reader";
export const SITE_DESCRIPTION = "Read, search and cite IWPR's plain-text news bulletins.";
export const DEFAULT_SITE_URL = "http://localhost:4173";

export function siteUrlFromEnv(env: Record<string, string | undefined> = process.env): string {
  const raw = env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL is not an absolute URL: ${JSON.stringify(raw)}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`SITE_URL must be http or https: ${JSON.stringify(raw)}`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

/**
 * What a build says, loudly, when SITE_URL was not set: every shared link it
 * wrote points at a local preview, and an archive published that way would
 * send everyone who follows a shared quote to their own machine.
 */
export function localSiteUrlWarning(env: Record<string, string | undefined> = process.env): string[] {
  if (env.SITE_URL?.trim()) return [];
  return [
    `NOT FOR PUBLISHING: SITE_URL is not set, so every canonical URL, link preview and feed link in this build points at ${DEFAULT_SITE_URL}.`,
    "That is right for `npm run preview`. To publish, build with the address the site will have: SITE_URL=https://bulletins.example.org npm run build",
  ];
}

// Paths of the app's routes (src/app's router uses the same shapes).
const seg = encodeURIComponent;
export const archivePath = (): string => "/";
export const bulletinPath = (bulletinId: string): string => `/bulletins/${seg(bulletinId)}`;
export const articlePath = (bulletinId: string, slug: string): string =>
  `${bulletinPath(bulletinId)}/articles/${seg(slug)}`;
export const personPath = (personId: string): string => `/people/${seg(personId)}`;
export const placePath = (placeId: string): string => `/places/${seg(placeId)}`;
export const searchPath = (): string => "/search";

export function absoluteUrl(siteUrl: string, path: string): string {
  return `${siteUrl}${path}`;
}
