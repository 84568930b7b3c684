// The checks `npm test` runs, in order. Add a step here and it is counted in the summary.
const bin = (name) => `node_modules/.bin/${name}`;

/** @type {{ name: string, command: string[], env?: Record<string,string>, vitestReport?: string }[]} */
export const steps = [
  { name: "typecheck", command: [bin("tsc"), "-p", "tsconfig.json"] },
  // Tests and consumer snippets that import @flyteorg/flyteidl2 (.ts sources with .ts imports):
  // their own config, so a type change that needs a cast with real messages fails here.
  { name: "typecheck (flyteidl2)", command: [bin("tsc"), "-p", "tsconfig.flyteidl2.json"] },
  { name: "lint", command: [bin("eslint"), "--max-warnings=0", "."] },
  { name: "format", command: [bin("prettier"), "--check", "--log-level=warn", "."] },
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
  { name: "size budgets", command: [bin("size-limit")] },
  // npm pack → a Vite + React app and plain Node (no React) install the tarball; Chromium checks.
  { name: "consumer (packed tarball)", command: ["node", "scripts/consumer-test.mjs"] },
  // The static documentation site, as CI publishes it, and what it must contain.
  { name: "build-storybook", command: ["npm", "run", "--silent", "build-storybook"] },
  { name: "storybook docs pages", command: ["node", "scripts/check-storybook.mjs"] },
];
