/** Draws a build-time locator map (src/map) as SVG elements: no tiles, no network. */
import type { LocatorMap } from "../../map/types.ts";

export function LocatorMapView({ map, label }: { map: LocatorMap; label: string }) {
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${map.width} ${map.height}`}
      className="w-full max-w-md rounded-md border border-stone-200 bg-sky-50 dark:border-stone-700 dark:bg-slate-800"
    >
      {map.shapes.map((s) => (
        <path
          key={s.name}
          d={s.d}
          className={s.home ? "fill-amber-200 dark:fill-amber-900" : "fill-stone-200 dark:fill-stone-700"}
          stroke="currentColor"
          strokeOpacity={0.35}
          strokeWidth={0.5}
        />
      ))}
      <circle cx={map.dot.x} cy={map.dot.y} r={4} className="fill-red-600" stroke="white" strokeWidth={1.5} />
    </svg>
  );
}
