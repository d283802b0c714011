import type { Plugin, ResolvedConfig } from "vite";

export type Hook = (...args: unknown[]) => unknown;

/** A plugin's hook as a function, whether written as one or as `{ handler }`; a no-op if it has none (tests run hooks without Vite). */
export function hook(plugin: Plugin, name: keyof Plugin): Hook {
  const h = plugin[name] as Hook | { handler: Hook } | undefined;
  if (!h) return () => undefined;
  return typeof h === "function" ? h : h.handler;
}

/**
 * One build through the data plugin and the output plugin alone, as Vite
 * would run their hooks, into `outDir` (the ledger under `root`).
 */
export async function buildDataOnly({ root, outDir, data, output, logger }: { root: string; outDir: string; data: Plugin; output: Plugin; logger: { warn: (m: string) => void; info: (m: string) => void } }): Promise<void> {
  const config = {
    root,
    command: "build",
    base: "/",
    logger,
    plugins: [data, output],
    publicDir: "",
    build: { outDir, emptyOutDir: false, write: true, copyPublicDir: false },
  } as unknown as ResolvedConfig;
  for (const p of [data, output]) hook(p, "configResolved")(config);
  await hook(output, "buildStart").call({});
  await hook(data, "buildStart").call({});
  await hook(output, "writeBundle").call({}, { dir: outDir }, {});
  await hook(data, "writeBundle").call({}, { dir: outDir });
  await hook(output, "closeBundle").call({});
  hook(data, "closeBundle").call({});
}
