import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Debian's Chromium where it is installed (scripts/ensure-chromium.mjs puts it there);
// otherwise Playwright's own browser, if `playwright install` could fetch one.
const executablePath =
  process.env.CHROMIUM_PATH ?? ["/usr/lib/chromium/chromium", "/usr/bin/chromium"].find((p) => existsSync(p));

// E2E_PORT lets several checkouts run their browser tests side by side without
// one reusing another's preview server.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  // None, under CI too: a test that passes only on a second try hides a race (`npm run test:stress` looks for them).
  retries: 0,
  reporter: process.env.CI ? "line" : "list",
  use: {
    ...devices["Desktop Chrome"],
    baseURL: `http://localhost:${PORT}`,
    // The built app registers a service worker, and page.route() cannot see what it fetches;
    // e2e/offline.spec.ts turns it on for itself.
    serviceWorkers: "block",
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
    },
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
  },
});
