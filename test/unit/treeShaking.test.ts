// @vitest-environment node
// Each component carries only its own English strings: bundling one export from the sources, the
// way an app's bundler does, must leave the other components' texts out. The size budgets say
// how big a bundle is; this says what is in it, and names the text that leaked.
import { build } from "vite";
import type { Rolldown } from "vite";
import { resolve } from "node:path";

const INDEX = resolve(__dirname, "../../src/index.ts");
const ENTRY = "\0tree-shaking-entry";

async function bundle(names: string): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: "silent",
    define: { "process.env.NODE_ENV": JSON.stringify("production") },
    plugins: [
      {
        name: "entry",
        resolveId: (id) => (id === ENTRY ? id : undefined),
        load: (id) =>
          id === ENTRY ? `export { ${names} } from ${JSON.stringify(INDEX)};` : undefined,
      },
    ],
    build: {
      write: false,
      minify: false,
      rollupOptions: {
        input: ENTRY,
        // An app build would drop the entry's exports, and everything with them.
        preserveEntrySignatures: "exports-only",
        external: [/^react($|\/)/, /^react-dom($|\/)/],
        output: { format: "es" },
      },
    },
  })) as Rolldown.RolldownOutput[] | Rolldown.RolldownOutput;
  const [first] = Array.isArray(output) ? output : [output];
  return first!.output.map((chunk) => (chunk.type === "chunk" ? chunk.code : "")).join("\n");
}

// One text of each component group's English defaults.
const GROUP_TEXTS = {
  filter: "Quick selections",
  countBar: "Actions by phase",
  history: "Last {count} runs: {list}",
  // Built from the labels: "{count} " and the label in lower case.
  phaseCounts: "`{count} ${",
  timeline: "No phase history yet",
  duration: "Duration unknown",
  marks: "cache lookup failed",
} as const;
type Group = keyof typeof GROUP_TEXTS;

function groupsIn(code: string): Group[] {
  return (Object.keys(GROUP_TEXTS) as Group[]).filter((group) => code.includes(GROUP_TEXTS[group]));
}

describe("a bundle holds only the strings of the components it imports", () => {
  it.each<[string, Group[]]>([
    ["PhaseBadge", []],
    ["TerminalIndicator", []],
    ["PhaseFilter", ["filter"]],
    ["PhaseCountBar", ["countBar", "phaseCounts"]],
    ["PhaseHistory", ["history", "phaseCounts"]],
    ["PhaseDuration", ["duration"]],
    ["PhaseTimeline", ["timeline"]],
    ["usePhaseBadgeMarks", ["marks"]],
  ])("%s", async (names, groups) => {
    const code = await bundle(names);
    // The shared strings are always there: proof that this is the real bundle.
    expect(code).toContain('"In progress"');
    expect(groupsIn(code)).toEqual(groups);
  });

  it("usePhaseStrings, which returns every string, brings every group it fills", async () => {
    expect(groupsIn(await bundle("usePhaseStrings"))).toEqual([
      "filter",
      "countBar",
      "history",
      "phaseCounts",
    ]);
  });
});
