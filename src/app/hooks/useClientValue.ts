import { useSyncExternalStore } from "react";

const never = () => () => {};

/**
 * A value only the browser knows (the site's origin, whether storage is
 * allowed). The HTML prerendered at build time gets `server`, and so does the
 * render that hydrates it, so the two match; React re-renders with the
 * browser's value right after. `client` must return a primitive.
 */
export function useClientValue<T extends string | number | boolean>(client: () => T, server: T): T {
  return useSyncExternalStore(never, client, () => server);
}
