import { createRef } from "react";
import { render, screen, cleanup } from "@testing-library/react";
import fc from "fast-check";
import { PhaseBadge } from "../../src";
import { ACTION_PHASES, getPhaseInfo, parsePhase, toProtobufName } from "../../src/phases";
import { resetDevelopmentWarnings } from "../../src/internal/warnInDevelopment";

const LABELS = new Set([...ACTION_PHASES.map((phase) => getPhaseInfo(phase).label), "Unknown"]);

/** Records what a live region would say: each change of its text after it was mounted. */
function listen(region: HTMLElement) {
  const said: string[] = [];
  let last = region.textContent;
  const observer = new MutationObserver(() => {
    if (region.textContent !== last) {
      last = region.textContent;
      said.push(last ?? "");
    }
  });
  observer.observe(region, { subtree: true, childList: true, characterData: true });
  return { said, stop: () => observer.disconnect() };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  resetDevelopmentWarnings();
  warn = vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => {
  warn.mockRestore();
  vi.unstubAllEnvs();
});

describe("PhaseBadge: every phase", () => {
  it.each(ACTION_PHASES)("shows the label and data attributes of %s", (phase) => {
    const { container } = render(<PhaseBadge phase={phase} />);
    const badge = container.firstElementChild as HTMLElement;
    expect(badge.tagName).toBe("SPAN");
    expect(badge).toHaveTextContent(getPhaseInfo(phase).label);
    expect(badge).toHaveAttribute("data-phase", phase);
    expect(badge).toHaveAttribute("data-size", "md");
    expect(badge).toHaveAttribute("data-variant", "subtle");
    expect(badge).toHaveAttribute("title", getPhaseInfo(phase).label);
    const icon = badge.querySelector("svg");
    expect(icon).toHaveAttribute("aria-hidden", "true");
    expect(icon).toHaveAttribute("focusable", "false");
    expect(icon).toHaveAttribute("data-phase-icon", phase);
    expect(warn).not.toHaveBeenCalled();
  });

  it.each(ACTION_PHASES)("reads %s from its protobuf number, name and key", (phase) => {
    const info = getPhaseInfo(phase);
    for (const input of [info.protobufValue, toProtobufName(phase), info.key]) {
      const { container, unmount } = render(<PhaseBadge phase={input} />);
      expect(container.firstElementChild).toHaveAttribute("data-phase", phase);
      expect(container.firstElementChild).toHaveTextContent(info.label);
      unmount();
    }
  });

  it("only the running icon is allowed to spin", () => {
    const { container } = render(
      <>
        {ACTION_PHASES.map((phase) => (
          <PhaseBadge key={phase} phase={phase} />
        ))}
      </>,
    );
    const animated = container.querySelectorAll('svg[data-animate="true"]');
    expect(animated).toHaveLength(1);
    expect(animated[0]).toHaveAttribute("data-phase-icon", "running");
    // The animated glyph still comes with the same text.
    expect(animated[0]?.parentElement).toHaveTextContent("Running");
  });
});

describe("PhaseBadge: props", () => {
  it("lets the running icon spin by default, and not with animate={false}", () => {
    const { rerender } = render(<PhaseBadge phase="running" data-testid="b" />);
    const icon = () => screen.getByTestId("b").querySelector("svg");
    expect(icon()).toHaveAttribute("data-animate", "true");
    rerender(<PhaseBadge phase="running" animate={false} data-testid="b" />);
    expect(icon()).not.toHaveAttribute("data-animate");
    expect(screen.getByTestId("b")).toHaveTextContent("Running");
  });

  it("sets size and variant as data attributes", () => {
    render(<PhaseBadge phase="failed" size="lg" variant="solid" data-testid="b" />);
    const badge = screen.getByTestId("b");
    expect(badge).toHaveAttribute("data-size", "lg");
    expect(badge).toHaveAttribute("data-variant", "solid");
  });

  it("icon-only: named by the label, with the label as tooltip and no visible text", () => {
    render(<PhaseBadge phase="timed_out" iconOnly />);
    const badge = screen.getByRole("img", { name: "Timed out" });
    expect(badge).toHaveAttribute("title", "Timed out");
    expect(badge).toHaveAttribute("data-icon-only", "true");
    expect(badge.textContent).toBe("");
    expect(badge.querySelector("svg")).toHaveAttribute("aria-hidden", "true");
  });

  it("icon-only of an unknown value is named Unknown", () => {
    render(<PhaseBadge phase={11} iconOnly />);
    expect(screen.getByRole("img", { name: "Unknown" })).toHaveAttribute("data-phase", "unknown");
  });

  it("hideIcon drops the icon but keeps the text; iconOnly wins over hideIcon", () => {
    const { container, rerender } = render(<PhaseBadge phase="paused" hideIcon />);
    expect(container.querySelector("svg")).toBeNull();
    expect(container).toHaveTextContent("Paused");
    rerender(<PhaseBadge phase="paused" hideIcon iconOnly />);
    expect(container.querySelector("svg")).not.toBeNull();
    expect(screen.getByRole("img", { name: "Paused" })).toBeInTheDocument();
  });

  it("label overrides the text, the tooltip and the icon-only name", () => {
    const { rerender } = render(<PhaseBadge phase="failed" label="Broke" />);
    expect(screen.getByText("Broke").parentElement).toHaveAttribute("title", "Broke");
    expect(screen.queryByText("Failed")).toBeNull();
    rerender(<PhaseBadge phase="failed" label="Broke" iconOnly />);
    expect(screen.getByRole("img", { name: "Broke" })).toBeInTheDocument();
  });

  it("a long label keeps its full text as accessible content and tooltip", () => {
    const long = "Waiting for resources in the GPU pool of the eu-west-4 cluster";
    render(<PhaseBadge phase="waiting_for_resources" label={long} data-testid="b" />);
    const badge = screen.getByTestId("b");
    expect(badge).toHaveTextContent(long);
    expect(badge).toHaveAttribute("title", long);
    expect(badge.querySelector(".fpu-PhaseBadge-label")?.textContent).toBe(long);
  });

  it("forwards the ref to the root span and passes native props through", () => {
    const ref = createRef<HTMLSpanElement>();
    render(
      <PhaseBadge
        ref={ref}
        phase="running"
        id="run-7"
        className="mine"
        style={{ marginLeft: 4 }}
        title="Run 7 is running"
        data-row="7"
        aria-describedby="help"
      />,
    );
    const badge = ref.current!;
    expect(badge).toBeInstanceOf(HTMLSpanElement);
    expect(badge).toHaveAttribute("id", "run-7");
    expect(badge).toHaveClass("fpu-PhaseBadge", "mine");
    expect(badge.style.marginLeft).toBe("4px");
    expect(badge).toHaveAttribute("title", "Run 7 is running");
    expect(badge).toHaveAttribute("data-row", "7");
    expect(badge).toHaveAttribute("aria-describedby", "help");
    expect(badge).toHaveAttribute("data-phase", "running");
  });

  it("has a displayName", () => {
    expect(PhaseBadge.displayName).toBe("PhaseBadge");
  });
});

describe("PhaseBadge: announcements", () => {
  it("is not a live region by default", () => {
    const { container, rerender } = render(<PhaseBadge phase="queued" />);
    rerender(<PhaseBadge phase="running" />);
    expect(screen.queryByRole("status")).toBeNull();
    expect(screen.queryByRole("alert")).toBeNull();
    expect(container.querySelector("[aria-live]")).toBeNull();
  });

  it("with announce, says nothing on mount and exactly one polite message per change", async () => {
    const { rerender } = render(<PhaseBadge phase="queued" announce />);
    const region = screen.getByRole("status");
    expect(region).toHaveAttribute("aria-live", "polite");
    expect(region).toHaveAttribute("aria-atomic", "true");
    const { said, stop } = listen(region);
    await flush();
    expect(said).toEqual([]);

    for (const phase of ["initializing", "running", "running", "succeeded"]) {
      rerender(<PhaseBadge phase={phase} announce />);
      await flush();
    }
    stop();
    // "running" twice is one change, not two.
    expect(said).toEqual(["Initializing", "Running", "Succeeded"]);
    expect(screen.getAllByRole("status")).toHaveLength(1);
  });

  it("icon-only with announce keeps a name and says the new label", async () => {
    const { rerender } = render(<PhaseBadge phase="running" iconOnly announce />);
    const region = screen.getByRole("status", { name: "Running" });
    const { said, stop } = listen(region);
    rerender(<PhaseBadge phase="failed" iconOnly announce />);
    await flush();
    stop();
    expect(said).toEqual(["Failed"]);
    expect(screen.getByRole("status", { name: "Failed" })).toBe(region);
  });
});

describe("PhaseBadge: unknown input", () => {
  const UNKNOWN: [string, unknown][] = [
    ["undefined", undefined],
    ["null", null],
    ["0 (UNSPECIFIED)", 0],
    ["ACTION_PHASE_UNSPECIFIED", "ACTION_PHASE_UNSPECIFIED"],
    ["11 (a newer server)", 11],
    ["-1", -1],
    ["4.5", 4.5],
    ["NaN", NaN],
    ['"bogus"', "bogus"],
    ["an empty string", ""],
    ["an object", { phase: "running" }],
    ["an array", ["running"]],
    ["a function", () => "running"],
    ["a symbol", Symbol("running")],
    ["a bigint", 4n],
    ["true", true],
  ];

  it.each(UNKNOWN)("renders a neutral Unknown badge for %s", (_name, value) => {
    const { container } = render(<PhaseBadge phase={value} />);
    const badge = container.firstElementChild as HTMLElement;
    expect(badge).toHaveTextContent("Unknown");
    expect(badge).toHaveAttribute("data-phase", "unknown");
    expect(badge).toHaveAttribute("data-tone", "unknown");
    expect(badge.querySelector("svg")).toHaveAttribute("data-phase-icon", "unknown");
  });

  it("any value renders Unknown or a real phase label, and never throws (property)", () => {
    const wire = fc.oneof(
      fc.anything({ withBigInt: true, withMap: true, withSet: true, withDate: true }),
      fc.constantFrom(...ACTION_PHASES),
      fc.constantFrom(...ACTION_PHASES.map(toProtobufName)),
      fc.integer({ min: -2, max: 14 }),
      fc.string(),
    );
    fc.assert(
      fc.property(wire, (value) => {
        const { container } = render(<PhaseBadge phase={value} />);
        try {
          const badge = container.firstElementChild as HTMLElement;
          const text = badge.textContent ?? "";
          expect(LABELS.has(text)).toBe(true);
          const phase = parsePhase(value);
          expect(badge.dataset.phase).toBe(phase ?? "unknown");
          expect(text).toBe(phase ? getPhaseInfo(phase).label : "Unknown");
        } finally {
          cleanup();
        }
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on values that even JSON cannot describe", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const throwing = {
      toJSON() {
        throw new Error("no");
      },
    };
    for (const value of [cyclic, { n: 1n }, proxy, throwing, Object.create(null)]) {
      expect(() => render(<PhaseBadge phase={value} />)).not.toThrow();
      cleanup();
    }
    expect(warn).toHaveBeenCalled();
  });
});

describe("PhaseBadge: development warning", () => {
  it("warns once per distinct unknown value", () => {
    render(
      <>
        <PhaseBadge phase="bogus" />
        <PhaseBadge phase="bogus" />
        <PhaseBadge phase={12} />
        <PhaseBadge phase={12} />
        <PhaseBadge phase={null} />
      </>,
    );
    expect(warn).toHaveBeenCalledTimes(3);
    expect(warn.mock.calls[0]?.[0]).toMatch(/PhaseBadge.*"bogus"/);
    expect(warn.mock.calls[1]?.[0]).toMatch(/12/);
    expect(warn.mock.calls[2]?.[0]).toMatch(/null/);

    render(<PhaseBadge phase="bogus" />);
    expect(warn).toHaveBeenCalledTimes(3);
  });

  it("does not warn for real phases in any wire form", () => {
    render(
      <>
        <PhaseBadge phase="running" />
        <PhaseBadge phase={5} />
        <PhaseBadge phase="ACTION_PHASE_FAILED" />
        <PhaseBadge phase=" Recovered " />
      </>,
    );
    expect(warn).not.toHaveBeenCalled();
  });

  it("does not warn in production", () => {
    vi.stubEnv("NODE_ENV", "production");
    render(<PhaseBadge phase="bogus-in-production" />);
    expect(screen.getByText("Unknown")).toBeInTheDocument();
    expect(warn).not.toHaveBeenCalled();
  });
});
