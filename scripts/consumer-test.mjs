// The package as a stranger gets it. `npm pack`s this repository, then in temporary folders
// installs the tarball into the apps people build and checks them (scripts/consumer/):
// - vite: a Vite + React app (test/consumer/app) and plain Node without React;
// - next: a Next.js App Router app from the README, built with Turbopack and with webpack;
// - tailwind: a Tailwind v4 + Vite app from the README.
// Prints PASS/FAIL per check, the paddings measured and the time of each app; exits non-zero on
// any failure. `--only=next,tailwind` runs some apps, `--tarball=<file>` checks that tarball
// instead of packing this repository; KEEP_CONSUMER=1 keeps the folders.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createReport } from "./lib/report.mjs";
import { nextApp } from "./consumer/next.mjs";
import { ROOT, run } from "./consumer/shared.mjs";
import { tailwindApp } from "./consumer/tailwind.mjs";
import { nodeWithoutReact, viteApp } from "./consumer/vite.mjs";

const APPS = {
  vite: async (check, dir, tarball, measured) => {
    await viteApp(check, join(dir, "app"), tarball, measured);
    nodeWithoutReact(check, join(dir, "node"), tarball);
  },
  next: (check, dir, tarball, measured) => nextApp(check, join(dir, "next"), tarball, measured),
  tailwind: (check, dir, tarball, measured) =>
    tailwindApp(check, join(dir, "tailwind"), tarball, measured),
};
const only = process.argv
  .find((arg) => arg.startsWith("--only="))
  ?.slice("--only=".length)
  .split(",");

// --tarball=<file>: check a tarball packed elsewhere (e.g. a release candidate) instead.
const given = process.argv.find((arg) => arg.startsWith("--tarball="))?.slice("--tarball=".length);

const report = createReport("consumer test");
const { check } = report;
const measured = {};
const seconds = {};
const work = mkdtempSync(join(tmpdir(), "flyte-phase-ui-consumer-"));
try {
  const tarball = given ?? pack(work);

  for (const [name, app] of Object.entries(APPS)) {
    if (only && !only.includes(name)) continue;
    const started = Date.now();
    try {
      await app(check, work, tarball, measured);
    } catch (error) {
      check(`${name}: ran to the end`, false, error.stderr?.toString() || String(error));
    }
    seconds[name] = Math.round((Date.now() - started) / 100) / 10;
  }
} catch (error) {
  check("consumer test ran to the end", false, error.stderr?.toString() || String(error));
} finally {
  if (process.env.KEEP_CONSUMER) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
for (const [name, values] of Object.entries(measured)) {
  console.log(`measured ${name}: ${JSON.stringify(values)}`);
}
report.finish(
  Object.entries(seconds)
    .map(([name, time]) => `${name} ${time}s`)
    .join(", "),
);

function pack(dir) {
  if (!existsSync(join(ROOT, "dist/index.js"))) {
    console.log("dist/ missing: npm run build");
    run("npm", ["run", "--silent", "build"], ROOT);
  }
  const [packed] = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", dir], ROOT));
  const tarball = join(dir, packed.filename);
  check(`npm pack → ${packed.filename}`, existsSync(tarball), `${packed.entryCount} files`);
  return tarball;
}
