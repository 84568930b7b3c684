import { render, screen } from "@testing-library/react";
import {
  PhaseBadge,
  PhaseFilter,
  PhaseStringsProvider,
  TerminalIndicator,
  defaultFilterStrings,
  defaultStrings,
  usePhaseStrings,
} from "../../src";
import type { PhaseStrings } from "../../src";
import { defaultHistoryStrings, historyStrings } from "../../src/strings/defaultStrings";
import { mergeStrings, sharedStrings } from "../../src/strings/strings";

const GERMAN = {
  phaseLabels: { running: "Läuft", failed: "Fehlgeschlagen", succeeded: "Erfolgreich" },
  unknown: "Unbekannt",
  finished: "Abgeschlossen",
  inProgress: "Läuft noch",
} as const;

describe("strings: one provider for both components", () => {
  it("replaces labels, Unknown, Finished and In progress", () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    render(
      <PhaseStringsProvider strings={GERMAN}>
        <PhaseBadge phase="running" data-testid="running" />
        <PhaseBadge phase="ACTION_PHASE_FAILED" data-testid="failed" />
        <PhaseBadge phase={11} data-testid="unknown" />
        <PhaseBadge phase="queued" data-testid="queued" />
        <TerminalIndicator phase={5} data-testid="t-done" />
        <TerminalIndicator phase="paused" data-testid="t-running" />
        <TerminalIndicator phase={null} data-testid="t-unknown" />
        <PhaseBadge phase="failed" iconOnly />
      </PhaseStringsProvider>,
    );
    expect(screen.getByTestId("running")).toHaveTextContent("Läuft");
    expect(screen.getByTestId("failed")).toHaveTextContent("Fehlgeschlagen");
    expect(screen.getByTestId("unknown")).toHaveTextContent("Unbekannt");
    // Phases the translation leaves out keep English.
    expect(screen.getByTestId("queued")).toHaveTextContent("Queued");
    expect(screen.getByTestId("t-done")).toHaveTextContent("Abgeschlossen");
    expect(screen.getByTestId("t-running")).toHaveTextContent("Läuft noch");
    expect(screen.getByTestId("t-unknown")).toHaveTextContent("Unbekannt");
    expect(screen.getByRole("img", { name: "Fehlgeschlagen" })).toHaveAttribute(
      "title",
      "Fehlgeschlagen",
    );
    vi.restoreAllMocks();
  });

  it("a component's strings prop wins over the provider for that component only", () => {
    render(
      <PhaseStringsProvider strings={GERMAN}>
        <PhaseBadge
          phase="running"
          strings={{ phaseLabels: { running: "En cours" } }}
          data-testid="a"
        />
        <PhaseBadge phase="running" data-testid="b" />
        <TerminalIndicator phase="failed" strings={{ finished: "Terminé" }} data-testid="c" />
        <TerminalIndicator phase="failed" data-testid="d" />
      </PhaseStringsProvider>,
    );
    expect(screen.getByTestId("a")).toHaveTextContent("En cours");
    expect(screen.getByTestId("b")).toHaveTextContent("Läuft");
    expect(screen.getByTestId("c")).toHaveTextContent("Terminé");
    expect(screen.getByTestId("d")).toHaveTextContent("Abgeschlossen");
  });

  it("the label prop wins over both", () => {
    render(
      <PhaseStringsProvider strings={GERMAN}>
        <PhaseBadge phase="running" label="Custom" strings={{ phaseLabels: { running: "X" } }} />
      </PhaseStringsProvider>,
    );
    expect(screen.getByText("Custom")).toBeInTheDocument();
  });
});

describe("strings: each component group fills itself from English", () => {
  function Probe({ onStrings }: { onStrings: (strings: PhaseStrings) => void }) {
    onStrings(usePhaseStrings());
    return null;
  }

  it("usePhaseStrings gives the complete English strings outside any provider", () => {
    let seen: PhaseStrings | undefined;
    render(<Probe onStrings={(strings) => (seen = strings)} />);
    expect(seen).toEqual(defaultStrings);
    expect(seen?.filter).toBe(defaultFilterStrings);
    expect(seen?.countBar.label).toBe("Actions by phase");
    expect(seen?.phaseCounts.timed_out).toBe("{count} timed out");
  });

  it("nested providers: the inner group text wins, the outer one stays, English fills the rest", () => {
    let seen: PhaseStrings | undefined;
    render(
      <PhaseStringsProvider strings={{ filter: { label: "Phase (outer)", clear: "Leeren" } }}>
        <PhaseStringsProvider strings={{ filter: { label: "Phase (inner)" } }}>
          <Probe onStrings={(strings) => (seen = strings)} />
          <PhaseFilter value={[]} onValueChange={() => {}} />
        </PhaseStringsProvider>
      </PhaseStringsProvider>,
    );
    expect(seen?.filter).toEqual({
      ...defaultFilterStrings,
      label: "Phase (inner)",
      clear: "Leeren",
    });
    expect(screen.getByRole("button", { name: /^Phase \(inner\)/ })).toBeInTheDocument();
  });

  it("a provider's group is completed once, not on every render", () => {
    const seen: PhaseStrings[] = [];
    const strings = { history: { empty: "Keine Läufe" } };
    const { rerender } = render(
      <PhaseStringsProvider strings={strings}>
        <Probe onStrings={(value) => seen.push(value)} />
      </PhaseStringsProvider>,
    );
    rerender(
      <PhaseStringsProvider strings={strings}>
        <Probe onStrings={(value) => seen.push(value)} />
      </PhaseStringsProvider>,
    );
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen[0]?.history.empty).toBe("Keine Läufe");
    expect(seen[1]?.history).toBe(seen[0]?.history);
    // What components call on every render: the same provided group gives the same object.
    const provided = mergeStrings(sharedStrings, strings);
    expect(historyStrings(provided)).toBe(historyStrings(provided));
    expect(historyStrings(sharedStrings)).toBe(defaultHistoryStrings);
  });
});
