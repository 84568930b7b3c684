// After `tsc -p tsconfig.build.json`: rewrites the relative imports in dist/**/*.d.ts to full
// ESM specifiers ("./parse" → "./parse.js", "./phases" → "./phases/index.js").
//
// The sources use bundler-style specifiers without extensions. Bundlers resolve those in
// declarations too, but TypeScript's node16/nodenext resolution (an ESM consumer running
// `tsc` with `"module": "node16"`) does not, and would see `any` for our types.
// `attw` checks the result.
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

const DIST = resolve(process.argv[2] ?? "dist");
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(["'])(\.{1,2}\/[^"']*|\.{1,2})\2/g;

function* declarationFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* declarationFiles(path);
    else if (entry.name.endsWith(".d.ts")) yield path;
  }
}

function fullSpecifier(file, specifier) {
  if (/\.(js|mjs|cjs|json|css)$/.test(specifier)) return specifier;
  const target = resolve(dirname(file), specifier);
  if (existsSync(`${target}.d.ts`)) return `${specifier}.js`;
  if (existsSync(join(target, "index.d.ts"))) return `${specifier.replace(/\/$/, "")}/index.js`;
  throw new Error(`${file}: cannot resolve "${specifier}" to a declaration file`);
}

let changed = 0;
for (const file of declarationFiles(DIST)) {
  const before = readFileSync(file, "utf8");
  const after = before.replace(
    SPECIFIER,
    (_, lead, quote, specifier) => `${lead}${quote}${fullSpecifier(file, specifier)}${quote}`,
  );
  if (after !== before) {
    writeFileSync(file, after);
    changed += 1;
  }
}
console.log(`fix-dts-specifiers: ${changed} declaration files rewritten`);
