/// <reference types="vitest/config" />
import { defineConfig, runnerImport } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { bulletinsPlugin } from "./src/build/bulletins-plugin.ts";
import type { ParseFn } from "./src/build/bulletin-store.ts";
import { cspPlugin } from "./src/build/csp/csp-plugin.ts";

async function loadParser(): Promise<ParseFn> {
  // The throwing variant: a file that is not a bulletin at all is reported and skipped.
  const { module } = await runnerImport<{ parseBulletinOrThrow: ParseFn }>("./src/parser/index.ts");
  return module.parseBulletinOrThrow;
}

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    cspPlugin(), // build only: Content-Security-Policy <meta> and dist/_headers
    // Not under Vitest: unit tests need no data, and should not parse the archive.
    ...(process.env.VITEST
      ? []
      : [
          bulletinsPlugin({
            dir: "bulletins",
            loadParser,
            // Other outputs (search index, feeds) register here as emitters.
            emitters: [],
          }),
        ]),
  ],
  test: {
    include: ["src/**/*.test.{ts,tsx}", "bench/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    setupFiles: ["src/test/setup.ts"],
  },
});
