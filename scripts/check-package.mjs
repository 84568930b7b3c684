// Checks the built package (run after `npm run build`): what `npm pack` ships, and the promises
// the README makes about dist/ that neither publint nor attw know about.
// - `flyte-phase-ui/phases` loads no React: its module graph imports no package at all.
// - Every module that imports React starts with "use client"; no domain module does.
// - dist/styles.css is one unlayered file of :where() rules; dist/styles.layer.css is the same
//   rules in the flyte-phase-ui layer; neither has an @import left or !important.
// - The tarball holds dist/, package.json, README and LICENSE only: no sources, tests, stories.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { createReport } from "./lib/report.mjs";

const DIST = resolve("dist");
const { check, finish } = createReport("check-package");

if (!existsSync(join(DIST, "index.js"))) {
  console.error("dist/ is missing: run `npm run build` first.");
  process.exit(1);
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["']([^"']+)["']/g;
const importsOf = (file) => [...readFileSync(file, "utf8").matchAll(IMPORT)].map((m) => m[1]);
const rel = (file) => relative(DIST, file);

/** Every module reachable from `entry`, and the bare (package) imports among them. */
function graph(entry) {
  const modules = new Set();
  const packages = new Set();
  const visit = (file) => {
    if (modules.has(file)) return;
    modules.add(file);
    for (const specifier of importsOf(file)) {
      if (specifier.startsWith(".")) visit(resolve(dirname(file), specifier));
      else packages.add(`${specifier} (from ${rel(file)})`);
    }
  };
  visit(entry);
  return { modules, packages };
}

const phases = graph(join(DIST, "phases/index.js"));
check(
  "./phases imports no package (no React)",
  phases.packages.size === 0,
  phases.packages.size
    ? [...phases.packages].join(", ")
    : `${phases.modules.size} modules, all under dist/`,
);
// The whole library needs only its peers: no runtime dependency to install or to bundle.
const main = graph(join(DIST, "index.js"));
const imported = new Set([...main.packages].map((entry) => entry.split(" ")[0]));
const notPeers = [...imported].filter((name) => !/^react(-dom)?(\/|$)/.test(name));
const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
check(
  "the library imports only its peers, react and react-dom, and declares no dependency",
  notPeers.length === 0 && manifest.dependencies === undefined,
  notPeers.length > 0
    ? `imports ${notPeers.join(", ")}`
    : manifest.dependencies
      ? `package.json dependencies: ${Object.keys(manifest.dependencies).join(", ")}`
      : `imports ${[...imported].sort().join(", ")}`,
);

const clientInPhases = [...phases.modules].filter((file) =>
  readFileSync(file, "utf8").startsWith('"use client"'),
);
check(
  './phases has no "use client" module (servers can import it)',
  clientInPhases.length === 0,
  clientInPhases.map(rel).join(", "),
);

function* jsFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* jsFiles(path);
    else if (entry.name.endsWith(".js")) yield path;
  }
}
const usesReact = [...jsFiles(DIST)].filter((file) =>
  importsOf(file).some((s) => s === "react" || s.startsWith("react/") || s.startsWith("react-dom")),
);
const missingDirective = usesReact.filter(
  (file) => !readFileSync(file, "utf8").startsWith('"use client";'),
);
check(
  `every module that imports React starts with "use client" (${usesReact.length} modules)`,
  usesReact.length > 0 && missingDirective.length === 0,
  missingDirective.map(rel).join(", "),
);

/** A built stylesheet without its comments. */
const stylesheet = (name) =>
  readFileSync(join(DIST, name), "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .trim();
/** Top-level statements of a stylesheet: `@layer x;` or `prelude{...}`. */
function topLevel(text) {
  const statements = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "{") depth++;
    else if (c === "}" && --depth === 0) {
      statements.push(text.slice(start, i + 1).trim());
      start = i + 1;
    } else if (c === ";" && depth === 0) {
      statements.push(text.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  return statements.filter(Boolean);
}
const unlayered = stylesheet("styles.css");
const layered = stylesheet("styles.layer.css");
for (const [name, body] of [
  ["styles.css", unlayered],
  ["styles.layer.css", layered],
]) {
  check(`${name} has no @import left (one file), no !important`, !/@import|!important/.test(body));
}
// The default stylesheet must be unlayered: a layered rule loses to any unlayered reset.
check("styles.css declares no cascade layer", !/@layer/.test(unlayered));
// Its selectors stay at zero specificity, so any class rule of the app wins: every style rule's
// selector list is one :where(…), keyframe steps and the at-rules around them aside.
const selectors = [...unlayered.matchAll(/(?:^|[{};])\s*([^{}@;][^{}]*)\{/g)]
  .map((m) => m[1].trim())
  .filter((selector) => !/^(to|from|\d+%)$/.test(selector));
/** True when `selector` is `:where(…)`, or a list of them: nothing outside adds specificity. */
function zeroSpecificity(selector) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= selector.length; i++) {
    const c = selector[i];
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if ((c === "," && depth === 0) || c === undefined) {
      parts.push(selector.slice(start, i).trim());
      start = i + 1;
    }
  }
  return parts.every((part) => {
    if (!part.startsWith(":where(")) return false;
    // The parenthesis :where opens must close at the very end of the part — or just before a
    // pseudo-element (::after), which :where() cannot hold. That one adds 0,0,1: below any class
    // rule of the app, and a tie with a `*::after` reset, which loses by order.
    let level = 0;
    for (let i = ":where".length; i < part.length; i++) {
      if (part[i] === "(") level++;
      else if (part[i] === ")" && --level === 0) {
        return (
          i === part.length - 1 ||
          /^::?(?:before|after|marker|placeholder)$/.test(part.slice(i + 1))
        );
      }
    }
    return false;
  });
}
const specific = selectors.filter((selector) => !zeroSpecificity(selector));
check(
  `styles.css: every selector is :where(…) (${selectors.length} rules)`,
  selectors.length > 20 && specific.length === 0,
  specific.join(" | "),
);
const outside = topLevel(layered).filter((s) => !/^@layer flyte-phase-ui\s*[;{]/.test(s));
check(
  "styles.layer.css puts every rule in the flyte-phase-ui layer",
  outside.length === 0,
  outside.map((s) => s.slice(0, 60)).join(" | "),
);
check(
  "styles.layer.css holds the same rules as styles.css",
  layered.replace(/^@layer flyte-phase-ui\s*\{/, "").replace(/\}$/, "") === unlayered,
);
const strayCss = [...jsFiles(DIST)].filter((file) => /\.css["']/.test(readFileSync(file, "utf8")));
check("no JS module imports CSS", strayCss.length === 0, strayCss.map(rel).join(", "));

const [pack] = JSON.parse(
  execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { encoding: "utf8" }),
);
const files = pack.files.map((f) => f.path);
const unexpected = files.filter(
  (path) =>
    !path.startsWith("dist/") && !/^(package\.json|README\.md|LICENSE(\.\w+)?)$/i.test(path),
);
check(
  `tarball holds dist/, package.json, README, LICENSE only (${files.length} files, ${(pack.unpackedSize / 1024).toFixed(1)} kB unpacked)`,
  unexpected.length === 0,
  unexpected.join(", "),
);
for (const path of [
  "dist/index.js",
  "dist/index.d.ts",
  "dist/phases/index.js",
  "dist/phases/index.d.ts",
  "dist/styles.css",
  "dist/styles.css.d.ts",
  "dist/styles.layer.css",
  "dist/styles.layer.css.d.ts",
]) {
  if (!files.includes(path)) check(`tarball has ${path}`, false);
}

finish();
