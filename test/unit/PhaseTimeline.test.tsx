import { createRef } from "react";
import { act, render, screen, within } from "@testing-library/react";
import { tickerState } from "../../src/internal/ticker";
import { PhaseStringsProvider, PhaseTimeline } from "../../src";
import type { PhaseTimelineAttempt } from "../../src";
import { GERMAN } from "../../stories/german";

// Times as protobuf-es gives them: Timestamp { seconds: bigint, nanos }.
const T0 = 1_764_000_000;
const at = (seconds: number) => ({ seconds: BigInt(T0 + seconds), nanos: 0 });
const t = (phase: number, start: number, end?: number) => ({
  phase,
  startTime: at(start),
  ...(end === undefined ? {} : { endTime: at(end) }),
});
const NOW = (T0 + 1000) * 1000;

// ActionPhase numbers: QUEUED 1, WAITING 2, INITIALIZING 3, RUNNING 4, SUCCEEDED 5, FAILED 6, PAUSED 9.
const FIRST: PhaseTimelineAttempt = {
  attempt: 1,
  phase: 6,
  errorInfo: { kind: 2 },
  phaseTransitions: [t(1, 0, 1), t(4, 1, 31), t(6, 31, 31)],
};
const SECOND: PhaseTimelineAttempt = {
  attempt: 2,
  phase: 6,
  errorInfo: { kind: 1 },
  phaseTransitions: [t(1, 40, 42), t(2, 42, 82), t(3, 82, 87), t(4, 87, 279), t(6, 279, 279)],
};

/** The sentence a screen reader reads, found by text and checked not to be hidden from it. */
function readable(text: string): HTMLElement {
  const element = screen.getByText(text);
  expect(element.closest("[aria-hidden='true']")).toBeNull();
  return element;
}

describe("PhaseTimeline", () => {
  it("reads each attempt as one sentence: phases with durations, the terminal phase and the error kind", () => {
    render(<PhaseTimeline attempts={[FIRST, SECOND]} now={NOW} />);
    const group = screen.getByRole("group", { name: "Phase timeline" });
    expect(within(group).getAllByRole("listitem")).toHaveLength(2);
    readable("Attempt 1 of 2: queued 1s, running 30s, failed (system error)");
    readable(
      "Attempt 2 of 2: queued 2s, waiting for resources 40s, initializing 5s, running 3m 12s, failed (user error)",
    );
  });

  it("reads proto3 JSON as well: RFC 3339 times, enum names, uint32 as number", () => {
    const iso = (seconds: number) => new Date((T0 + seconds) * 1000).toISOString();
    const json = {
      attempt: 1,
      phase: "ACTION_PHASE_TIMED_OUT",
      errorInfo: { kind: "KIND_SYSTEM", message: "deadline" },
      phaseTransitions: [
        { phase: "ACTION_PHASE_QUEUED", startTime: iso(0), endTime: iso(3) },
        { phase: "ACTION_PHASE_RUNNING", startTime: iso(3), endTime: iso(3603) },
        { phase: "ACTION_PHASE_TIMED_OUT", startTime: iso(3603), endTime: iso(3603) },
      ],
    };
    render(<PhaseTimeline attempts={[json]} now={NOW} />);
    readable("Attempt 1 of 1: queued 3s, running 1h 00m, timed out (system error)");
  });

  it("marks the latest attempt as current, and draws the terminal phase as a marker, not a segment", () => {
    const { container } = render(<PhaseTimeline attempts={[FIRST, SECOND]} now={NOW} />);
    const [first, second] = screen.getAllByRole("listitem");
    expect(first).not.toHaveAttribute("aria-current");
    expect(second).toHaveAttribute("aria-current", "true");
    expect(second).toHaveAttribute("data-current", "true");
    const segments = second!.querySelectorAll(".fpu-PhaseTimeline-segment");
    expect([...segments].map((s) => s.getAttribute("data-phase"))).toEqual([
      "queued",
      "waiting_for_resources",
      "initializing",
      "running",
    ]);
    expect(second!.querySelector(".fpu-PhaseTimeline-end")).toHaveAttribute("data-phase", "failed");
    expect(container.querySelectorAll("[data-open]")).toHaveLength(0);
  });

  it("places every row on one shared time axis, with logical properties", () => {
    render(<PhaseTimeline attempts={[FIRST, SECOND]} now={NOW} />);
    const [first, second] = screen.getAllByRole("listitem");
    // Axis: 0s … 279s. Attempt 1's queue starts at 0; attempt 2's at 40s (40 / 279).
    const queued1 = first!.querySelector<HTMLElement>(".fpu-PhaseTimeline-segment")!;
    const queued2 = second!.querySelector<HTMLElement>(".fpu-PhaseTimeline-segment")!;
    expect(queued1.style.insetInlineStart).toBe("0%");
    expect(parseFloat(queued2.style.insetInlineStart)).toBeCloseTo((40 / 279) * 100, 5);
    expect(parseFloat(queued2.style.inlineSize)).toBeCloseTo((2 / 279) * 100, 5);
    const end = second!.querySelector<HTMLElement>(".fpu-PhaseTimeline-end")!;
    expect(parseFloat(end.style.insetInlineStart)).toBeCloseTo(100, 5);
  });

  it("runs an open phase until `now`, and closes a phase without end time where the next begins", () => {
    const open = { attempt: 1, phase: 4, phaseTransitions: [t(1, 0), t(3, 5), t(4, 10)] };
    const { container } = render(
      <PhaseTimeline attempts={[open]} now={(T0 + 70) * 1000} live={false} />,
    );
    readable("Attempt 1 of 1: queued 5s, initializing 5s, running 1m 00s");
    const segments = container.querySelectorAll(".fpu-PhaseTimeline-segment");
    expect(segments[2]).toHaveAttribute("data-open", "true");
    expect(segments[1]).not.toHaveAttribute("data-open");
  });

  describe("live", () => {
    afterEach(() => vi.useRealTimers());

    it("grows the open phase every second on the shared ticker, from the server's `now`", () => {
      vi.useFakeTimers({ now: (T0 + 70) * 1000 });
      const open = { attempt: 1, phase: 4, phaseTransitions: [t(1, 0, 10), t(4, 10)] };
      const { unmount } = render(<PhaseTimeline attempts={[open]} now={(T0 + 70) * 1000} />);
      readable("Attempt 1 of 1: queued 10s, running 1m 00s");
      expect(tickerState().listeners).toBe(1);
      act(() => vi.advanceTimersByTime(1000));
      readable("Attempt 1 of 1: queued 10s, running 1m 01s");
      act(() => vi.advanceTimersByTime(5000));
      readable("Attempt 1 of 1: queued 10s, running 1m 06s");
      unmount();
      expect(tickerState()).toEqual({ listeners: 0, timerPending: false });
    });

    it("does not subscribe when no phase is open, or when `live` is false", () => {
      vi.useFakeTimers({ now: NOW });
      render(
        <>
          <PhaseTimeline attempts={[FIRST, SECOND]} />
          <PhaseTimeline attempts={[{ phaseTransitions: [t(4, 0)] }]} now={NOW} live={false} />
        </>,
      );
      expect(tickerState()).toEqual({ listeners: 0, timerPending: false });
    });
  });

  it("closes the last phase at the attempt's end time when no transition ends it", () => {
    const closed = { attempt: 1, phase: 5, endTime: at(30), phaseTransitions: [t(4, 0)] };
    render(<PhaseTimeline attempts={[closed]} now={NOW} />);
    readable("Attempt 1 of 1: running 30s, succeeded");
  });

  it("merges repeated transitions and sorts out-of-order ones", () => {
    const messy = {
      attempt: 1,
      phase: 5,
      phaseTransitions: [t(5, 50, 50), t(4, 20, 50), t(1, 0, 20), t(4, 20, 50), t(4, 20)],
    };
    const { container } = render(<PhaseTimeline attempts={[messy]} now={NOW} />);
    readable("Attempt 1 of 1: queued 20s, running 30s, succeeded");
    expect(container.querySelectorAll(".fpu-PhaseTimeline-segment")).toHaveLength(2);
  });

  it("keeps a phase entered twice as two segments in order (running, paused, running)", () => {
    const paused = {
      attempt: 1,
      phase: 4,
      phaseTransitions: [t(4, 0, 10), t(9, 10, 70), t(4, 70)],
    };
    render(<PhaseTimeline attempts={[paused]} now={(T0 + 75) * 1000} live={false} />);
    readable("Attempt 1 of 1: running 10s, paused 1m 00s, running 5s");
  });

  it("shows a zero-length terminal phase, and counts a negative span (clock skew) as 0s", () => {
    // QUEUED "ends" a minute before it starts: it must neither stretch the axis backwards nor
    // draw a negative width.
    const skewed = {
      attempt: 1,
      phase: 6,
      phaseTransitions: [t(1, 10, -50), t(4, 10, 12), t(6, 12, 12)],
    };
    const { container } = render(<PhaseTimeline attempts={[skewed]} now={NOW} />);
    readable("Attempt 1 of 1: queued 0s, running 2s, failed");
    const [queued, running] = container.querySelectorAll<HTMLElement>(".fpu-PhaseTimeline-segment");
    expect(queued!.style.insetInlineStart).toBe("0%");
    expect(queued!.style.inlineSize).toBe("");
    expect(running!.style.inlineSize).toBe("100%");
  });

  it("takes the terminal phase from the attempt when no transition names it", () => {
    const aborted = { attempt: 1, phase: 7, endTime: at(9), phaseTransitions: [t(1, 0, 9)] };
    render(<PhaseTimeline attempts={[aborted]} now={NOW} />);
    readable("Attempt 1 of 1: queued 9s, aborted");
  });

  it("handles one attempt (not marked current among others) and twenty", () => {
    const { unmount } = render(<PhaseTimeline attempts={[SECOND]} now={NOW} />);
    expect(screen.getByRole("listitem")).not.toHaveAttribute("aria-current");
    unmount();
    const twenty = Array.from({ length: 20 }, (_, i) => ({
      attempt: i + 1,
      phase: i === 19 ? 5 : 6,
      phaseTransitions: [t(4, i * 10, i * 10 + 9), t(i === 19 ? 5 : 6, i * 10 + 9, i * 10 + 9)],
    }));
    render(<PhaseTimeline attempts={twenty.reverse()} now={NOW} />);
    const items = screen.getAllByRole("listitem");
    expect(items).toHaveLength(20);
    expect(items[19]).toHaveAttribute("aria-current", "true");
    readable("Attempt 20 of 20: running 9s, succeeded");
    readable("Attempt 1 of 20: running 9s, failed");
  });

  it.each<[string, unknown]>([
    ["no attempts", []],
    ["null", null],
    ["not an array", "bogus"],
    ["attempts without transitions", [{ attempt: 1 }, { attempt: 2, phaseTransitions: [] }]],
    ["unreadable entries", [null, 5, { phaseTransitions: [null, { phase: 42, startTime: "x" }] }]],
  ])("shows the empty state for %s", (_, attempts) => {
    render(<PhaseTimeline attempts={attempts as PhaseTimelineAttempt[]} now={NOW} />);
    const group = screen.getByRole("group", { name: "Phase timeline" });
    expect(group).toHaveTextContent("No phase history yet");
    expect(within(group).queryByRole("list")).toBeNull();
  });

  it("says so for an attempt without phases next to one with phases", () => {
    render(<PhaseTimeline attempts={[{ attempt: 1 }, SECOND]} now={NOW} />);
    readable("Attempt 1 of 2: no phases recorded");
  });

  it("adds no tab stops: nothing in it is interactive", () => {
    const { container } = render(<PhaseTimeline attempts={[FIRST, SECOND]} now={NOW} />);
    expect(container.querySelectorAll("a, button, input, [tabindex]")).toHaveLength(0);
  });

  it("takes its strings from the provider (German)", () => {
    render(
      <PhaseStringsProvider strings={GERMAN}>
        <PhaseTimeline attempts={[FIRST, SECOND]} now={NOW} />
      </PhaseStringsProvider>,
    );
    screen.getByRole("group", { name: "Phasenverlauf" });
    readable(
      "Versuch 2 von 2: in Warteschlange 2s, wartet auf Ressourcen 40s, wird initialisiert 5s, läuft 3m 12s, fehlgeschlagen (Benutzerfehler)",
    );
  });

  it("passes native props and the ref to the root", () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <PhaseTimeline ref={ref} attempts={[]} id="t" className="mine" label="Attempts of train" />,
    );
    expect(ref.current).toBe(screen.getByRole("group", { name: "Attempts of train" }));
    expect(ref.current).toHaveClass("fpu-PhaseTimeline", "mine");
    expect(ref.current).toHaveAttribute("id", "t");
  });
});
