import { useTextSize } from "../hooks/usePreferences.ts";

export function TextSize() {
  const { index, max, change } = useTextSize();
  return (
    <div role="group" aria-label="Text size" className="inline-flex">
      <button type="button" className="btn rounded-r-none" onClick={() => change(-1)} disabled={index === 0} aria-label="Smaller text">
        A−
      </button>
      <button type="button" className="btn -ml-px rounded-l-none text-base" onClick={() => change(1)} disabled={index === max} aria-label="Larger text">
        A+
      </button>
    </div>
  );
}
