import { render, screen } from "@testing-library/react";
import { PhaseBadge, PhaseFilter, PhaseStringsProvider, TerminalIndicator } from "../../src";
import type { PhaseStringsOverrides } from "../../src";

// Nested providers: an app translates at the root, a page or widget changes a few strings below
// it. The inner provider wins for what it sets and inherits everything else from the outer one,
// group by group (phase labels, filter strings), not object by object.
const OUTER: PhaseStringsOverrides = {
  locale: "de",
  phaseLabels: { running: "Läuft", failed: "Fehlgeschlagen" },
  unknown: "Unbekannt",
  finished: "Abgeschlossen",
  filter: { label: "Status", summaryAll: "Alle Status" },
};
const INNER: PhaseStringsOverrides = {
  phaseLabels: { running: "Wird ausgeführt" },
  filter: { label: "Zustand" },
};

function Probe({ id }: { id: string }) {
  return (
    <>
      <PhaseBadge phase="running" data-testid={`${id}-running`} />
      <PhaseBadge phase="failed" data-testid={`${id}-failed`} />
      <PhaseBadge phase={11} data-testid={`${id}-unknown`} />
      <TerminalIndicator phase="succeeded" data-testid={`${id}-terminal`} />
    </>
  );
}

describe("PhaseStringsProvider: nested providers", () => {
  it("the inner provider wins for what it sets and inherits the rest, group by group", () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    render(
      <>
        <Probe id="none" />
        <PhaseStringsProvider strings={OUTER}>
          <Probe id="outer" />
          <PhaseStringsProvider strings={INNER}>
            <Probe id="inner" />
            <PhaseFilter />
          </PhaseStringsProvider>
        </PhaseStringsProvider>
      </>,
    );
    vi.restoreAllMocks();
    // Inner's own value.
    expect(screen.getByTestId("inner-running")).toHaveTextContent("Wird ausgeführt");
    // Same group (phaseLabels), key the inner provider leaves out: the outer value, not English.
    expect(screen.getByTestId("inner-failed")).toHaveTextContent("Fehlgeschlagen");
    // Top-level keys the inner provider does not mention.
    expect(screen.getByTestId("inner-unknown")).toHaveTextContent("Unbekannt");
    expect(screen.getByTestId("inner-terminal")).toHaveTextContent("Abgeschlossen");
    // Filter group: inner label, outer summary.
    expect(screen.getByRole("button", { name: "Zustand: Alle Status" })).toBeInTheDocument();
    // The inner provider does not leak upwards or sideways.
    expect(screen.getByTestId("outer-running")).toHaveTextContent("Läuft");
    expect(screen.getByTestId("none-running")).toHaveTextContent("Running");
    expect(screen.getByTestId("none-failed")).toHaveTextContent("Failed");
  });

  it("a change of the outer strings reaches components under an unchanged inner provider", () => {
    const tree = (outer: PhaseStringsOverrides) => (
      <PhaseStringsProvider strings={outer}>
        <PhaseStringsProvider strings={INNER}>
          <Probe id="inner" />
        </PhaseStringsProvider>
      </PhaseStringsProvider>
    );
    const { rerender } = render(tree(OUTER));
    expect(screen.getByTestId("inner-failed")).toHaveTextContent("Fehlgeschlagen");
    rerender(tree({ ...OUTER, phaseLabels: { failed: "Échoué" }, finished: "Terminé" }));
    expect(screen.getByTestId("inner-failed")).toHaveTextContent("Échoué");
    expect(screen.getByTestId("inner-terminal")).toHaveTextContent("Terminé");
    expect(screen.getByTestId("inner-running")).toHaveTextContent("Wird ausgeführt");
  });

  it("three levels: the nearest provider that sets a string decides it", () => {
    render(
      <PhaseStringsProvider strings={{ phaseLabels: { running: "A" }, unknown: "?" }}>
        <PhaseStringsProvider strings={{ phaseLabels: { running: "B" } }}>
          <PhaseStringsProvider strings={{ phaseLabels: { failed: "C" } }}>
            <Probe id="deep" />
          </PhaseStringsProvider>
        </PhaseStringsProvider>
      </PhaseStringsProvider>,
    );
    expect(screen.getByTestId("deep-running")).toHaveTextContent("B");
    expect(screen.getByTestId("deep-failed")).toHaveTextContent("C");
    expect(screen.getByTestId("deep-unknown")).toHaveTextContent("?");
  });
});
