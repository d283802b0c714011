/**
 * The article's search-hit bar (HitNavigator), for an article opened from a
 * search (`?q=` in its URL). Its code, and the folding it matches with, load
 * only then; and only once the app has hydrated the page, which the build
 * prerendered without a query.
 */
import { lazy, Suspense } from "react";
import { useSearchParams } from "react-router";
import { useClientValue } from "../hooks/useClientValue.ts";

const HitNavigator = lazy(() => import("./HitNavigator.tsx").then((m) => ({ default: m.HitNavigator })));

export function SearchHits() {
  const [params] = useSearchParams();
  const hydrated = useClientValue(() => true, false);
  if (!hydrated || !params.get("q")?.trim()) return null;
  return (
    <Suspense fallback={null}>
      <HitNavigator />
    </Suspense>
  );
}
