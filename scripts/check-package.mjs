// Checks the built package (run after `npm run build`): what `npm pack` ships, and the promises
// the README makes about dist/ that neither publint nor attw know about.
// - `flyte-phase-ui/phases` loads no React: its module graph imports no package at all.
// - Every module that imports React starts with "use client"; no domain module does.
// - dist/styles.css is one file: no @import left, everything in the flyte-phase-ui layer.
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
  "./phases imports no package (no React, no clsx)",
  phases.packages.size === 0,
  phases.packages.size
    ? [...phases.packages].join(", ")
    : `${phases.modules.size} modules, all under dist/`,
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

const css = readFileSync(join(DIST, "styles.css"), "utf8");
const body = css.replace(/\/\*[\s\S]*?\*\//g, "").trim();
check("styles.css has no @import left (one file)", !/@import/.test(body));
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
const outside = topLevel(body).filter((s) => !/^@layer flyte-phase-ui\s*[;{]/.test(s));
check(
  "styles.css puts every rule in the flyte-phase-ui layer, no !important",
  outside.length === 0 && !/!important/.test(body),
  outside.map((s) => s.slice(0, 60)).join(" | "),
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
]) {
  if (!files.includes(path)) check(`tarball has ${path}`, false);
}

finish();
