// The defects of issue 8 that only a real browser shows (1, 3, 6, 9, 10, 11). Each test failed
// in Chromium on the code before the fix.
import "../../src/styles.css";
import type { ReactNode } from "react";
import { cleanup, render, screen } from "@testing-library/react";
import { cdp, page, userEvent } from "vitest/browser";
import { PhaseFilter } from "../../src";
import type { ActionPhase } from "../../src";
import { backgroundOf, contrastOn } from "./contrast-wcag";

const trigger = () => screen.getByRole("button", { name: /^Phase:/ });
const popupOf = () => screen.getByRole("listbox").parentElement as HTMLElement;

function renderOnPage(ui: ReactNode) {
  return render(<div style={{ background: "Canvas", padding: 16 }}>{ui}</div>);
}

function systemColour(keyword: string): string {
  const probe = document.createElement("span");
  probe.style.color = keyword;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

afterEach(async () => {
  cleanup();
  await cdp().send("Emulation.setEmulatedMedia", { features: [] });
});

describe("defect 1: forced colours", () => {
  it("every text in the open popup stays readable, and option icons use system colours", async () => {
    await cdp().send("Emulation.setEmulatedMedia", {
      features: [{ name: "forced-colors", value: "active" }],
    });
    renderOnPage(
      <PhaseFilter
        defaultValue={["failed", "running"]}
        disabledPhases={["paused"]}
        counts={{ failed: 12, running: 3, queued: 1 }}
      />,
    );
    await userEvent.click(trigger());
    const popup = popupOf();
    const texts = [...popup.querySelectorAll<HTMLElement>("*")].filter((element) =>
      [...element.childNodes].some(
        (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
      ),
    );
    expect(texts.length).toBeGreaterThan(15);
    for (const element of texts) {
      const ratio = contrastOn(getComputedStyle(element).color, backgroundOf(element));
      expect(ratio, element.textContent ?? "").toBeGreaterThanOrEqual(4.5);
    }
    for (const option of screen.getAllByRole("option")) {
      const icon = option.querySelector("svg[data-phase-icon]") as Element;
      const expected =
        option.getAttribute("aria-selected") === "true"
          ? "SelectedItemText"
          : option.getAttribute("aria-disabled") === "true"
            ? "GrayText"
            : "CanvasText";
      expect(getComputedStyle(icon).color, option.textContent ?? "").toBe(systemColour(expected));
    }
  });
});

describe("defect 3: a click on blank space inside the popup", () => {
  it("keeps focus in the popup, so Escape and the arrows still work", async () => {
    renderOnPage(<PhaseFilter />);
    await userEvent.click(trigger());
    const popup = popupOf();
    // The popup's own padding, top left corner.
    await userEvent.click(popup, { position: { x: 2, y: 2 } });
    expect(popup.contains(document.activeElement)).toBe(true);
    await userEvent.keyboard("{ArrowDown}");
    expect(screen.getByRole("listbox").getAttribute("aria-activedescendant")).toMatch(/waiting/);
    await userEvent.keyboard("{Escape}");
    expect(screen.queryByRole("listbox")).toBeNull();
    expect(trigger()).toHaveFocus();
  });
});

describe("defect 6: a trigger that does not jump", () => {
  const selections: ActionPhase[][] = [
    [],
    ["failed"],
    ["failed", "timed_out"],
    ["queued", "waiting_for_resources", "initializing", "running", "paused"],
    ["waiting_for_resources", "succeeded", "recovered", "failed", "aborted", "timed_out"],
  ];

  it("keeps one width and one line whatever is selected, also squeezed in a flex toolbar", () => {
    const widths: number[] = [];
    const heights: number[] = [];
    const { rerender } = render(<div />);
    for (const value of selections) {
      rerender(
        <div style={{ display: "flex", width: 260, gap: 8 }}>
          <PhaseFilter value={value} />
          <input aria-label="Search" style={{ flex: "1 1 200px", minWidth: 0 }} />
        </div>,
      );
      const box = trigger().getBoundingClientRect();
      widths.push(Math.round(box.width));
      heights.push(Math.round(box.height));
    }
    expect(new Set(widths).size, widths.join()).toBe(1);
    expect(new Set(heights).size, heights.join()).toBe(1);
    const lineHeight = parseFloat(getComputedStyle(trigger()).lineHeight);
    expect(heights[0]).toBeLessThan(lineHeight * 2);
  });
});

describe("defect 9: right to left", () => {
  it("lines the popup up with the trigger's inline-start (right) edge", async () => {
    await page.viewport(1024, 768);
    render(
      <div dir="rtl" style={{ padding: "16px 200px" }}>
        <PhaseFilter />
      </div>,
    );
    await userEvent.click(trigger());
    const anchor = trigger().getBoundingClientRect();
    expect(popupOf().getBoundingClientRect().right).toBeCloseTo(anchor.right, 0);
  });
});

describe("defect 10: CSS zoom on an ancestor", () => {
  it("places the popup right below the trigger and inside the viewport", async () => {
    await page.viewport(1024, 768);
    render(
      <div style={{ zoom: 2, padding: 24 }}>
        <PhaseFilter />
      </div>,
    );
    await userEvent.click(trigger());
    const anchor = trigger().getBoundingClientRect();
    const popup = popupOf().getBoundingClientRect();
    expect(popup.top - anchor.bottom).toBeGreaterThanOrEqual(0);
    expect(popup.top - anchor.bottom).toBeLessThanOrEqual(12);
    expect(popup.left).toBeCloseTo(anchor.left, 0);
    expect(popup.bottom).toBeLessThanOrEqual(window.innerHeight);
  });
});

describe("defect 11: touch and hover", () => {
  /** Every style rule of the filter that uses :hover, and whether it sits in (hover: hover). */
  function hoverRules(): { selector: string; guarded: boolean }[] {
    const found: { selector: string; guarded: boolean }[] = [];
    const walk = (rules: CSSRuleList, guarded: boolean) => {
      for (const rule of rules) {
        if (rule instanceof CSSStyleRule) {
          if (rule.selectorText.includes("PhaseFilter") && rule.selectorText.includes(":hover"))
            found.push({ selector: rule.selectorText, guarded });
        } else if (rule instanceof CSSMediaRule) {
          walk(rule.cssRules, guarded || /\(hover:\s*hover\)/.test(rule.conditionText));
        } else if ("cssRules" in rule) {
          walk((rule as CSSGroupingRule).cssRules, guarded);
        }
      }
    };
    for (const sheet of document.styleSheets) walk(sheet.cssRules, false);
    return found;
  }

  it("hover styles apply only under @media (hover: hover), and the trigger has one", () => {
    const rules = hoverRules();
    expect(rules.filter((rule) => !rule.guarded).map((rule) => rule.selector)).toEqual([]);
    expect(rules.some((rule) => rule.selector.includes("PhaseFilter-trigger:hover"))).toBe(true);
  });

  it("the trigger's background changes under a hovering mouse", async () => {
    renderOnPage(<PhaseFilter />);
    const before = getComputedStyle(trigger()).backgroundColor;
    await userEvent.hover(trigger());
    expect(getComputedStyle(trigger()).backgroundColor).not.toBe(before);
  });

  it("a finger dragged over an option does not make it the active one", async () => {
    renderOnPage(<PhaseFilter />);
    await userEvent.click(trigger());
    const listbox = screen.getByRole("listbox");
    const before = listbox.getAttribute("aria-activedescendant");
    const aborted = screen.getByRole("option", { name: "Aborted" });
    aborted.dispatchEvent(
      new PointerEvent("pointermove", { bubbles: true, pointerType: "touch", isPrimary: true }),
    );
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(listbox.getAttribute("aria-activedescendant")).toBe(before);
    expect(aborted).not.toHaveAttribute("data-active");
  });
});
