/** A locator map as shipped to the browser: plain data, drawn as SVG elements. */
export interface LocatorMap {
  width: number;
  height: number;
  /** One path per country in view; `home` marks the place's own country. */
  shapes: Array<{ d: string; name: string; home: boolean }>;
  dot: { x: number; y: number };
}
