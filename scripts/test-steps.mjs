// The checks `npm test` runs, in order. Add a step here and it is counted in the summary.
// Each step can also be run alone: `npm run typecheck`, `npm run lint`, `npm run format:check`,
// `npm run test:unit` (and test:types, test:react18, test:browser, test:ssr, test:visual,
// test:stories for the Vitest projects that one run below covers), `npm run build`,
// `npm run check:package`, `npm run size`, `npm run test:consumer` (all apps, or e.g.
// `-- --only=next`).
const bin = (name) => `node_modules/.bin/${name}`;
const script = (name) => ["npm", "run", "--silent", name];

/** @type {{ name: string, command: string[], env?: Record<string,string>, vitestReport?: string }[]} */
export const steps = [
  { name: "typecheck", command: script("typecheck") },
  // Tests and consumer snippets that import @flyteorg/flyteidl2 (.ts sources with .ts imports):
  // their own config, so a type change that needs a cast with real messages fails here.
  { name: "typecheck (flyteidl2)", command: script("typecheck:flyteidl2") },
  { name: "lint", command: script("lint") },
  { name: "format", command: script("format:check") },
  // React 18 for the unit-react18 project: `npm ci` in test/react18 when missing or stale.
  { name: "react 18 install", command: ["node", "scripts/react18-deps.mjs"] },
  {
    name: "vitest (all projects)",
    command: [
      bin("vitest"),
      "run",
      "--reporter=default",
      "--reporter=json",
      "--outputFile.json=.cache/vitest-report.json",
    ],
    vitestReport: ".cache/vitest-report.json",
  },
  // The package as consumers get it. Every step below reads dist/ from this build.
  { name: "build", command: ["npm", "run", "--silent", "build"] },
  { name: "package contents", command: ["node", "scripts/check-package.mjs"] },
  { name: "publint", command: [bin("publint"), "--strict"] },
  // ESM-only package: no `require` condition and no CommonJS build, so the node10 and
  // node16-from-CJS resolutions are out of scope (see README "Install").
  {
    name: "are the types wrong",
    command: [bin("attw"), "--pack", ".", "--profile", "esm-only"],
  },
  // Budgets in .size-limit.json, min + gzip, measured on dist/ with esbuild (React external).
  { name: "size budgets", command: script("size") },
  // npm pack → apps install the tarball and are checked in Chromium (scripts/consumer/): a Vite +
  // React app and plain Node without React; the README's Next.js App Router app (create-next-app's
  // reset, strings from the server layout), built with Turbopack and webpack; the README's
  // Tailwind v4 + Vite app (preflight, a utility overriding the library).
  {
    name: "consumer: Vite, Node",
    command: ["node", "scripts/consumer-test.mjs", "--only=vite"],
  },
  {
    name: "consumer: Next.js",
    command: ["node", "scripts/consumer-test.mjs", "--only=next"],
  },
  {
    name: "consumer: Tailwind",
    command: ["node", "scripts/consumer-test.mjs", "--only=tailwind"],
  },
  // The static documentation site, as CI publishes it, and what it must contain.
  { name: "build-storybook", command: ["npm", "run", "--silent", "build-storybook"] },
  { name: "storybook docs pages", command: ["node", "scripts/check-storybook.mjs"] },
];
