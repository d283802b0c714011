export { prerenderPlugin, type PrerenderPlugin } from "./plugin.ts";
export { siteUrlFromEnv, SITE_NAME } from "./site.ts";
