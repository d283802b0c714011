/** What the place page says of a place beyond its name (PlacePage.tsx, and the prerender's place pages). */
import type { PlacePageData } from "../../search/page-data.ts";

type Place = Pick<PlacePageData["place"], "name" | "kind" | "countryName">;

/** `city in Kazakhstan`, `Kazakhstan`, or `Country unknown`. */
export function placeKindLine(place: Place): string {
  return [place.kind !== "other" ? place.kind : null, place.countryName].filter(Boolean).join(" in ") || "Country unknown";
}

/** The locator map's accessible name. */
export function placeMapLabel(place: Place): string {
  return `Map showing ${place.name}${place.countryName ? ` in ${place.countryName}` : ""}`;
}
