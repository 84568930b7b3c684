// The package as a stranger gets it. `npm pack`s this repository, then in temporary folders:
// 1. a Vite + React app (test/consumer/) installs the tarball, type-checks against its
//    declarations, builds, and runs in Chromium: a PhaseBadge shows its label styled by the
//    package's CSS, a PhaseFilter opens and selects with the keyboard;
// 2. plain Node, with React NOT installed, imports `flyte-phase-ui/phases`.
// Prints PASS/FAIL per check and exits non-zero on any failure. KEEP_CONSUMER=1 keeps the folders.
/* global document, getComputedStyle, CSSLayerBlockRule -- page.evaluate() callbacks run in the browser */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { chromium } from "playwright";
import { CHROMIUM_ARGS, chromiumPath } from "./chromium.mjs";

const ROOT = resolve(import.meta.dirname, "..");
const rootPackage = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
const pinned = (name) => {
  const version = rootPackage.devDependencies[name] ?? rootPackage.dependencies?.[name];
  if (!version) throw new Error(`${name} is not pinned in package.json`);
  return `${name}@${version}`;
};

let failures = 0;
const check = (name, ok, detail = "") => {
  if (!ok) failures++;
  console.log(`${ok ? "PASS" : "FAIL"} ${name}${detail ? ` — ${detail}` : ""}`);
  return ok;
};
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
const npmInstall = (cwd, args) =>
  run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", ...args], cwd);

const work = mkdtempSync(join(tmpdir(), "flyte-phase-ui-consumer-"));
try {
  if (!existsSync(join(ROOT, "dist/index.js"))) {
    console.log("dist/ missing: npm run build");
    run("npm", ["run", "--silent", "build"], ROOT);
  }
  const [packed] = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", work], ROOT));
  const tarball = join(work, packed.filename);
  check(`npm pack → ${packed.filename}`, existsSync(tarball), `${packed.entryCount} files`);

  await viteApp(join(work, "app"), tarball);
  nodeWithoutReact(join(work, "node"), tarball);
} catch (error) {
  check("consumer test ran to the end", false, error.stderr?.toString() || String(error));
} finally {
  if (process.env.KEEP_CONSUMER) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
console.log(
  failures ? `consumer test: ${failures} check(s) FAILED` : "consumer test: all checks passed",
);
process.exit(failures ? 1 : 0);

async function viteApp(app, tarball) {
  cpSync(join(ROOT, "test/consumer/app"), app, { recursive: true });
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module" }, null, 2),
  );
  const started = Date.now();
  npmInstall(app, [
    tarball,
    pinned("react"),
    pinned("react-dom"),
    pinned("vite"),
    pinned("@vitejs/plugin-react"),
    pinned("@types/react"),
    pinned("@types/react-dom"),
  ]);
  check("app installs the tarball with React, Vite", true, `${(Date.now() - started) / 1000}s`);

  // The app's own TypeScript view of the package: declarations resolve, strictly, with the
  // CSS side-effect import checked too (noUncheckedSideEffectImports).
  try {
    run(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "."], app);
    check("app type-checks against the package's declarations", true);
  } catch (error) {
    check("app type-checks against the package's declarations", false, error.stdout);
  }

  const build = spawnSync(
    process.execPath,
    ["node_modules/vite/bin/vite.js", "build", "--logLevel", "warn"],
    { cwd: app, encoding: "utf8" },
  );
  const warnings = `${build.stdout}${build.stderr}`.trim();
  check(
    "vite build of the app, without warnings",
    build.status === 0 && existsSync(join(app, "dist/index.html")) && warnings === "",
    warnings,
  );
  await inChromium(join(app, "dist"));
}

async function inChromium(dir) {
  const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" };
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, "http://x").pathname));
    const file = join(dir, path === "/" ? "index.html" : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const url = `http://127.0.0.1:${server.address().port}/`;
  const userDataDir = mkdtempSync(join(tmpdir(), "flyte-phase-ui-chromium-"));
  const browser = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    const problems = [];
    page.on("pageerror", (error) => problems.push(String(error)));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    await page.goto(url);

    const badge = page.getByTestId("badge");
    await badge.waitFor({ timeout: 10_000 });
    check("PhaseBadge renders its label", (await badge.textContent())?.trim() === "Running");
    // Only the package's CSS makes the badge's <span> an inline-flex pill.
    const style = await badge.evaluate((element) => {
      const computed = getComputedStyle(element);
      return {
        display: computed.display,
        radius: computed.borderTopLeftRadius,
        background: computed.backgroundColor,
      };
    });
    check(
      "PhaseBadge is styled by flyte-phase-ui/styles.css",
      style.display === "inline-flex" &&
        style.radius !== "0px" &&
        style.background !== "rgba(0, 0, 0, 0)",
      JSON.stringify(style),
    );
    const layered = await page.evaluate(() =>
      [...document.styleSheets].some((sheet) =>
        [...sheet.cssRules].some(
          (rule) => rule instanceof CSSLayerBlockRule && rule.name === "flyte-phase-ui",
        ),
      ),
    );
    check("the stylesheet keeps its flyte-phase-ui cascade layer", layered);

    const trigger = page.getByRole("button", { name: /^Phase/ });
    await trigger.focus();
    await page.keyboard.press("Enter");
    const listbox = page.getByRole("listbox");
    const opened = await listbox.isVisible();
    check("PhaseFilter opens with Enter", opened);
    if (opened) {
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press(" ");
      const selected = page.getByRole("option", { selected: true });
      const names = await selected.allTextContents();
      const output = await page.getByTestId("selected").textContent();
      check(
        "PhaseFilter selects with ArrowDown + Space",
        names.length === 1 && output !== "none",
        `selected option "${names.join("|")}", app state "${output}"`,
      );
      await page.keyboard.press("Escape");
      const closed = !(await listbox.isVisible());
      const focusBack = await trigger.evaluate((element) => element === document.activeElement);
      check("Escape closes the filter onto its trigger", closed && focusBack);
    }
    check("no errors in the page", problems.length === 0, problems.join(" | "));
  } finally {
    await browser.close();
    server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

function nodeWithoutReact(dir, tarball) {
  cpSync(join(ROOT, "test/consumer/node"), dir, { recursive: true });
  // --legacy-peer-deps: npm would otherwise install the peers (react, react-dom) by itself.
  npmInstall(dir, ["--legacy-peer-deps", tarball]);
  check(
    "Node folder has the package and no React",
    existsSync(join(dir, "node_modules/flyte-phase-ui/package.json")) &&
      !existsSync(join(dir, "node_modules/react")),
  );
  try {
    const output = run(process.execPath, ["phases.mjs"], dir).trim();
    check('import { parsePhase } from "flyte-phase-ui/phases" works without React', true, output);
  } catch (error) {
    check(
      'import { parsePhase } from "flyte-phase-ui/phases" works without React',
      false,
      error.stderr,
    );
  }
}
