/**
 * ── SEARCH SLOT ── The search helper replaces this with the real search box
 * (src/app/search/). Until then: a plain GET form to /search that works
 * without JavaScript. The `/` shortcut focuses `input[type=search]` in the header.
 */
export function SearchSlot() {
  return (
    <form role="search" action="/search" method="get" className="flex items-center">
      <label htmlFor="site-search" className="sr-only">
        Search bulletins
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        placeholder="Search…  ( / )"
        className="w-40 rounded-md border border-stone-300 bg-white px-2.5 py-1 text-sm sm:w-56 dark:border-stone-600 dark:bg-stone-900"
      />
    </form>
  );
}
