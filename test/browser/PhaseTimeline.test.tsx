import "../../src/styles.css";
import { createRoot } from "react-dom/client";
import type { Root } from "react-dom/client";
import { flushSync } from "react-dom";
import { cdp } from "vitest/browser";
import { PhaseTimeline } from "../../src";
import { MESSY, PAUSED_THEN_SUCCEEDED, RETRIED, RUNNING, msAt } from "../../stories/timelineData";
import { backgroundOf, contrastOn } from "./contrast-wcag";

let root: Root;
let host: HTMLElement;

function show(theme: "light" | "dark", dir: "ltr" | "rtl" = "ltr") {
  host = document.createElement("div");
  document.body.append(host);
  root = createRoot(host);
  flushSync(() =>
    root.render(
      <div data-theme={theme} dir={dir} style={{ background: "Canvas", width: 600 }}>
        <PhaseTimeline attempts={RETRIED} now={msAt(400)} live={false} label="retried" />
        <PhaseTimeline attempts={PAUSED_THEN_SUCCEEDED} live={false} label="paused" />
        <PhaseTimeline attempts={MESSY} live={false} label="messy" />
        <PhaseTimeline attempts={RUNNING} now={msAt(70)} live={false} label="running" />
        <PhaseTimeline attempts={[]} label="empty" />
      </div>,
    ),
  );
}

afterEach(async () => {
  root.unmount();
  host.remove();
  await cdp().send("Emulation.setEmulatedMedia", { features: [] });
});

const all = (selector: string) => [...host.querySelectorAll<HTMLElement>(selector)];
const lowest = (values: number[]) => Math.min(...values);

describe.each(["light", "dark"] as const)("PhaseTimeline in Chromium, %s theme", (theme) => {
  it("text is at least 4.5:1 and segment borders and markers at least 3:1 on the page", () => {
    show(theme);
    const page = backgroundOf(host.firstElementChild!);
    const texts = all(
      ".fpu-PhaseTimeline-heading, .fpu-PhaseTimeline-item, .fpu-PhaseTimeline-empty",
    ).map((element) => contrastOn(getComputedStyle(element).color, page));
    const borders = all(".fpu-PhaseTimeline-segment").map((element) =>
      contrastOn(getComputedStyle(element).borderTopColor, page),
    );
    const markers = all(".fpu-PhaseTimeline-end").map((element) =>
      contrastOn(getComputedStyle(element).color, backgroundOf(element)),
    );
    expect(texts.length).toBeGreaterThan(20);
    expect(borders.length).toBeGreaterThan(10);
    expect(markers).toHaveLength(4);
    console.info(
      `${theme}: text ≥ ${lowest(texts).toFixed(2)}, borders ≥ ${lowest(borders).toFixed(2)}, markers ≥ ${lowest(markers).toFixed(2)}`,
    );
    expect(lowest(texts)).toBeGreaterThanOrEqual(4.5);
    expect(lowest(borders)).toBeGreaterThanOrEqual(3);
    expect(lowest(markers)).toBeGreaterThanOrEqual(3);
  });

  it("the current attempt's track is taller, and every row shares one axis", () => {
    show(theme);
    const [first, second] = all("[aria-label='retried'] .fpu-PhaseTimeline-track");
    const [older, current] = [first!, second!].map((track) => track.getBoundingClientRect());
    expect(current!.height).toBeGreaterThan(older!.height * 1.4);
    expect(current!.left).toBe(older!.left);
    expect(current!.width).toBe(older!.width);
  });

  it("mirrors right to left: the axis starts on the right", () => {
    show(theme, "rtl");
    const track = all("[aria-label='retried'] .fpu-PhaseTimeline-track")[0]!;
    const first = track.querySelector(".fpu-PhaseTimeline-segment")!;
    expect(
      Math.abs(first.getBoundingClientRect().right - track.getBoundingClientRect().right),
    ).toBeLessThan(1);
    const marker = track.querySelector(".fpu-PhaseTimeline-end")!.getBoundingClientRect();
    expect(marker.left).toBeLessThan(first.getBoundingClientRect().left);
  });
});

describe("PhaseTimeline motion and forced colours", () => {
  const pulse = () => getComputedStyle(all("[data-open='true']")[0]!, "::after");

  it("the open phase's end pulses without a preference and holds still under reduced motion", async () => {
    await cdp().send("Emulation.setEmulatedMedia", {
      features: [{ name: "prefers-reduced-motion", value: "no-preference" }],
    });
    show("light");
    expect(all("[data-open='true']")).toHaveLength(1);
    expect(pulse().animationName).not.toBe("none");
    expect(pulse().animationIterationCount).toBe("infinite");
    await cdp().send("Emulation.setEmulatedMedia", {
      features: [{ name: "prefers-reduced-motion", value: "reduce" }],
    });
    expect(pulse().animationName).toBe("none");
  });

  it("keeps segment outlines and markers in the system text colour under forced colours", async () => {
    await cdp().send("Emulation.setEmulatedMedia", {
      features: [{ name: "forced-colors", value: "active" }],
    });
    show("dark");
    const probe = document.createElement("span");
    probe.style.color = "CanvasText";
    document.body.append(probe);
    const canvasText = getComputedStyle(probe).color;
    probe.remove();
    for (const segment of all(".fpu-PhaseTimeline-segment")) {
      expect(getComputedStyle(segment).borderTopColor).toBe(canvasText);
    }
    // Running and initializing stay solid, the others outlined: told apart without colour.
    const fill = (phase: string) =>
      getComputedStyle(all(`.fpu-PhaseTimeline-segment[data-phase='${phase}']`)[0]!)
        .backgroundColor;
    expect(fill("running")).toBe(canvasText);
    expect(fill("queued")).not.toBe(canvasText);
    for (const marker of all(".fpu-PhaseTimeline-end")) {
      expect(getComputedStyle(marker).color).toBe(canvasText);
    }
  });
});
