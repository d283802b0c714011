/**
 * The article's search-hit bar (HitNavigator), for an article opened from a
 * search (`?q=` in its URL). Its code, and the folding it matches with, load
 * only then; and only once the app has hydrated the page, which the build
 * prerendered without a query.
 *
 * The `n` and `p` keys are listened to here, from the app's first render on,
 * not by the bar: pressed before the bar's code had loaded (or before the app
 * had started: public/app-start.js presses the key again once it is ready),
 * they found no listener and were lost. They wait for the bar's hits instead.
 */
import { lazy, Suspense, useRef } from "react";
import { useSearchParams } from "react-router";
import { useClientValue } from "../hooks/useClientValue.ts";
import { useKeyboardShortcuts } from "../hooks/useKeyboardShortcuts.ts";
import type { HitSteps } from "./HitNavigator.tsx";

const HitNavigator = lazy(() => import("./HitNavigator.tsx").then((m) => ({ default: m.HitNavigator })));

function step(steps: HitSteps, delta: number) {
  if (steps.move) steps.move(delta);
  else steps.pending.push(delta);
}

export function SearchHits() {
  const [params] = useSearchParams();
  const hydrated = useClientValue(() => true, false);
  const steps = useRef<HitSteps>({ move: null, pending: [] }).current;
  const query = params.get("q")?.trim();
  useKeyboardShortcuts(query ? { n: () => step(steps, 1), p: () => step(steps, -1) } : {});
  if (!hydrated || !query) return null;
  return (
    <Suspense fallback={null}>
      <HitNavigator steps={steps} />
    </Suspense>
  );
}
