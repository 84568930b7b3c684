// Checks the static Storybook that `npm run build-storybook` wrote to storybook-static/:
// - every exported component (each src/components/<Name>/ and each component of src/icons/) has
//   an autodocs page "Components/<Name>" and a prop table from its TSDoc (docgen info);
// - the guides the issue asks for are there.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { createReport } from "./lib/report.mjs";

const OUT = "storybook-static";
const { check, finish } = createReport("check-storybook");

if (!existsSync(join(OUT, "index.json"))) {
  console.error(`${OUT}/index.json is missing: run \`npm run build-storybook\` first.`);
  process.exit(1);
}
const { entries } = JSON.parse(readFileSync(join(OUT, "index.json"), "utf8"));
const docs = Object.values(entries).filter((entry) => entry.type === "docs");

const components = [
  ...readdirSync("src/components", { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name),
  // Value exports of src/icons/index.ts with a PascalCase name are components too.
  ...[...readFileSync("src/icons/index.ts", "utf8").matchAll(/^export \{([^}]*)\}/gm)]
    .flatMap((match) => match[1].split(","))
    .map((name) => name.trim())
    .filter((name) => /^[A-Z]/.test(name)),
];

// react-docgen-typescript puts `X.__docgenInfo = { description, displayName: "X", props }` into
// the built stories; collect the display names that have one.
const assets = join(OUT, "assets");
const documented = new Set();
for (const file of readdirSync(assets).filter((name) => name.endsWith(".js"))) {
  const code = readFileSync(join(assets, file), "utf8");
  for (const match of code.matchAll(
    /__docgenInfo=\{description:[\s\S]{0,20000}?displayName:[`"'](\w+)/g,
  )) {
    documented.add(match[1]);
  }
}

for (const name of components) {
  const page = docs.find(
    (entry) => entry.title === `Components/${name}` && entry.tags?.includes("autodocs"),
  );
  check(`autodocs page Components/${name}`, Boolean(page), page?.id ?? "no docs entry");
  check(`${name} prop table from TSDoc (docgen)`, documented.has(name));
}

for (const title of ["Guides/Migrating from a hand-written badge"]) {
  check(
    `docs page ${title}`,
    docs.some((entry) => entry.title === title),
  );
}

const stories = Object.values(entries).filter((entry) => entry.type === "story").length;
finish(`${docs.length} docs pages, ${stories} stories`);
