import "../../src/styles.css";
import { createRoot } from "react-dom/client";
import type { Root } from "react-dom/client";
import { flushSync } from "react-dom";
import type { ReactNode } from "react";
import { cdp, userEvent } from "vitest/browser";
import { PhaseBadge, PhaseCountBar, PhaseHistory } from "../../src";
import { ACTION_PHASES } from "../../src/phases";
import { backgroundOf, contrastOn, parseColor } from "./contrast-wcag";

// What only a real browser knows about the count bar and the history strip: laid-out widths,
// colours from the tokens against the page, forced colours, reduced motion and right-to-left.
let root: Root;
let host: HTMLElement;

function show(node: ReactNode) {
  flushSync(() => root.render(node));
}

beforeEach(() => {
  host = document.createElement("div");
  host.style.width = "400px";
  document.body.append(host);
  root = createRoot(host);
});

afterEach(async () => {
  root.unmount();
  host.remove();
  await cdp().send("Emulation.setEmulatedMedia", { features: [] });
});

const segment = (phase: string) =>
  host.querySelector<HTMLElement>(`.fpu-PhaseCountBar-segment[data-phase="${phase}"]`)!;
const ALL_TEN = Object.fromEntries(ACTION_PHASES.map((phase) => [phase, 1]));

describe("PhaseCountBar in Chromium", () => {
  it.each(["bar", "compact"] as const)(
    "%s: one failure among 10,000 is at least 4px wide, the rest proportional",
    (variant) => {
      show(<PhaseCountBar counts={{ succeeded: 9_999, failed: 1 }} variant={variant} />);
      expect(segment("failed").getBoundingClientRect().width).toBeGreaterThanOrEqual(3.99);
      expect(segment("succeeded").getBoundingClientRect().width).toBeGreaterThan(
        15 * segment("failed").getBoundingClientRect().width,
      );
    },
  );

  it("widths follow the counts", () => {
    show(<PhaseCountBar counts={{ running: 100, succeeded: 300 }} />);
    const ratio =
      segment("succeeded").getBoundingClientRect().width /
      segment("running").getBoundingClientRect().width;
    expect(ratio).toBeGreaterThan(2.8);
    expect(ratio).toBeLessThan(3.2);
  });

  it.each(["light", "dark"] as const)(
    "%s: every segment stands out from the page at 3:1 and every legend icon too",
    (theme) => {
      show(
        <div data-theme={theme} style={{ background: "Canvas" }}>
          <PhaseCountBar counts={{ ...ALL_TEN, 11: 1 }} />
        </div>,
      );
      const page = backgroundOf(host.firstElementChild!);
      const segments = host.querySelectorAll<HTMLElement>(".fpu-PhaseCountBar-segment");
      expect(segments).toHaveLength(11);
      for (const element of segments) {
        const ratio = contrastOn(getComputedStyle(element).backgroundColor, page);
        expect(ratio, `${theme} ${element.dataset.phase}`).toBeGreaterThanOrEqual(3);
      }
      for (const icon of host.querySelectorAll<SVGElement>(".fpu-PhaseCountBar-icon")) {
        const ratio = contrastOn(getComputedStyle(icon).color, page);
        expect(ratio, `${theme} icon ${icon.dataset.phaseIcon}`).toBeGreaterThanOrEqual(3);
      }
    },
  );

  it("forced colours: segments are drawn in CanvasText, not erased to Canvas", async () => {
    await cdp().send("Emulation.setEmulatedMedia", {
      features: [{ name: "forced-colors", value: "active" }],
    });
    show(<PhaseCountBar counts={{ running: 2, failed: 1 }} />);
    const probe = document.createElement("span");
    probe.style.color = "CanvasText";
    document.body.append(probe);
    const text = getComputedStyle(probe).color;
    probe.remove();
    expect(getComputedStyle(segment("failed")).backgroundColor).toBe(text);
    expect(parseColor(getComputedStyle(segment("running")).backgroundColor)[3]).toBe(1);
  });

  it("reduced motion: segments do not slide to new widths", async () => {
    show(<PhaseCountBar counts={{ running: 2 }} />);
    expect(getComputedStyle(segment("running")).transitionDuration).toBe("0.3s");
    await cdp().send("Emulation.setEmulatedMedia", {
      features: [{ name: "prefers-reduced-motion", value: "reduce" }],
    });
    expect(getComputedStyle(segment("running")).transitionDuration).toBe("0s");
  });

  it("right to left: lifecycle order runs from the right", () => {
    show(
      <div dir="rtl">
        <PhaseCountBar counts={{ queued: 1, failed: 1 }} />
      </div>,
    );
    expect(segment("queued").getBoundingClientRect().left).toBeGreaterThan(
      segment("failed").getBoundingClientRect().left,
    );
  });

  it("legend buttons are at least 24px tall", () => {
    show(<PhaseCountBar counts={{ running: 2 }} onPhaseClick={() => {}} />);
    expect(host.querySelector("button")!.getBoundingClientRect().height).toBeGreaterThanOrEqual(24);
  });
});

describe("PhaseHistory in Chromium", () => {
  it.each(["light", "dark"] as const)(
    "%s: each mark's icon is 3:1 on its tint, the border 3:1 on the page",
    (theme) => {
      show(
        <div data-theme={theme} style={{ background: "Canvas" }}>
          <PhaseHistory phases={[...ACTION_PHASES, 11]} />
        </div>,
      );
      const page = backgroundOf(host.firstElementChild!);
      const marks = host.querySelectorAll<HTMLElement>(".fpu-PhaseHistory-mark");
      expect(marks).toHaveLength(11);
      for (const mark of marks) {
        const style = getComputedStyle(mark);
        const tint = backgroundOf(mark);
        expect(
          contrastOn(style.color, tint),
          `${theme} ${mark.dataset.phase}`,
        ).toBeGreaterThanOrEqual(3);
        expect(
          contrastOn(style.borderTopColor, page),
          `${theme} ${mark.dataset.phase} border`,
        ).toBeGreaterThanOrEqual(3);
      }
    },
  );

  it("arrow keys follow the screen in right to left", async () => {
    show(
      <div dir="rtl">
        <PhaseHistory
          items={["a", "b", "c"].map((name) => ({ name, phase: "succeeded" }))}
          getLabel={(item) => item.name}
          getHref={(item) => `#${item.name}`}
        />
      </div>,
    );
    const links = [...host.querySelectorAll<HTMLElement>("a")];
    // Newest first in the data, so DOM order is c, b, a (oldest first).
    expect(links.map((link) => link.getAttribute("aria-label"))).toEqual([
      "c: Succeeded",
      "b: Succeeded",
      "a: Succeeded",
    ]);
    links[2]!.focus();
    await userEvent.keyboard("{ArrowRight}");
    expect(document.activeElement).toBe(links[1]);
    await userEvent.keyboard("{ArrowLeft}");
    expect(document.activeElement).toBe(links[2]);
  });

  it("forced colours: marks keep a visible border and icon", async () => {
    await cdp().send("Emulation.setEmulatedMedia", {
      features: [{ name: "forced-colors", value: "active" }],
    });
    show(<PhaseHistory phases={["failed", "succeeded"]} />);
    for (const mark of host.querySelectorAll<HTMLElement>(".fpu-PhaseHistory-mark")) {
      const style = getComputedStyle(mark);
      expect(contrastOn(style.color, backgroundOf(mark))).toBeGreaterThanOrEqual(4.5);
      expect(contrastOn(style.borderTopColor, backgroundOf(mark))).toBeGreaterThanOrEqual(3);
    }
  });
});

describe("one tone per phase, everywhere", () => {
  // The badge is the reference: a count bar segment is the solid badge's fill, a legend icon and
  // a history mark the subtle badge's colours, for every phase and unknown, in both themes.
  it.each(["light", "dark"] as const)("%s: count bar and history match the badge", (theme) => {
    const phases = [...ACTION_PHASES, 11] as const;
    show(
      <div data-theme={theme}>
        {phases.map((phase) => (
          <span key={String(phase)}>
            <PhaseBadge phase={phase} variant="solid" data-ref="solid" />
            <PhaseBadge phase={phase} data-ref="subtle" />
          </span>
        ))}
        <PhaseCountBar counts={{ ...ALL_TEN, 11: 1 }} />
        <PhaseHistory phases={phases} />
      </div>,
    );
    const badge = (phase: string, variant: string) =>
      getComputedStyle(host.querySelector(`[data-ref="${variant}"][data-phase="${phase}"]`)!);
    for (const phase of [...ACTION_PHASES, "unknown"]) {
      const solid = badge(phase, "solid");
      const subtle = badge(phase, "subtle");
      expect(getComputedStyle(segment(phase)).backgroundColor, `${theme} segment ${phase}`).toBe(
        solid.backgroundColor,
      );
      const icon = host.querySelector(`.fpu-PhaseCountBar-icon[data-phase-icon="${phase}"]`)!;
      expect(getComputedStyle(icon).color, `${theme} legend ${phase}`).toBe(subtle.color);
      const mark = getComputedStyle(
        host.querySelector(`.fpu-PhaseHistory-mark[data-phase="${phase}"]`)!,
      );
      expect(
        [mark.color, mark.backgroundColor, mark.borderTopColor],
        `${theme} history ${phase}`,
      ).toEqual([subtle.color, subtle.backgroundColor, subtle.borderTopColor]);
    }
  });
});

describe("tones and the host page", () => {
  it("a page element with a data-tone of its own does not tint the components inside it", () => {
    show(
      <div>
        <PhaseBadge phase={11} data-ref="bare" />
        <div data-tone="failure" style={{ color: "rgb(1, 2, 3)" }}>
          <PhaseBadge phase={11} data-ref="inside" />
          <PhaseHistory phases={[11]} />
        </div>
      </div>,
    );
    const bare = getComputedStyle(host.querySelector('[data-ref="bare"]')!);
    const inside = getComputedStyle(host.querySelector('[data-ref="inside"]')!);
    const mark = getComputedStyle(host.querySelector(".fpu-PhaseHistory-mark")!);
    expect([inside.color, inside.backgroundColor]).toEqual([bare.color, bare.backgroundColor]);
    expect([mark.color, mark.backgroundColor]).toEqual([bare.color, bare.backgroundColor]);
    // The page's own element keeps its own colour: the tone rule sets only private properties.
    expect(getComputedStyle(host.querySelector('div[data-tone="failure"]')!).color).toBe(
      "rgb(1, 2, 3)",
    );
  });
});
