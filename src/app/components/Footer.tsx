import { FEED_FILE } from "../../site-generator/feeds/paths.ts";

export function Footer() {
  return (
    <footer className="site-footer mt-16 border-t border-stone-200 py-8 text-sm text-stone-600 dark:border-stone-800 dark:text-stone-400">
      <div className="mx-auto max-w-6xl space-y-1 px-4">
        <p>Bulletins by the Institute for War &amp; Peace Reporting (IWPR), read from their plain-text e-mail editions.</p>
        <p>
          New bulletins as they arrive: the <a className="link" href={`${import.meta.env.BASE_URL}${FEED_FILE}`}>Atom feed</a>.
        </p>
        <p>
          Place coordinates from GeoNames (<a className="link" href="https://www.geonames.org/">geonames.org</a>),{" "}
          <a className="link" href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>.
        </p>
      </div>
    </footer>
  );
}
