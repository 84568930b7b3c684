// The plain apps: a Vite + React app (test/consumer/app, no reset) that type-checks against the
// package's declarations, builds without warnings and runs in Chromium; and plain Node with React
// NOT installed importing `flyte-phase-ui/phases`.
import { cpSync, existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { serve } from "../lib/serve.mjs";
import {
  checkBadge,
  checkFilter,
  npmInstall,
  openBrowser,
  ROOT,
  run,
  setUpApp,
} from "./shared.mjs";

export async function viteApp(check, app, tarball, measured) {
  setUpApp(check, {
    name: "app",
    label: "Vite",
    app,
    tarball,
    packages: [
      "react",
      "react-dom",
      "vite",
      "@vitejs/plugin-react",
      "@types/react",
      "@types/react-dom",
    ],
  });

  // The app's own TypeScript view of the package: declarations resolve, strictly, with the
  // CSS side-effect import checked too (noUncheckedSideEffectImports).
  try {
    run(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "."], app);
    check("Vite app type-checks against the package's declarations", true);
  } catch (error) {
    check("Vite app type-checks against the package's declarations", false, error.stdout);
  }
  if (!viteBuild(check, "Vite app", app)) return;

  const server = await serve(join(app, "dist"));
  const browser = await openBrowser();
  try {
    const { page, problems } = await browser.page();
    await page.goto(server.url);
    const badge = page.getByTestId("badge");
    await badge.waitFor({ timeout: 10_000 });
    check(
      "Vite app: PhaseBadge renders its label",
      (await badge.textContent())?.trim() === "Running",
    );
    const style = await checkBadge(check, "Vite app", badge);
    const filter = await checkFilter(check, "Vite app", page, /^Phase/);
    const output = await page.getByTestId("selected").textContent();
    check("Vite app: the selection reaches the app state", output !== "none", output);
    check("Vite app: no errors in the page", problems.length === 0, problems.join(" | "));
    measured.vite = { badge: style.padding, trigger: filter.style };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** `vite build` in `app`; a pass needs dist/index.html and not one line of warnings. */
export function viteBuild(check, label, app) {
  const build = spawnSync(
    process.execPath,
    ["node_modules/vite/bin/vite.js", "build", "--logLevel", "warn"],
    { cwd: app, encoding: "utf8" },
  );
  const warnings = `${build.stdout}${build.stderr}`.trim();
  return check(
    `${label}: vite build, no warnings`,
    build.status === 0 && existsSync(join(app, "dist/index.html")) && warnings === "",
    warnings,
  );
}

export function nodeWithoutReact(check, dir, tarball) {
  cpSync(join(ROOT, "test/consumer/node"), dir, { recursive: true });
  // --legacy-peer-deps: npm would otherwise install the peers (react, react-dom) by itself.
  npmInstall(dir, ["--legacy-peer-deps", tarball]);
  check(
    "Node folder has the package and no React",
    existsSync(join(dir, "node_modules/flyte-phase-ui/package.json")) &&
      !existsSync(join(dir, "node_modules/react")),
  );
  const name = 'import { parsePhase } from "flyte-phase-ui/phases" works without React';
  try {
    check(name, true, run(process.execPath, ["phases.mjs"], dir).trim());
  } catch (error) {
    check(name, false, error.stderr);
  }
}
