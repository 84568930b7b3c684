// Storybook built (or reused) for the scripts that photograph stories for the README; they serve
// it with the repository's one static server (scripts/lib/serve.mjs).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");

/** Builds Storybook into a temporary folder, or reuses storybook-static/ with `--reuse`. */
export function buildStorybook() {
  if (process.argv.includes("--reuse")) {
    const dir = join(root, "storybook-static");
    if (!existsSync(join(dir, "iframe.html"))) throw new Error("No storybook-static/ to reuse.");
    return { dir, cleanup: () => {} };
  }
  const dir = mkdtempSync(join(tmpdir(), "fpu-storybook-"));
  console.log(`building Storybook into ${dir} …`);
  execFileSync(join(root, "node_modules/.bin/storybook"), ["build", "--quiet", "-o", dir], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
