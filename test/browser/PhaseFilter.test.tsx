import "../../src/styles.css";
import axe from "axe-core";
import type { ReactNode } from "react";
import { cleanup, render, screen } from "@testing-library/react";
import { cdp, userEvent } from "vitest/browser";
import { PhaseFilter, countByPhase } from "../../src";
import { ACTION_PHASES } from "../../src/phases";

const COUNTS = countByPhase(
  ACTION_PHASES.flatMap((phase, index) => Array.from({ length: index * 3 }, () => phase)),
  (phase) => phase,
);

function renderOnPage(ui: ReactNode) {
  return render(<div style={{ background: "Canvas", padding: 16 }}>{ui}</div>);
}

const trigger = () => screen.getByRole("button", { name: /^Phase:/ });
const popupOf = () => screen.getByRole("listbox").parentElement as HTMLElement;
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

// Real key presses and clicks arrive as browser events, outside React's act(); Testing Library
// turns the act environment on for jsdom-style tests, so turn it off again here (its render
// still wraps itself in act).
beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

afterEach(() => {
  cleanup();
  delete document.documentElement.dataset.theme;
  window.scrollTo(0, 0);
});

async function axeViolations(context: Element): Promise<string[]> {
  const result = await axe.run(context, {
    // The experimental rule Storybook's addon also runs: visible text must be in the name.
    rules: { "label-content-name-mismatch": { enabled: true } },
  });
  return result.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(" | ")}`,
  );
}

describe("PhaseFilter in Chromium: axe", () => {
  for (const theme of ["light", "dark"] as const) {
    it(`has zero axe violations with the popup closed, ${theme} theme`, async () => {
      document.documentElement.dataset.theme = theme;
      const { container } = renderOnPage(
        <PhaseFilter defaultValue={["failed", "timed_out"]} counts={COUNTS} name="status" />,
      );
      expect(await axeViolations(container)).toEqual([]);
    });

    it(`has zero axe violations with the popup open, ${theme} theme`, async () => {
      document.documentElement.dataset.theme = theme;
      const { container } = renderOnPage(
        <PhaseFilter
          defaultValue={["running", "failed"]}
          disabledPhases={["paused"]}
          counts={COUNTS}
        />,
      );
      await userEvent.click(trigger());
      await userEvent.keyboard("{ArrowDown}");
      expect(popupOf().matches(":popover-open")).toBe(true);
      expect(await axeViolations(container)).toEqual([]);
    });
  }
});

describe("PhaseFilter in Chromium: themes and forced colours", () => {
  /** What a colour (a token or a system keyword) resolves to right now. */
  function resolved(colour: string): string {
    const probe = document.createElement("span");
    probe.style.color = colour;
    document.body.append(probe);
    const value = getComputedStyle(probe).color;
    probe.remove();
    return value;
  }

  it("paints the popup and the selected option with the surface tokens, in both themes", async () => {
    renderOnPage(<PhaseFilter defaultValue={["failed"]} defaultOpen />);
    const backgrounds: string[] = [];
    for (const theme of ["light", "dark"]) {
      document.documentElement.dataset.theme = theme;
      const popup = popupOf();
      expect(getComputedStyle(popup).backgroundColor).toBe(resolved("var(--fpu-surface-bg)"));
      expect(getComputedStyle(popup).color).toBe(resolved("var(--fpu-surface-fg)"));
      const selected = screen.getByRole("option", { name: "Failed" });
      expect(getComputedStyle(selected).backgroundColor).toBe(resolved("var(--fpu-selected-bg)"));
      backgrounds.push(getComputedStyle(popup).backgroundColor);
    }
    expect(backgrounds[0]).not.toBe(backgrounds[1]);
  });

  it("forced colors: the selected option uses SelectedItem, the active one a Highlight outline", async () => {
    await cdp().send("Emulation.setEmulatedMedia", {
      features: [{ name: "forced-colors", value: "active" }],
    });
    try {
      renderOnPage(<PhaseFilter defaultValue={["failed"]} />);
      await userEvent.click(trigger());
      const selected = screen.getByRole("option", { name: "Failed" });
      expect(getComputedStyle(selected).backgroundColor).toBe(resolved("SelectedItem"));
      expect(getComputedStyle(selected).color).toBe(resolved("SelectedItemText"));
      // Active is Failed (first selected): move to an unselected one to see the plain ring.
      await userEvent.keyboard("{ArrowDown}");
      const active = screen.getByRole("option", { name: "Aborted" });
      expect(getComputedStyle(active).outlineStyle).toBe("solid");
      expect(getComputedStyle(active).outlineColor).toBe(resolved("Highlight"));
      // The check mark stays drawn on the selected option.
      const mark = selected.querySelector(".fpu-PhaseFilter-checkmark") as Element;
      expect(getComputedStyle(mark).visibility).toBe("visible");
    } finally {
      await cdp().send("Emulation.setEmulatedMedia", { features: [] });
    }
  });
});

describe("PhaseFilter in Chromium: the popup is not clipped and stays in the viewport", () => {
  it("is visible outside an overflow: hidden container (top layer)", async () => {
    renderOnPage(
      <div
        data-testid="clip"
        style={{ overflow: "hidden", height: 48, width: 180, position: "relative" }}
      >
        <PhaseFilter />
      </div>,
    );
    await userEvent.click(trigger());
    const popup = popupOf();
    const clip = screen.getByTestId("clip").getBoundingClientRect();
    expect(popup.matches(":popover-open")).toBe(true);
    expect(popup.getBoundingClientRect().bottom).toBeGreaterThan(clip.bottom + 100);
    for (const option of screen.getAllByRole("option")) {
      const box = option.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      expect(option.contains(hit), option.textContent ?? "").toBe(true);
    }
    // Below the trigger, left edges aligned.
    const anchor = trigger().getBoundingClientRect();
    expect(popup.dataset.side).toBe("bottom");
    expect(popup.getBoundingClientRect().top).toBeCloseTo(anchor.bottom + 4, 0);
    expect(popup.getBoundingClientRect().left).toBeCloseTo(anchor.left, 0);
  });

  it("opens above the trigger near the bottom edge and stays inside the viewport", async () => {
    render(
      <div style={{ position: "fixed", bottom: 4, left: 4 }}>
        <PhaseFilter counts={COUNTS} />
      </div>,
    );
    await userEvent.click(trigger());
    const popup = popupOf().getBoundingClientRect();
    const anchor = trigger().getBoundingClientRect();
    expect(popupOf().dataset.side).toBe("top");
    expect(popup.bottom).toBeLessThanOrEqual(anchor.top);
    expect(popup.top).toBeGreaterThanOrEqual(0);
    expect(popup.bottom).toBeLessThanOrEqual(window.innerHeight);
    const last = screen.getByRole("option", { name: /^Timed out/ }).getBoundingClientRect();
    expect(document.elementFromPoint(last.left + 10, last.top + last.height / 2)).not.toBeNull();
  });

  it("is clamped horizontally at the right edge", async () => {
    render(
      <div style={{ position: "fixed", top: 8, right: 0 }}>
        <PhaseFilter label="P" />
      </div>,
    );
    await userEvent.click(screen.getByRole("button", { name: /^P:/ }));
    const popup = popupOf().getBoundingClientRect();
    expect(popup.right).toBeLessThanOrEqual(document.documentElement.clientWidth);
    expect(popup.left).toBeGreaterThanOrEqual(0);
  });

  it("follows the trigger when the page scrolls", async () => {
    render(
      <div style={{ height: "300vh", paddingTop: 200 }}>
        <PhaseFilter />
      </div>,
    );
    await userEvent.click(trigger());
    const before = popupOf().getBoundingClientRect().top;
    window.scrollBy(0, 120);
    await nextFrame();
    await nextFrame();
    const after = popupOf().getBoundingClientRect().top;
    expect(before - after).toBeCloseTo(120, -1);
    expect(after).toBeCloseTo(trigger().getBoundingClientRect().bottom + 4, 0);
  });
});

describe("PhaseFilter in Chromium: targets and real keys", () => {
  it("Targets at least 24×24 CSS px: trigger, options and presets", async () => {
    renderOnPage(<PhaseFilter />);
    await userEvent.click(trigger());
    const targets = [
      trigger(),
      ...screen.getAllByRole("option"),
      ...screen.getAllByRole("button").filter((button) => button !== trigger()),
    ];
    expect(targets.length).toBe(1 + 10 + 6);
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      expect(box.width, target.textContent ?? "").toBeGreaterThanOrEqual(24);
      expect(box.height, target.textContent ?? "").toBeGreaterThanOrEqual(24);
    }
  });

  it("with real key presses: Tab closes and moves on, Shift+Tab reaches the presets, Escape returns to the trigger", async () => {
    render(
      <>
        <PhaseFilter />
        <a href="#after">After</a>
      </>,
    );
    trigger().focus();
    await userEvent.keyboard("{Enter}");
    expect(screen.getByRole("listbox")).toHaveFocus();
    await userEvent.keyboard("{Shift>}{Tab}{/Shift}");
    expect(screen.getByRole("button", { name: "Clear" })).toHaveFocus();
    await userEvent.keyboard("{Tab}");
    expect(screen.getByRole("listbox")).toHaveFocus();
    await userEvent.keyboard("{Tab}");
    expect(screen.queryByRole("listbox")).toBeNull();
    expect(screen.getByRole("link", { name: "After" })).toHaveFocus();
    trigger().focus();
    await userEvent.keyboard("{ArrowDown}{Escape}");
    expect(screen.queryByRole("listbox")).toBeNull();
    expect(trigger()).toHaveFocus();
  });

  it("a real click outside closes and focus does not land on <body>", async () => {
    render(
      <>
        <PhaseFilter />
        <div
          data-testid="outside"
          style={{ position: "fixed", right: 0, bottom: 0, width: 40, height: 40 }}
        />
      </>,
    );
    await userEvent.click(trigger());
    await userEvent.click(screen.getByTestId("outside"));
    expect(screen.queryByRole("listbox")).toBeNull();
    expect(document.activeElement).not.toBe(document.body);
    expect(trigger()).toHaveFocus();
  });
});
