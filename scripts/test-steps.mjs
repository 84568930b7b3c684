// The checks `npm test` runs, in order. Add a step here and it is counted in the summary.
const bin = (name) => `node_modules/.bin/${name}`;

/** @type {{ name: string, command: string[], env?: Record<string,string>, vitestReport?: string }[]} */
export const steps = [
  { name: "typecheck", command: [bin("tsc"), "-p", "tsconfig.json"] },
  { name: "lint", command: [bin("eslint"), "--max-warnings=0", "."] },
  { name: "format", command: [bin("prettier"), "--check", "--log-level=warn", "."] },
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
];
