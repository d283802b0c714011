// The compact gazetteer for bulletins parsed in the browser: a separate chunk,
// fetched only when a user opens a bulletin file there.
import { createGazetteer, type Gazetteer } from "./gazetteer.ts";
import type { PlaceData } from "./records.ts";

let pending: Promise<Gazetteer> | null = null;
export function loadBrowserGazetteer(): Promise<Gazetteer> {
  pending ??= import("./data/iwpr-places.json").then((m) => createGazetteer(m.default as unknown as PlaceData));
  return pending;
}
