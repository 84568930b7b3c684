import { createRef } from "react";
import { renderToString } from "react-dom/server";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { PhaseCountBar, PhaseHistory, PhaseStringsProvider } from "../../src";
import { resetDevelopmentWarnings } from "../../src/internal/warnInDevelopment";

// recentStatuses as TaskGroup gives them: newest first, the phase as a protobuf number.
const RECENT = [
  { runName: "run-50", phase: 5 },
  { runName: "run-49", phase: 6 },
  { runName: "run-48", phase: 5 },
  { runName: "run-47", phase: 4 },
];
const marks = (root: HTMLElement) =>
  [...root.querySelectorAll<HTMLElement>(".fpu-PhaseHistory-mark")].map(
    (mark) => mark.dataset.phase,
  );

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  resetDevelopmentWarnings();
  warn = vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

describe("PhaseHistory: plain marks", () => {
  it("is one image named by the summary, nothing focusable", () => {
    const phases = [...Array(8).fill("succeeded"), "failed", "ACTION_PHASE_FAILED"];
    render(<PhaseHistory phases={phases} />);
    const strip = screen.getByRole("img", { name: "Last 10 runs: 2 failed, 8 succeeded" });
    expect(strip.querySelectorAll(".fpu-PhaseHistory-mark")).toHaveLength(10);
    expect(strip.querySelector("a, button, [tabindex]")).toBeNull();
  });

  it("puts the oldest at the inline start by default, the newest there with newest-first", () => {
    const { unmount } = render(<PhaseHistory phases={["running", "failed", "queued"]} />);
    expect(marks(screen.getByRole("img"))).toEqual(["queued", "failed", "running"]);
    unmount();
    render(<PhaseHistory phases={["running", "failed", "queued"]} direction="newest-first" />);
    expect(marks(screen.getByRole("img"))).toEqual(["running", "failed", "queued"]);
  });

  it("draws each mark in its tone with its phase's icon shape and a tooltip", () => {
    render(<PhaseHistory phases={["timed_out", "recovered"]} />);
    const [recovered, timedOut] = [...document.querySelectorAll(".fpu-PhaseHistory-mark")];
    expect(timedOut).toHaveAttribute("data-tone", "timeout");
    expect(timedOut).toHaveAttribute("title", "Timed out");
    expect(timedOut?.querySelector("svg")).toHaveAttribute("data-phase-icon", "timed_out");
    expect(recovered?.querySelector("svg")).toHaveAttribute("data-phase-icon", "recovered");
    expect(recovered?.querySelector("svg")).toHaveAttribute("aria-hidden", "true");
  });

  it("keeps the newest `max` runs", () => {
    render(<PhaseHistory phases={["failed", "succeeded", "running", "queued"]} max={2} />);
    const strip = screen.getByRole("img", { name: "Last 2 runs: 1 failed, 1 succeeded" });
    expect(marks(strip)).toEqual(["succeeded", "failed"]);
  });

  it("names and titles marks with their run: run-42: Failed", () => {
    render(
      <PhaseHistory
        items={RECENT}
        getLabel={(status) => status.runName}
        direction="newest-first"
      />,
    );
    const strip = screen.getByRole("img", {
      name: "Last 4 runs: 1 failed, 1 running, 2 succeeded",
    });
    expect(
      [...strip.querySelectorAll(".fpu-PhaseHistory-mark")].map((m) => m.getAttribute("title")),
    ).toEqual(["run-50: Succeeded", "run-49: Failed", "run-48: Succeeded", "run-47: Running"]);
  });

  it("says one run in the singular", () => {
    render(<PhaseHistory phases={["paused"]} />);
    expect(screen.getByRole("img", { name: "Last run: 1 paused" })).toBeInTheDocument();
  });

  it("passes native attributes and forwards the ref", () => {
    const ref = createRef<HTMLDivElement>();
    render(<PhaseHistory ref={ref} phases={["failed"]} id="h" className="mine" />);
    expect(ref.current).toHaveAttribute("id", "h");
    expect(ref.current).toHaveClass("fpu-PhaseHistory", "mine");
  });
});

describe("PhaseHistory: links", () => {
  const renderLinks = () =>
    render(
      <PhaseHistory
        items={RECENT}
        getLabel={(status) => status.runName}
        getHref={(status) => `/runs/${status.runName}`}
      />,
    );

  it("is a toolbar of links named run-42: Failed, with one tab stop on the newest", () => {
    renderLinks();
    const strip = screen.getByRole("toolbar", {
      name: "Last 4 runs: 1 failed, 1 running, 2 succeeded",
    });
    const links = within(strip).getAllByRole("link");
    expect(links.map((link) => link.getAttribute("aria-label"))).toEqual([
      "run-47: Running",
      "run-48: Succeeded",
      "run-49: Failed",
      "run-50: Succeeded",
    ]);
    expect(links.map((link) => link.getAttribute("href"))).toEqual([
      "/runs/run-47",
      "/runs/run-48",
      "/runs/run-49",
      "/runs/run-50",
    ]);
    expect(links.map((link) => link.tabIndex)).toEqual([-1, -1, -1, 0]);
  });

  it("moves with the arrow keys, Home and End, and Tab leaves the strip", async () => {
    render(
      <>
        <a href="#before">before</a>
        <PhaseHistory
          items={RECENT}
          getLabel={(status) => status.runName}
          getHref={(status) => `/runs/${status.runName}`}
        />
        <button type="button">after</button>
      </>,
    );
    const link = (name: string) => screen.getByRole("link", { name });
    await userEvent.tab();
    await userEvent.tab();
    expect(link("run-50: Succeeded")).toHaveFocus();
    await userEvent.keyboard("{ArrowLeft}");
    expect(link("run-49: Failed")).toHaveFocus();
    expect(link("run-49: Failed").tabIndex).toBe(0);
    expect(link("run-50: Succeeded").tabIndex).toBe(-1);
    await userEvent.keyboard("{Home}");
    expect(link("run-47: Running")).toHaveFocus();
    await userEvent.keyboard("{ArrowLeft}");
    expect(link("run-47: Running")).toHaveFocus();
    await userEvent.keyboard("{End}");
    expect(link("run-50: Succeeded")).toHaveFocus();
    await userEvent.keyboard("{ArrowRight}");
    expect(link("run-50: Succeeded")).toHaveFocus();
    await userEvent.keyboard("{ArrowLeft}{ArrowLeft}");
    expect(link("run-48: Succeeded")).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole("button", { name: "after" })).toHaveFocus();
    await userEvent.tab({ shift: true });
    // Back into the strip on the mark left last.
    expect(link("run-48: Succeeded")).toHaveFocus();
  });

  it("calls the caller's onKeyDown, which can take the key over", async () => {
    const onKeyDown = vi.fn((event: { key: string; preventDefault: () => void }) => {
      if (event.key === "Home") event.preventDefault();
    });
    render(
      <PhaseHistory
        items={RECENT}
        getHref={(status) => `/runs/${status.runName}`}
        onKeyDown={onKeyDown}
      />,
    );
    const links = screen.getAllByRole("link");
    links[3]!.focus();
    await userEvent.keyboard("{Home}");
    expect(onKeyDown).toHaveBeenCalled();
    expect(links[3]).toHaveFocus();
  });
});

describe("PhaseHistory: empty lists and bad input", () => {
  it.each([
    ["an empty list", { phases: [] }],
    ["null phases", { phases: null }],
    ["no props", {}],
    ["null items", { items: null }],
    ["a string instead of a list", { phases: "failed" as never }],
    ["max 0", { phases: ["failed"], max: 0 }],
  ])("%s shows No runs", (_name, props) => {
    render(<PhaseHistory {...props} />);
    expect(screen.getByRole("img", { name: "No runs" })).toHaveTextContent("No runs");
  });

  it("shows Unknown for what is not a phase, and a throwing getter does not break the strip", () => {
    const items = [{ phase: 11 }, null, { phase: "bogus" }, { phase: 6 }, { phase: 5n }];
    render(
      <PhaseHistory
        items={items}
        getPhase={(item) => item!.phase}
        getLabel={(item) => (item as { name?: string }).name}
        direction="newest-first"
      />,
    );
    const strip = screen.getByRole("img", { name: "Last 5 runs: 1 failed, 4 unknown" });
    expect(marks(strip)).toEqual(["unknown", "unknown", "unknown", "failed", "unknown"]);
    expect(strip.querySelector('[data-phase="unknown"]')).toHaveAttribute("title", "Unknown");
  });

  it("ignores a bad max (negative, NaN) and shows every run", () => {
    render(<PhaseHistory phases={["failed", "succeeded"]} max={Number.NaN} />);
    expect(screen.getByRole("img", { name: "Last 2 runs: 1 failed, 1 succeeded" })).toBeTruthy();
  });
});

describe("PhaseHistory: strings", () => {
  it("takes the summary, the mark name and the empty text from the provider", () => {
    render(
      <PhaseStringsProvider
        strings={{
          locale: "de",
          phaseLabels: { failed: "Fehlgeschlagen" },
          phaseCounts: { failed: "{count} fehlgeschlagen" },
          history: {
            summary: { one: "Letzter Lauf: {list}", other: "Letzte {count} Läufe: {list}" },
            mark: "{label} – {phase}",
            empty: "Keine Läufe",
          },
        }}
      >
        <PhaseHistory items={[{ phase: 6, name: "lauf-1" }]} getLabel={(item) => item.name} />
        <PhaseHistory phases={[]} />
      </PhaseStringsProvider>,
    );
    const strip = screen.getByRole("img", { name: "Letzter Lauf: 1 fehlgeschlagen" });
    expect(strip.querySelector(".fpu-PhaseHistory-mark")).toHaveAttribute(
      "title",
      "lauf-1 – Fehlgeschlagen",
    );
    expect(screen.getByRole("img", { name: "Keine Läufe" })).toBeInTheDocument();
  });
});

describe("server rendering", () => {
  it("renders both components to HTML with their names and no effect", () => {
    const html = renderToString(
      <>
        <PhaseCountBar counts={{ 5: 3, 6: 1 }} onPhaseClick={() => {}} selected={["failed"]} />
        <PhaseHistory items={RECENT} getHref={(status) => `/runs/${status.runName}`} />
      </>,
    );
    const host = document.createElement("div");
    host.innerHTML = html;
    expect(host.querySelector('[role="group"]')).toHaveAttribute("aria-label", "Actions by phase");
    expect(host.querySelector('button[aria-pressed="true"]')).toHaveTextContent("Failed 1");
    expect(host.querySelectorAll('a[tabindex="0"]')).toHaveLength(1);
    expect(host.querySelector('[role="toolbar"]')).toHaveAttribute(
      "aria-label",
      "Last 4 runs: 1 failed, 1 running, 2 succeeded",
    );
  });
});
