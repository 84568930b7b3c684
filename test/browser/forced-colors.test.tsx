import "../../src/styles.css";
import { createRoot } from "react-dom/client";
import type { Root } from "react-dom/client";
import { flushSync } from "react-dom";
import { cdp } from "vitest/browser";
import { PhaseBadge, PhaseFilter, PhaseIcon, TerminalIndicator } from "../../src";
import { ACTION_PHASES } from "../../src/phases";
import { backgroundOf, contrastOn } from "./contrast-wcag";

let root: Root;
let host: HTMLElement;

beforeEach(async () => {
  await cdp().send("Emulation.setEmulatedMedia", {
    features: [{ name: "forced-colors", value: "active" }],
  });
  host = document.createElement("div");
  document.body.append(host);
  root = createRoot(host);
  flushSync(() =>
    root.render(
      <div data-theme="dark" style={{ background: "Canvas" }}>
        {(["subtle", "solid", "outline"] as const).flatMap((variant) =>
          ACTION_PHASES.map((phase) => (
            <PhaseBadge key={`${variant}-${phase}`} phase={phase} variant={variant} />
          )),
        )}
        <PhaseBadge phase={11} variant="solid" iconOnly />
        <TerminalIndicator phase="failed" />
        <PhaseIcon phase="failed" data-testid="standalone-icon" />
        <PhaseFilter defaultValue={["failed"]} defaultOpen />
      </div>,
    ),
  );
});

afterEach(async () => {
  root.unmount();
  host.remove();
  await cdp().send("Emulation.setEmulatedMedia", { features: [] });
});

/** What a system colour keyword resolves to right now, inside `context` (its colour scheme). */
function systemColour(keyword: string, context: Element = document.body): string {
  const probe = document.createElement("span");
  probe.style.color = keyword;
  context.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

describe("forced colors (emulated through the Chrome DevTools Protocol)", () => {
  it("is active", () => {
    expect(matchMedia("(forced-colors: active)").matches).toBe(true);
  });

  it("every badge keeps a visible CanvasText border and icon, in every variant", () => {
    const text = systemColour("CanvasText");
    const badges = host.querySelectorAll<HTMLElement>(".fpu-PhaseBadge");
    expect(badges).toHaveLength(31);
    for (const badge of badges) {
      const name = `${badge.dataset.phase} ${badge.dataset.variant}`;
      const style = getComputedStyle(badge);
      expect(style.borderTopStyle, name).toBe("solid");
      expect(parseFloat(style.borderTopWidth), name).toBeGreaterThan(0);
      expect(style.borderTopColor, name).toBe(text);
      const icon = badge.querySelector("svg")!;
      expect(getComputedStyle(icon).color, name).toBe(text);
      const bg = backgroundOf(badge);
      expect(contrastOn(style.borderTopColor, bg), name).toBeGreaterThanOrEqual(3);
      expect(contrastOn(getComputedStyle(icon).color, bg), name).toBeGreaterThanOrEqual(3);
    }
  });

  it("the terminal indicator's icon and text use CanvasText", () => {
    const indicator = host.querySelector(".fpu-TerminalIndicator")!;
    expect(getComputedStyle(indicator).color).toBe(systemColour("CanvasText"));
    expect(getComputedStyle(indicator.querySelector("svg")!).color).toBe(
      systemColour("CanvasText"),
    );
  });

  it("a PhaseIcon on its own is drawn in CanvasText", () => {
    const icon = host.querySelector('[data-testid="standalone-icon"]')!;
    expect(getComputedStyle(icon).color).toBe(systemColour("CanvasText"));
  });

  it("the filter's option icons: CanvasText, and SelectedItemText on the selected option", () => {
    const icons = host.querySelectorAll(".fpu-PhaseFilter-option .fpu-PhaseFilter-icon");
    expect(icons).toHaveLength(10);
    for (const icon of icons) {
      const option = icon.closest<HTMLElement>("[role=option]")!;
      const selected = option.getAttribute("aria-selected") === "true";
      expect(getComputedStyle(icon).color, option.textContent ?? "").toBe(
        systemColour(selected ? "SelectedItemText" : "CanvasText", option),
      );
    }
  });
});
