import { createRef } from "react";
import { render, screen, cleanup } from "@testing-library/react";
import fc from "fast-check";
import { TerminalIndicator } from "../../src";
import { ACTION_PHASES, getPhaseInfo, parsePhase } from "../../src/phases";
import { resetDevelopmentWarnings } from "../../src/internal/warnInDevelopment";

// Written out, not derived from isTerminal: the terminal set is a fact of the SDK.
const EXPECTED: [string, "Finished" | "In progress", "true" | "false"][] = [
  ["queued", "In progress", "false"],
  ["waiting_for_resources", "In progress", "false"],
  ["initializing", "In progress", "false"],
  ["running", "In progress", "false"],
  ["paused", "In progress", "false"],
  ["succeeded", "Finished", "true"],
  ["recovered", "Finished", "true"],
  ["failed", "Finished", "true"],
  ["aborted", "Finished", "true"],
  ["timed_out", "Finished", "true"],
];

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  resetDevelopmentWarnings();
  warn = vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

describe("TerminalIndicator", () => {
  it("covers all ten phases", () => {
    expect(EXPECTED.map(([phase]) => phase).sort()).toEqual([...ACTION_PHASES].sort());
  });

  it.each(EXPECTED)("%s → %s", (phase, text, terminal) => {
    const { container } = render(<TerminalIndicator phase={phase} />);
    const root = container.firstElementChild as HTMLElement;
    expect(root).toHaveTextContent(text);
    expect(root).toHaveAttribute("data-terminal", terminal);
    expect(root.querySelector("svg")).toHaveAttribute("aria-hidden", "true");
    expect(root.querySelector("svg")).toHaveAttribute("data-terminal-icon", terminal);
  });

  it("PAUSED (protobuf 9) is in progress and RECOVERED (10) is finished, from numbers too", () => {
    render(
      <>
        <TerminalIndicator phase={9} data-testid="paused" />
        <TerminalIndicator phase={10} data-testid="recovered" />
      </>,
    );
    expect(screen.getByTestId("paused")).toHaveTextContent("In progress");
    expect(screen.getByTestId("recovered")).toHaveTextContent("Finished");
  });

  it.each([undefined, null, 0, 11, "bogus", { phase: 5 }])("%s → Unknown", (value) => {
    const { container } = render(<TerminalIndicator phase={value} />);
    expect(container.firstElementChild).toHaveTextContent("Unknown");
    expect(container.firstElementChild).toHaveAttribute("data-terminal", "unknown");
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/TerminalIndicator/);
  });

  it("any value renders Finished, In progress or Unknown and never throws (property)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.integer({ min: -1, max: 12 })), (value) => {
        const { container } = render(<TerminalIndicator phase={value} />);
        try {
          const phase = parsePhase(value);
          const expected =
            phase === undefined
              ? "Unknown"
              : getPhaseInfo(phase).terminal
                ? "Finished"
                : "In progress";
          expect(container.textContent).toBe(expected);
        } finally {
          cleanup();
        }
      }),
      { numRuns: 200 },
    );
  });

  it("icon-only keeps the text as accessible name and tooltip", () => {
    render(<TerminalIndicator phase="ACTION_PHASE_RUNNING" iconOnly />);
    const img = screen.getByRole("img", { name: "In progress" });
    expect(img).toHaveAttribute("title", "In progress");
    expect(img.textContent).toBe("");
  });

  it("hideIcon shows only the text; label overrides it", () => {
    const { container } = render(<TerminalIndicator phase="failed" hideIcon label="Done" />);
    expect(container.querySelector("svg")).toBeNull();
    expect(container).toHaveTextContent("Done");
  });

  it("is not a live region by default; announce makes one polite status", () => {
    const { container, rerender } = render(<TerminalIndicator phase="running" />);
    expect(container.querySelector("[aria-live], [role=status]")).toBeNull();
    rerender(<TerminalIndicator phase="running" announce />);
    expect(screen.getByRole("status")).toHaveAttribute("aria-live", "polite");
    rerender(<TerminalIndicator phase="succeeded" announce />);
    expect(screen.getByRole("status")).toHaveTextContent("Finished");
  });

  it("forwards the ref and passes native props through", () => {
    const ref = createRef<HTMLSpanElement>();
    render(
      <TerminalIndicator
        ref={ref}
        phase="succeeded"
        id="t"
        className="mine"
        style={{ color: "red" }}
        data-row="3"
        aria-describedby="d"
        size="sm"
      />,
    );
    const root = ref.current!;
    expect(root).toBeInstanceOf(HTMLSpanElement);
    expect(root).toHaveAttribute("id", "t");
    expect(root).toHaveClass("fpu-TerminalIndicator", "mine");
    expect(root.style.color).toBe("red");
    expect(root).toHaveAttribute("data-row", "3");
    expect(root).toHaveAttribute("aria-describedby", "d");
    expect(root).toHaveAttribute("data-size", "sm");
    expect(TerminalIndicator.displayName).toBe("TerminalIndicator");
  });
});
