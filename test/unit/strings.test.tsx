import { render, screen } from "@testing-library/react";
import { PhaseBadge, PhaseStringsProvider, TerminalIndicator } from "../../src";

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
