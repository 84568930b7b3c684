import "../../src/styles.css";
import { createRoot } from "react-dom/client";
import type { Root } from "react-dom/client";
import { flushSync } from "react-dom";
import { cdp } from "vitest/browser";
import { PhaseBadge, PhaseIcon, TerminalIndicator } from "../../src";
import { ACTION_PHASES } from "../../src/phases";

let root: Root;
let host: HTMLElement;

beforeEach(() => {
  host = document.createElement("div");
  document.body.append(host);
  root = createRoot(host);
  flushSync(() =>
    root.render(
      <>
        {ACTION_PHASES.map((phase) => (
          <span key={phase}>
            <PhaseBadge phase={phase} />
            <PhaseBadge phase={phase} iconOnly variant="solid" />
            <PhaseIcon phase={phase} animate />
            <TerminalIndicator phase={phase} />
          </span>
        ))}
      </>,
    ),
  );
});

afterEach(async () => {
  root.unmount();
  host.remove();
  await cdp().send("Emulation.setEmulatedMedia", { features: [] });
});

/** Elements whose CSS animation never ends. */
function foreverAnimated(): Element[] {
  return [...document.querySelectorAll("*")].filter((element) => {
    const style = getComputedStyle(element);
    return (
      style.animationName !== "none" &&
      style.animationIterationCount.split(",").some((count) => count.trim() === "infinite")
    );
  });
}

describe("motion", () => {
  it("without a preference, only the running glyphs spin — and they keep their text", async () => {
    await cdp().send("Emulation.setEmulatedMedia", {
      features: [{ name: "prefers-reduced-motion", value: "no-preference" }],
    });
    const spinning = foreverAnimated();
    expect(spinning.length).toBe(3);
    for (const element of spinning) expect(element).toHaveAttribute("data-phase-icon", "running");
    expect(document.getAnimations().length).toBeGreaterThan(0);
    expect(spinning[0]!.closest(".fpu-PhaseBadge")).toHaveTextContent("Running");
  });

  it("with prefers-reduced-motion: reduce, nothing animates forever", async () => {
    await cdp().send("Emulation.setEmulatedMedia", {
      features: [{ name: "prefers-reduced-motion", value: "reduce" }],
    });
    expect(matchMedia("(prefers-reduced-motion: reduce)").matches).toBe(true);
    expect(foreverAnimated()).toEqual([]);
    const infinite = document
      .getAnimations()
      .filter((animation) => animation.effect?.getComputedTiming().iterations === Infinity);
    expect(infinite).toEqual([]);
    // The running badge still says what it is.
    expect(host.querySelector('[data-phase="running"]')).toHaveTextContent("Running");
  });
});
