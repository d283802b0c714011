#!/usr/bin/env node
// Makes sure the browser tests have a Chromium, so that `npm test` is the only
// step a fresh clone needs. In order: CHROMIUM_PATH if set; Debian's chromium
// if installed; Playwright's own download where the network allows it; Debian's
// package via apt-get when running as root; else a message saying what to install.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

const DEBIAN_CHROMIUM = ["/usr/lib/chromium/chromium", "/usr/bin/chromium"];

function found() {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
  return DEBIAN_CHROMIUM.find((p) => existsSync(p)) ?? null;
}

function run(cmd, args) {
  console.log(`ensure-chromium: ${cmd} ${args.join(" ")}`);
  return spawnSync(cmd, args, { stdio: "inherit" }).status === 0;
}

if (found()) process.exit(0);

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (isRoot && existsSync("/usr/bin/apt-get")) {
  if (run("apt-get", ["update", "-qq"]) && run("apt-get", ["install", "-y", "-qq", "chromium"]) && found()) process.exit(0);
}
// Playwright's own browser build, where its download host is reachable.
if (run("npx", ["playwright", "install", "chromium"])) {
  console.log("ensure-chromium: using Playwright's Chromium (set CHROMIUM_PATH to use another).");
  process.exit(0);
}
console.error(
  "ensure-chromium: no Chromium found for the browser tests. Install one (Debian/Ubuntu: `sudo apt-get install chromium`)\n" +
    "or point CHROMIUM_PATH at a Chromium binary, then run `npm test` again.",
);
process.exit(1);
