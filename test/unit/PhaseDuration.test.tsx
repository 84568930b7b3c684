// PhaseDuration: what a user sees and hears, on the shared ticker, driven with fake timers.
import { Profiler } from "react";
import { act, render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { PhaseDuration, PhaseStringsProvider } from "../../src";
import { isoDuration } from "../../src/components/PhaseDuration/durationText";
import { tickerState } from "../../src/internal/ticker";

const T0 = Date.parse("2026-11-30T10:00:00.000Z");
const timeOf = (container: HTMLElement) => container.querySelector("time")!;

function setHidden(hidden: boolean) {
  Object.defineProperty(document, "hidden", { configurable: true, get: () => hidden });
  document.dispatchEvent(new Event("visibilitychange"));
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0 + 185_400); // 10:03:05.400
});
afterEach(() => {
  setHidden(false);
  vi.useRealTimers();
});

describe("finished actions", () => {
  it("shows durationMs (int64 as bigint) as <time> with an ISO duration, fixed", () => {
    const { container } = render(
      <PhaseDuration
        status={{ phase: 5, startTime: "2026-11-30T09:00:00Z", durationMs: 185_000n }}
      />,
    );
    const time = timeOf(container);
    expect(time).toHaveTextContent(/^3m 05s$/);
    expect(time).toHaveAttribute("datetime", "PT3M5S");
    expect(container.firstChild).toHaveAttribute("data-state", "finished");
    expect(vi.getTimerCount()).toBe(0);
  });

  it("falls back to end − start, from proto3 JSON and protobuf-es timestamps", () => {
    const { container } = render(
      <PhaseDuration
        status={{
          phase: "ACTION_PHASE_FAILED",
          startTime: { seconds: BigInt(T0 / 1000), nanos: 0 },
          endTime: "2026-11-30T11:02:07Z",
        }}
      />,
    );
    expect(timeOf(container)).toHaveTextContent(/^1h 02m$/);
    expect(timeOf(container)).toHaveAttribute("datetime", "PT1H2M7S");
  });

  it("gives the exact start and end as tooltip, set in the browser", () => {
    const { container } = render(<PhaseDuration start={T0} end={T0 + 45_000} />);
    const title = (container.firstChild as HTMLElement).title;
    expect(title).toMatch(/^Started .*2026.*\nEnded .*2026/);
    expect(title).toContain(new Date(T0 + 45_000).toLocaleTimeString("en"));
  });

  it("lets separate props win over the status", () => {
    const { container } = render(
      <PhaseDuration status={{ startTime: T0, durationMs: 1000 }} durationMs="45000" />,
    );
    expect(timeOf(container)).toHaveTextContent(/^45s$/);
  });
});

describe("running actions", () => {
  it("ticks every second with one timer for many instances, without re-rendering", () => {
    let commits = 0;
    const { container } = render(
      <Profiler id="rows" onRender={() => (commits += 1)}>
        {Array.from({ length: 100 }, (_, i) => (
          <PhaseDuration key={i} status={{ phase: "running", startTime: T0 - i * 1000 }} />
        ))}
      </Profiler>,
    );
    const times = container.querySelectorAll("time");
    expect(times[0]).toHaveTextContent(/^3m 05s$/);
    expect(times[99]).toHaveTextContent(/^4m 44s$/);
    expect(vi.getTimerCount()).toBe(1);
    expect(tickerState().listeners).toBe(100);
    const mounted = commits;
    act(() => vi.advanceTimersByTime(600)); // 10:03:06.000, the next whole second
    expect(times[0]).toHaveTextContent(/^3m 06s$/);
    expect(times[0]).toHaveAttribute("datetime", "PT3M6S");
    act(() => vi.advanceTimersByTime(54_000));
    expect(times[0]).toHaveTextContent(/^4m 00s$/);
    expect(times[99]).toHaveTextContent(/^5m 39s$/);
    expect(vi.getTimerCount()).toBe(1);
    expect(commits).toBe(mounted);
  });

  it("runs no timer while the document is hidden and catches up when shown", () => {
    const { container } = render(<PhaseDuration status={{ phase: 4, startTime: T0 }} />);
    setHidden(true);
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(10_000);
    expect(timeOf(container)).toHaveTextContent(/^3m 05s$/);
    act(() => setHidden(false));
    expect(timeOf(container)).toHaveTextContent(/^3m 15s$/);
    expect(vi.getTimerCount()).toBe(1);
  });

  it("stops its timer when it finishes or unmounts", () => {
    const { container, rerender, unmount } = render(
      <PhaseDuration status={{ phase: 4, startTime: T0 }} />,
    );
    expect(vi.getTimerCount()).toBe(1);
    rerender(<PhaseDuration status={{ phase: 5, startTime: T0, endTime: T0 + 200_000 }} />);
    expect(vi.getTimerCount()).toBe(0);
    expect(timeOf(container)).toHaveTextContent(/^3m 20s$/);
    rerender(<PhaseDuration status={{ phase: 4, startTime: T0 }} />);
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it("with live={false} stays at `now`", () => {
    const { container } = render(
      <PhaseDuration status={{ phase: 4, startTime: T0 }} now={T0 + 45_000} live={false} />,
    );
    expect(timeOf(container)).toHaveTextContent(/^45s$/);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("renders at `now` on the server, with no timer, then follows the clock once mounted", () => {
    const html = renderToString(
      <PhaseDuration status={{ phase: 4, startTime: T0 }} now="2026-11-30T10:00:45Z" />,
    );
    expect(html).toContain('<time class="fpu-PhaseDuration-time" dateTime="PT45S">45s</time>');
    expect(html).not.toContain("title=");
    expect(vi.getTimerCount()).toBe(0);
    const { container } = render(
      <PhaseDuration status={{ phase: 4, startTime: T0 }} now="2026-11-30T10:00:45Z" />,
    );
    expect(timeOf(container)).toHaveTextContent(/^3m 05s$/);
  });
});

describe("typical duration", () => {
  it("draws the progress line and says 'typically', then 'longer than' without alarm", () => {
    const { container } = render(
      <PhaseDuration
        status={{ phase: 4, startTime: T0 }}
        expectedMs={{ seconds: 190n, nanos: 0 }}
      />,
    );
    const root = container.firstChild as HTMLElement;
    expect(root).toHaveTextContent("3m 05s, typically 3m 10s");
    const bar = container.querySelector<HTMLElement>(".fpu-PhaseDuration-bar")!;
    expect(bar.style.transform).toBe(`scaleX(${185.4 / 190})`);
    expect(bar.parentElement).toHaveAttribute("aria-hidden", "true");
    expect(root).not.toHaveAttribute("data-over-typical");
    act(() => vi.advanceTimersByTime(5600)); // 3m 11s
    expect(root).toHaveTextContent("3m 11s, longer than the typical 3m 10s");
    expect(root).toHaveAttribute("data-over-typical", "true");
    expect(bar.style.transform).toBe("scaleX(1)");
  });

  it("reads a proto3 JSON Duration and ignores an unreadable or zero one", () => {
    const { container, rerender } = render(<PhaseDuration durationMs={1000} expectedMs="300s" />);
    expect(container).toHaveTextContent("1s, typically 5m 00s");
    for (const bad of ["soon", 0, -5, NaN, null, {}]) {
      rerender(<PhaseDuration durationMs={1000} expectedMs={bad} />);
      expect(container.querySelector(".fpu-PhaseDuration-track")).toBeNull();
      expect(container).toHaveTextContent(/^1s$/);
    }
  });
});

describe("bad input", () => {
  const throwing = {
    get startTime(): never {
      throw new Error("getter");
    },
  };
  it.each([
    ["no props", {}],
    ["null status", { status: null }],
    ["a string status", { status: "running" }],
    ["NaN start", { start: NaN }],
    ["a start that is not a time", { start: "yesterday" }],
    ["null times", { status: { startTime: null, endTime: null, durationMs: null } }],
    ["a terminal phase without end", { status: { phase: "failed", startTime: T0 } }],
    ["NaN durationMs", { durationMs: NaN }],
    ["a throwing getter", { status: throwing }],
    ["Infinity now", { start: T0, now: Infinity, live: false, end: undefined }],
  ])("%s shows a neutral unknown duration and never throws", (_, props) => {
    const { container } = render(<PhaseDuration {...props} />);
    const root = container.firstChild as HTMLElement;
    if (root.dataset.state === "unknown") {
      expect(root).toHaveTextContent("—Duration unknown");
      expect(container.querySelector("time")).toBeNull();
      expect(vi.getTimerCount()).toBe(0);
    } else {
      // `now` that is not a time falls back to the clock: still a readable duration.
      expect(timeOf(container).textContent).toMatch(/^\d/);
    }
  });
  it("says 'Duration unknown' to assistive technology", () => {
    render(<PhaseDuration status={undefined} />);
    expect(screen.getByText("Duration unknown")).toHaveClass("fpu-visually-hidden");
  });
});

describe("formatting", () => {
  it.each([
    [0, "0s", "PT0S"],
    [999, "0s", "PT0S"],
    [45_000, "45s", "PT45S"],
    [185_000, "3m 05s", "PT3M5S"],
    [3_727_000, "1h 02m", "PT1H2M7S"],
    [183_600_000, "2d 03h", "P2DT3H"],
    [172_800_000, "2d 00h", "P2D"],
  ])("%i ms is %s (%s)", (ms, text, iso) => {
    const { container } = render(<PhaseDuration durationMs={ms} />);
    expect(timeOf(container)).toHaveTextContent(new RegExp(`^${text}$`));
    expect(isoDuration(ms)).toBe(iso);
  });

  it("uses the provider's unit templates and locale", () => {
    const { container } = render(
      <PhaseStringsProvider
        strings={{
          locale: "de",
          duration: { minutes: "{m} min {ss} s", typically: "meist {expected}" },
        }}
      >
        <PhaseDuration durationMs={185_000} expectedMs={300_000} />
      </PhaseStringsProvider>,
    );
    expect(container).toHaveTextContent("3 min 05 s, meist 5 min 00 s");
  });
});
