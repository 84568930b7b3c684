import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import ts from "typescript";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as root from "../../src";
import * as phases from "../../src/phases";
import {
  PhaseBadge,
  PhaseFilter,
  PhaseStringsProvider,
  TerminalIndicator,
  countByPhase,
  formatPhaseParam,
  parsePhaseParam,
} from "../../src";

// The guide "Migrating from a hand-written badge" (stories/guides/Migrating.mdx) runs here:
// every ```ts block is executed and each `console.log(x); // value` must print that value; every
// import in every block must name a real export; the ```tsx snippets are mirrored below with
// their real types and behaviour.
const GUIDE = readFileSync(resolve(__dirname, "../../stories/guides/Migrating.mdx"), "utf8");
const blocks = (lang: string) =>
  [...GUIDE.matchAll(new RegExp("```" + lang + "\\n([\\s\\S]*?)```", "g"))].map((m) => m[1]!);

const ENTRIES: Record<string, Record<string, unknown>> = {
  "flyte-phase-ui": root,
  "flyte-phase-ui/phases": phases,
};

describe("Guides/Migrating", () => {
  it("imports only names the package exports", () => {
    const imports = [...blocks("ts"), ...blocks("tsx")].flatMap((code) =>
      [...code.matchAll(/import\s*\{([^}]*)\}\s*from\s*"([^"]+)"/g)].map((m) => ({
        names: m[1]!.split(",").map((name) => name.replace(/^type\s+/, "").trim()),
        from: m[2]!,
      })),
    );
    expect(imports.length).toBeGreaterThan(5);
    for (const { names, from } of imports) {
      const entry = ENTRIES[from];
      expect(entry, `import from ${from}`).toBeDefined();
      for (const name of names.filter(Boolean))
        expect(entry, `${name} from ${from}`).toHaveProperty(name);
    }
  });

  it.each(blocks("ts").map((code, index) => [index + 1, code]))(
    "ts snippet %i prints what its comments say",
    (_index, code) => {
      const js = ts.transpileModule(String(code).replace(/^import [^;]*;$/gm, ""), {
        compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
      }).outputText;
      const logged: unknown[] = [];
      const log = (value: unknown) => logged.push(value);
      new Function(...Object.keys(phases), "console", js)(...Object.values(phases), { log });
      const expected = [...String(code).matchAll(/console\.log\(.*\); \/\/ (.*)$/gm)].map((m) =>
        JSON.parse(m[1]!),
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(JSON.parse(JSON.stringify(logged))).toEqual(expected);
    },
  );

  it("has the ts snippets the guide promises: wire forms, terminal, server filter and URL", () => {
    const code = blocks("ts").join("\n");
    for (const call of ["parsePhase(", "isTerminal(", "toPhaseFilter(", "formatPhaseParam("]) {
      expect(code).toContain(call);
    }
    expect(code).toContain("parsePhaseParam(");
  });

  it("step 4: PhaseBadge and TerminalIndicator read the protobuf-es number", () => {
    const action = { status: { phase: 4 as number | undefined } };
    render(
      <>
        <PhaseBadge phase={action.status?.phase} />
        <PhaseBadge phase="ACTION_PHASE_FAILED" variant="solid" size="sm" />
        <TerminalIndicator phase={action.status?.phase} />
        <PhaseStringsProvider strings={{ phaseLabels: { failed: "Fehlgeschlagen" } }}>
          <PhaseBadge phase={6} />
        </PhaseStringsProvider>
      </>,
    );
    expect(screen.getByText("Running")).toBeInTheDocument();
    expect(screen.getByText("Failed")).toBeInTheDocument();
    expect(screen.getByText("In progress")).toBeInTheDocument();
    expect(screen.getByText("Fehlgeschlagen")).toBeInTheDocument();
  });

  it("step 5: the RunsToolbar snippet writes the chosen phases to the URL", async () => {
    const runs = [{ status: { phase: 6 } }, { status: { phase: 6 } }, { status: undefined }];
    const setParams = vi.fn<(next: { status: string }) => void>();
    function RunsToolbar({ params }: { params: URLSearchParams }) {
      const selected = parsePhaseParam(params.get("status"));
      return (
        <PhaseFilter
          value={selected}
          counts={countByPhase(runs, (run) => run.status?.phase)}
          onValueChange={(next) => setParams({ status: formatPhaseParam(next) })}
        />
      );
    }
    render(<RunsToolbar params={new URLSearchParams("?status=failed")} />);
    const trigger = screen.getByRole("button", { name: /^Phase/ });
    expect(trigger).toHaveTextContent("Failed");
    await userEvent.click(trigger);
    await userEvent.click(screen.getByRole("option", { name: /^Timed out/ }));
    expect(setParams).toHaveBeenLastCalledWith({ status: "failed,timed_out" });
  });
});
