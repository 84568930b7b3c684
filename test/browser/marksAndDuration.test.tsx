// In real Chromium: marks leave a badge's box untouched when absent, keep text contrast when
// present; PhaseDuration's figures do not move as they tick, and its progress line is visible.
import "../../src/styles.css";
import { createRoot } from "react-dom/client";
import type { Root } from "react-dom/client";
import { flushSync } from "react-dom";
import type { ReactNode } from "react";
import { PhaseBadge, PhaseDuration, usePhaseBadgeMarks } from "../../src";
import type { PhaseBadgeProps, UsePhaseBadgeMarksOptions } from "../../src";
import { backgroundOf, contrastOn } from "./contrast-wcag";

let root: Root | undefined;
let host: HTMLElement | undefined;

function mount(node: ReactNode): HTMLElement {
  host = document.createElement("div");
  document.body.append(host);
  root = createRoot(host);
  flushSync(() => root!.render(node));
  return host;
}

afterEach(() => {
  root?.unmount();
  host?.remove();
  root = undefined;
  host = undefined;
});

function Marked({
  marks,
  ...props
}: Omit<PhaseBadgeProps, "marks"> & { marks: UsePhaseBadgeMarksOptions }) {
  return <PhaseBadge {...props} marks={usePhaseBadgeMarks(marks)} />;
}

const box = (element: Element) => {
  const { width, height } = element.getBoundingClientRect();
  return { width, height };
};

describe("PhaseBadge marks", () => {
  it.each(["sm", "md", "lg"] as const)(
    "size %s: a badge whose marks do not apply has exactly the plain badge's box",
    (size) => {
      const page = mount(
        <div style={{ display: "grid", justifyItems: "start" }}>
          <PhaseBadge phase="succeeded" size={size} />
          <Marked phase="succeeded" size={size} marks={{ attempts: 1, cacheStatus: 0 }} />
          <Marked phase="succeeded" size={size} marks={{ attempts: "x", cacheStatus: 99 }} />
          <Marked phase="succeeded" size={size} marks={{ attempts: 3, cacheStatus: 2 }} />
        </div>,
      );
      const [plain, none, bad, marked] = page.querySelectorAll(".fpu-PhaseBadge");
      // The plain badge is exactly icon + gap + label inside its padding and border: nothing
      // (no empty mark slot) takes room when no mark applies.
      const style = getComputedStyle(plain!);
      const frame = ["paddingLeft", "paddingRight", "borderLeftWidth", "borderRightWidth"] as const;
      const inner = frame.reduce(
        (width, side) => width - parseFloat(style[side]),
        box(plain!).width,
      );
      const icon = plain!.querySelector("svg")!.getBoundingClientRect().width;
      const label = plain!.querySelector(".fpu-PhaseBadge-label")!.getBoundingClientRect().width;
      expect(inner).toBeCloseTo(icon + parseFloat(style.columnGap) + label, 1);
      expect(box(none!)).toEqual(box(plain!));
      expect(box(bad!)).toEqual(box(plain!));
      // Present marks widen the badge but never change its height.
      expect(box(marked!).height).toBe(box(plain!).height);
      expect(box(marked!).width).toBeGreaterThan(box(plain!).width);
    },
  );

  it.each(["light", "dark"] as const)("%s theme: mark text keeps 4.5:1 on the badge", (theme) => {
    const page = mount(
      <div data-theme={theme} style={{ background: "Canvas", padding: 8 }}>
        {(["subtle", "solid", "outline"] as const).map((variant) => (
          <Marked
            key={variant}
            phase="failed"
            variant={variant}
            marks={{ attempts: 2, cacheStatus: 2 }}
          />
        ))}
      </div>,
    );
    for (const mark of page.querySelectorAll<HTMLElement>(".fpu-PhaseBadge-mark")) {
      expect(contrastOn(getComputedStyle(mark).color, backgroundOf(mark))).toBeGreaterThanOrEqual(
        4.5,
      );
    }
  });
});

describe("PhaseDuration", () => {
  it("keeps its width as the figures change (tabular numbers)", () => {
    const page = mount(
      <div style={{ display: "grid", justifyItems: "start" }}>
        <PhaseDuration durationMs={111_000} />
        <PhaseDuration durationMs={188_000} />
      </div>,
    );
    const [ones, eights] = page.querySelectorAll(".fpu-PhaseDuration time");
    expect(ones!.getBoundingClientRect().width).toBe(eights!.getBoundingClientRect().width);
  });

  it.each(["light", "dark"] as const)(
    "%s theme: the progress line is 2px high, filled in proportion, and dotted past typical",
    (theme) => {
      const page = mount(
        <div data-theme={theme} style={{ display: "grid", justifyItems: "start" }}>
          <PhaseDuration durationMs={150_000} expectedMs={300_000} />
          <PhaseDuration durationMs={400_000} expectedMs={300_000} />
        </div>,
      );
      const [half, over] = page.querySelectorAll<HTMLElement>(".fpu-PhaseDuration");
      const track = half!.querySelector(".fpu-PhaseDuration-track")!;
      const bar = half!.querySelector(".fpu-PhaseDuration-bar")!;
      expect(track.getBoundingClientRect().height).toBe(2);
      expect(bar.getBoundingClientRect().width / track.getBoundingClientRect().width).toBeCloseTo(
        0.5,
        2,
      );
      const overBar = getComputedStyle(over!.querySelector(".fpu-PhaseDuration-bar")!);
      expect(overBar.backgroundImage).toContain("repeating-linear-gradient");
      // Same quiet colour as within the typical time: no alarm.
      expect(overBar.backgroundImage).toContain(getComputedStyle(bar).backgroundColor);
    },
  );
});
