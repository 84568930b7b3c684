import { createRef } from "react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { PhaseCountBar, PhaseStringsProvider, countByPhase } from "../../src";
import type { ActionPhase } from "../../src";
import { resetDevelopmentWarnings } from "../../src/internal/warnInDevelopment";

const CHILDREN = { succeeded: 120, failed: 12, running: 7, timed_out: 1 };
const SUMMARY = "140 actions: 12 failed, 1 timed out, 7 running, 120 succeeded";

const group = () => screen.getByRole("group", { name: "Actions by phase" });
const segments = (root: HTMLElement) =>
  [...root.querySelectorAll<HTMLElement>(".fpu-PhaseCountBar-segment")].map((segment) => [
    segment.dataset.phase,
    segment.style.flexGrow,
  ]);

describe("PhaseCountBar: the bar and its text alternative", () => {
  it("is a group named by the strings, whose text reads the counts most urgent first", () => {
    render(<PhaseCountBar counts={CHILDREN} />);
    expect(group()).toHaveTextContent(SUMMARY);
    expect(group().querySelector(".fpu-visually-hidden")).toHaveTextContent(SUMMARY);
  });

  it("draws one segment per non-zero phase, in lifecycle order, sized by its count", () => {
    render(<PhaseCountBar counts={CHILDREN} />);
    expect(segments(group())).toEqual([
      ["running", "7"],
      ["succeeded", "120"],
      ["failed", "12"],
      ["timed_out", "1"],
    ]);
    const track = group().querySelector(".fpu-PhaseCountBar-track");
    expect(track).toHaveAttribute("aria-hidden", "true");
    expect(group().querySelector('[data-phase="failed"]')).toHaveAttribute("data-tone", "failure");
  });

  it("lists icon, label and count in the legend, zero counts hidden", () => {
    render(<PhaseCountBar counts={CHILDREN} />);
    const entries = [...group().querySelectorAll(".fpu-PhaseCountBar-entry")];
    expect(entries.map((entry) => entry.textContent)).toEqual([
      "Running 7",
      "Succeeded 120",
      "Failed 12",
      "Timed out 1",
    ]);
    for (const entry of entries) {
      expect(entry.querySelector("svg")).toHaveAttribute(
        "data-phase-icon",
        entry.getAttribute("data-phase"),
      );
    }
  });

  it("shows zero counts with showZero", () => {
    render(<PhaseCountBar counts={CHILDREN} showZero />);
    expect(group().querySelectorAll(".fpu-PhaseCountBar-entry")).toHaveLength(10);
    expect(
      group().querySelector('.fpu-PhaseCountBar-entry[data-phase="queued"]'),
    ).toHaveTextContent("Queued 0");
    // Zero counts never get a segment: nothing to see.
    expect(group().querySelectorAll(".fpu-PhaseCountBar-segment")).toHaveLength(4);
  });

  it("shows large counts compactly but says them exactly", () => {
    render(<PhaseCountBar counts={{ succeeded: 12_345, failed: 1 }} />);
    const succeeded = group().querySelector('.fpu-PhaseCountBar-entry[data-phase="succeeded"]');
    expect(
      succeeded?.querySelector('.fpu-PhaseCountBar-count[aria-hidden="true"]'),
    ).toHaveTextContent(/^12\.3K$/);
    expect(succeeded?.querySelector(".fpu-visually-hidden")).toHaveTextContent(/^12,345$/);
    expect(group().querySelector(".fpu-visually-hidden")).toHaveTextContent(
      "12,346 actions: 1 failed, 12,345 succeeded",
    );
  });

  it("says one action in the singular", () => {
    render(<PhaseCountBar counts={{ paused: 1 }} />);
    expect(group()).toHaveTextContent("1 action: 1 paused");
  });

  it("adds Unknown when some counts have no known phase, and says so last", () => {
    render(<PhaseCountBar counts={{ 5: 3, 0: 1, 11: 1 }} />);
    expect(group().querySelector(".fpu-visually-hidden")).toHaveTextContent(
      "5 actions: 3 succeeded, 2 unknown",
    );
    expect(segments(group())).toEqual([
      ["succeeded", "3"],
      ["unknown", "2"],
    ]);
  });

  it("shows only the phases asked for, in lifecycle order, and sums only those", () => {
    render(
      <PhaseCountBar
        counts={{ queued: 4, initializing: 2, running: 9, failed: 1 }}
        phases={["ACTION_PHASE_INITIALIZING", "queued", "waiting_for_resources", "bogus"]}
        showZero
      />,
    );
    const entries = [...group().querySelectorAll(".fpu-PhaseCountBar-entry")];
    expect(entries.map((entry) => entry.getAttribute("data-phase"))).toEqual([
      "queued",
      "waiting_for_resources",
      "initializing",
    ]);
    expect(group().querySelector(".fpu-visually-hidden")).toHaveTextContent(
      "6 actions: 2 initializing, 4 queued",
    );
  });

  it("passes native attributes and forwards the ref to the root", () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <PhaseCountBar
        ref={ref}
        counts={CHILDREN}
        id="children"
        className="mine"
        data-testid="bar"
        label="Children of train_model"
      />,
    );
    const root = screen.getByTestId("bar");
    expect(ref.current).toBe(root);
    expect(root).toHaveAttribute("id", "children");
    expect(root).toHaveClass("fpu-PhaseCountBar", "mine");
    expect(root).toHaveAccessibleName("Children of train_model");
  });
});

describe("PhaseCountBar: interaction", () => {
  it("without onPhaseClick nothing is focusable and the legend is left to the text alternative", () => {
    render(<PhaseCountBar counts={CHILDREN} />);
    expect(screen.queryAllByRole("button")).toEqual([]);
    expect(group().querySelector("button, a, [tabindex]")).toBeNull();
    expect(group().querySelector(".fpu-PhaseCountBar-legend")).toHaveAttribute(
      "aria-hidden",
      "true",
    );
  });

  it("with onPhaseClick each entry is a toggle button with the exact count in its name", async () => {
    const onPhaseClick = vi.fn();
    render(
      <PhaseCountBar
        counts={{ ...CHILDREN, succeeded: 12_000 }}
        selected={["failed"]}
        onPhaseClick={onPhaseClick}
      />,
    );
    const buttons = screen.getAllByRole("button");
    // Named by what they show, with the exact count where the visible one is compact.
    const names = ["Running 7", "Succeeded 12,000", "Failed 12", "Timed out 1"];
    expect(buttons).toHaveLength(names.length);
    names.forEach((name, index) => expect(buttons[index]).toHaveAccessibleName(name));
    expect(buttons[1]).toHaveTextContent("12K");
    expect(screen.getByRole("button", { name: "Failed 12" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    expect(screen.getByRole("button", { name: "Running 7" })).toHaveAttribute(
      "aria-pressed",
      "false",
    );
    await userEvent.click(screen.getByRole("button", { name: "Timed out 1" }));
    expect(onPhaseClick).toHaveBeenCalledWith("timed_out");
    (document.activeElement as HTMLElement).blur();
    await userEvent.tab();
    expect(screen.getByRole("button", { name: "Running 7" })).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    expect(onPhaseClick).toHaveBeenLastCalledWith("running");
    expect(onPhaseClick).toHaveBeenCalledTimes(2);
  });

  it("the unknown entry is not a button: it has no phase to choose", () => {
    render(<PhaseCountBar counts={{ failed: 2, 11: 1 }} onPhaseClick={() => {}} />);
    expect(screen.getAllByRole("button")).toHaveLength(1);
    expect(group().querySelector('.fpu-PhaseCountBar-entry[data-phase="unknown"]')?.tagName).toBe(
      "SPAN",
    );
  });
});

describe("PhaseCountBar: compact", () => {
  it("shows a thin bar and the total, the counts in its title and text alternative", () => {
    render(<PhaseCountBar counts={CHILDREN} variant="compact" onPhaseClick={() => {}} />);
    expect(group()).toHaveAttribute("data-variant", "compact");
    expect(group()).toHaveAttribute("title", SUMMARY);
    expect(group().querySelector(".fpu-PhaseCountBar-total")).toHaveTextContent("140");
    expect(group().querySelector(".fpu-PhaseCountBar-legend")).toBeNull();
    expect(screen.queryAllByRole("button")).toEqual([]);
    expect(segments(group())).toHaveLength(4);
  });
});

describe("PhaseCountBar: empty state and bad input", () => {
  it.each([
    ["all zero", { running: 0 }],
    ["null", null],
    ["undefined", undefined],
    ["an empty record", {}],
    ["an empty list", []],
    ["a string", "failed"],
    ["a number", 12],
    ["only negative, NaN and fractional counts", { failed: -1, running: NaN, succeeded: 0.5 }],
    ["counts that are words", { failed: "twelve" }],
  ])("%s: shows No actions", (_name, counts) => {
    render(<PhaseCountBar counts={counts as never} onPhaseClick={() => {}} />);
    expect(group()).toHaveTextContent(/^No actions$/);
    expect(group()).toHaveAttribute("data-empty", "true");
    expect(group().querySelector(".fpu-PhaseCountBar-track")).toBeNull();
    expect(screen.queryAllByRole("button")).toEqual([]);
  });

  it("says in development, once, when nothing in counts could be read; empty counts are fine", () => {
    resetDevelopmentWarnings();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { rerender } = render(<PhaseCountBar counts={{}} />);
    rerender(<PhaseCountBar counts={null} />);
    rerender(<PhaseCountBar counts={{ failed: 0 }} />);
    expect(warn).not.toHaveBeenCalled();
    rerender(<PhaseCountBar counts={"failed" as never} />);
    rerender(<PhaseCountBar counts={{ failed: "twelve" } as never} />);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(
      /^flyte-phase-ui: <PhaseCountBar> could not read any count in `counts`, so it shows "No actions"\. Pass what readPhaseCounts reads/,
    );
  });

  it("reads bigint and decimal-string counts, ignoring the bad ones beside them", () => {
    render(<PhaseCountBar counts={{ failed: 2n, succeeded: "40", running: -3, paused: NaN }} />);
    expect(group()).toHaveTextContent("42 actions: 2 failed, 40 succeeded");
  });

  it("reads TaskGroup.phaseCounts lists and countByPhase results", () => {
    const { unmount } = render(
      <PhaseCountBar
        counts={[
          { phase: 6, count: 2n },
          { phase: "ACTION_PHASE_SUCCEEDED", count: "8" },
        ]}
      />,
    );
    expect(group()).toHaveTextContent("10 actions: 2 failed, 8 succeeded");
    unmount();
    const counts = countByPhase(["running", "running", null] as unknown[], (phase) => phase);
    render(<PhaseCountBar counts={counts} />);
    expect(group()).toHaveTextContent("3 actions: 2 running, 1 unknown");
  });
});

describe("PhaseCountBar: strings", () => {
  it("takes every text from the provider", () => {
    const selected: ActionPhase[] = [];
    render(
      <PhaseStringsProvider
        strings={{
          locale: "de",
          phaseLabels: { failed: "Fehlgeschlagen" },
          phaseCounts: { failed: "{count} fehlgeschlagen", succeeded: "{count} erfolgreich" },
          countBar: {
            label: "Aktionen nach Status",
            total: { one: "{count} Aktion", other: "{count} Aktionen" },
            empty: "Keine Aktionen",
          },
        }}
      >
        <PhaseCountBar
          counts={{ failed: 2, succeeded: 1_000 }}
          selected={selected}
          onPhaseClick={() => {}}
        />
        <PhaseCountBar counts={{}} label="Leer" />
      </PhaseStringsProvider>,
    );
    const bar = screen.getByRole("group", { name: "Aktionen nach Status" });
    expect(bar).toHaveTextContent("1.002 Aktionen: 2 fehlgeschlagen, 1.000 erfolgreich");
    expect(screen.getByRole("button", { name: "Fehlgeschlagen 2" })).toBeInTheDocument();
    expect(screen.getByRole("group", { name: "Leer" })).toHaveTextContent("Keine Aktionen");
  });
});
