// What the consumer apps share: pinned versions, installing into a temp folder, the README code
// blocks that ARE the apps' source, and the Chromium checks every app repeats (styles that
// survive a reset, colours from the tokens, the filter by keyboard, no console errors).
/* global document, getComputedStyle -- page.evaluate() callbacks run in the browser */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { chromium } from "playwright";
import { CHROMIUM_ARGS, chromiumPath } from "../chromium.mjs";

export const ROOT = resolve(import.meta.dirname, "../..");

// Paddings the stylesheet designs (src/components/*/*.css), as Chromium computes them: the md
// badge is `0.125em 0.625em` of its 13px (0.8125rem) text, the filter trigger `0.25rem 0.625rem`.
export const DESIGNED = { badge: "1.625px 8.125px", trigger: "4px 10px" };
// Light palette (src/styles/tokens.css) of the tones these apps show: every app's page declares
// no colour scheme, so it must get these, not the dark ones and not none at all.
const LIGHT = {
  running: { color: "rgb(51, 104, 154)", background: "rgb(219, 235, 250)" },
  failure: { color: "rgb(178, 36, 42)", background: "rgb(255, 207, 199)" },
};

const rootPackage = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
/** `name@version` as package.json pins it, so every app tests the versions the library does. */
export function pinned(name) {
  const version = rootPackage.devDependencies[name] ?? rootPackage.dependencies?.[name];
  if (!version) throw new Error(`${name} is not pinned in package.json`);
  return `${name}@${version}`;
}

/** Runs a command; throws with its output on a non-zero exit. */
export const run = (command, args, cwd, env = {}) =>
  execFileSync(command, args, {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...env },
  });

export const npmInstall = (cwd, args) =>
  run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", ...args], cwd);

/**
 * Writes the README's code blocks marked `<!-- consumer:<app> <path> -->` into `dir`: the README
 * section is the app's source, so the docs cannot drift from what is tested. Returns the paths.
 */
export function writeReadmeFiles(app, dir) {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const marker = new RegExp(
    `<!-- consumer:${app} (\\S+) -->\\s*\`\`\`\\w*\\n([\\s\\S]*?)\`\`\``,
    "g",
  );
  const paths = [];
  for (const [, path, code] of readme.matchAll(marker)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), code);
    paths.push(path);
  }
  if (paths.length === 0) throw new Error(`README has no <!-- consumer:${app} … --> blocks`);
  return paths;
}

/**
 * Sets up one app in `app`: copies its fixture folder `test/consumer/<name>`, writes its README
 * blocks (`<!-- consumer:<name> … -->`, when `fromReadme`), installs the tarball with the root's
 * pins of `packages` (the fixture's package.json pins the rest), and reports what it installed.
 */
export function setUpApp(
  check,
  { name, label, app, tarball, packages, fromReadme, reportVersionOf },
) {
  cpSync(join(ROOT, "test/consumer", name), app, { recursive: true });
  const files = fromReadme ? writeReadmeFiles(name, app) : [];
  const started = Date.now();
  npmInstall(app, [tarball, ...packages.map(pinned)]);
  const version = reportVersionOf
    ? ` ${JSON.parse(readFileSync(join(app, "node_modules", reportVersionOf, "package.json"))).version}`
    : "";
  const source = files.length ? ` from the README (${files.join(", ")})` : "";
  check(
    `${label}${version} app${source} installs the tarball`,
    true,
    `${(Date.now() - started) / 1000}s`,
  );
}

/** Chromium with a fresh profile; `page()` opens a page that records errors in `problems`. */
export async function openBrowser() {
  const userDataDir = mkdtempSync(join(tmpdir(), "flyte-phase-ui-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
  return {
    async page() {
      const page = context.pages()[0] ?? (await context.newPage());
      const problems = [];
      page.on("pageerror", (error) => problems.push(String(error)));
      // Chromium's "Failed to load resource" message does not say which: record the URL.
      page.on("response", (response) => {
        if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
      });
      page.on("console", (message) => {
        if (message.type() === "error" || message.type() === "warning") {
          problems.push(message.text());
        }
      });
      return { page, problems };
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Computed padding (shorthand), colours and the token colours the element's tone should have. */
export function styleOf(locator) {
  return locator.evaluate((element) => {
    const computed = getComputedStyle(element);
    // A probe next to the element resolves the tone's tokens in the same context (theme, scheme).
    const tone = element.getAttribute("data-tone");
    const probe = document.createElement("span");
    probe.style.color = `var(--fpu-${tone}-fg)`;
    probe.style.backgroundColor = `var(--fpu-${tone}-bg)`;
    element.parentElement.append(probe);
    const tokens = getComputedStyle(probe);
    const result = {
      tone,
      padding: computed.padding,
      paddingLeft: computed.paddingLeft,
      display: computed.display,
      color: computed.color,
      background: computed.backgroundColor,
      tokenColor: tokens.color,
      tokenBackground: tokens.backgroundColor,
      height: element.getBoundingClientRect().height,
    };
    probe.remove();
    return result;
  });
}

/** Checks a badge's padding and colours: the designed values, not the reset's 0px. */
export async function checkBadge(check, label, badge, expectedPadding = DESIGNED.badge) {
  const style = await styleOf(badge);
  check(
    `${label}: badge padding ${style.padding} (designed ${expectedPadding})`,
    style.padding === expectedPadding,
    JSON.stringify(style),
  );
  const light = LIGHT[style.tone];
  check(
    `${label}: badge colours are its tone's tokens, light palette`,
    style.display === "inline-flex" &&
      style.background === style.tokenBackground &&
      style.color === style.tokenColor &&
      style.background === light?.background &&
      style.color === light?.color,
    JSON.stringify(style),
  );
  return style;
}

/**
 * The filter trigger's padding, then the keyboard: focus, Enter opens, ArrowDown + Space selects
 * (aria-selected), Escape closes onto the trigger. Returns the selected option's text.
 */
export async function checkFilter(check, label, page, triggerName) {
  // A handle, not a role query: the trigger's name changes with the selection.
  const trigger = await page.getByRole("button", { name: triggerName }).elementHandle();
  const style = await trigger.evaluate((element) => getComputedStyle(element).padding);
  check(
    `${label}: filter trigger padding ${style} (designed ${DESIGNED.trigger})`,
    style === DESIGNED.trigger,
  );
  await trigger.focus();
  await page.keyboard.press("Enter");
  const listbox = page.getByRole("listbox");
  if (!check(`${label}: filter opens with Enter`, await listbox.isVisible())) return { style };
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press(" ");
  const selected = page.locator('[role="option"][aria-selected="true"]');
  const names = await selected.allTextContents();
  check(
    `${label}: ArrowDown + Space selects one option (aria-selected)`,
    names.length === 1,
    names.join("|"),
  );
  await page.keyboard.press("Escape");
  const closed = !(await listbox.isVisible());
  const focusBack = await trigger.evaluate((element) => element === document.activeElement);
  check(`${label}: Escape closes the filter onto its trigger`, closed && focusBack);
  return { style, selected: names[0] };
}
