import type { Plugin } from "vite";

export type Hook = (...args: unknown[]) => unknown;

/** A plugin's hook as a function, whether written as one or as `{ handler }`; a no-op if it has none (tests run hooks without Vite). */
export function hook(plugin: Plugin, name: keyof Plugin): Hook {
  const h = plugin[name] as Hook | { handler: Hook } | undefined;
  if (!h) return () => undefined;
  return typeof h === "function" ? h : h.handler;
}
