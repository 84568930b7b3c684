/**
 * How the library's CSS meets the host app's CSS (README "CSS strategy"). The stylesheets are put
 * into the page by hand, in the order an app imports them, so nothing here imports styles.css
 * statically.
 */
import unlayered from "../../src/styles.css?inline";
import layered from "../../src/styles.layer.css?inline";
import { createRoot } from "react-dom/client";
import type { Root } from "react-dom/client";
import { flushSync } from "react-dom";
import { PhaseBadge, PhaseFilter, TerminalIndicator } from "../../src";

/** create-next-app's globals.css begins with this unlayered reset. */
const NEXT_RESET = "* { box-sizing: border-box; padding: 0; margin: 0; }";
/** Tailwind v4's preflight and utilities sit in layers declared up front. */
const TAILWIND_LAYERS = "@layer theme, base, components, utilities;";
const TAILWIND_PREFLIGHT =
  "@layer base { *, ::after, ::before { box-sizing: border-box; margin: 0; padding: 0; border: 0 solid; } }";
const TAILWIND_UTILITY = "@layer utilities { .p-3 { padding: 0.75rem; } }";

let styles: HTMLStyleElement[] = [];
let root: Root | undefined;
let host: HTMLElement | undefined;

/** Puts these stylesheets into <head>, in this order, replacing the previous ones. */
function setPageCss(...sheets: string[]) {
  for (const style of styles) style.remove();
  styles = sheets.map((text) => {
    const style = document.createElement("style");
    style.textContent = text;
    document.head.append(style);
    return style;
  });
}

afterEach(() => {
  root?.unmount();
  host?.remove();
  setPageCss();
});

interface Spacing {
  badge: string;
  badgeHeight: number;
  indicatorGap: string;
  indicatorHeight: number;
  trigger: string;
  preset: string;
  option: string;
}

/** Renders a badge, an indicator and an open filter; returns their computed spacing. */
function measure(badgeClass?: string): Spacing {
  root?.unmount();
  host?.remove();
  host = document.createElement("div");
  document.body.append(host);
  root = createRoot(host);
  flushSync(() =>
    root!.render(
      <>
        <PhaseBadge phase="failed" className={badgeClass} />
        <TerminalIndicator phase="running" />
        <PhaseFilter defaultOpen />
      </>,
    ),
  );
  const get = (selector: string) => getComputedStyle(host!.querySelector(selector)!);
  const box = (selector: string) => host!.querySelector(selector)!.getBoundingClientRect();
  return {
    badge: get(".fpu-PhaseBadge").padding,
    badgeHeight: Math.round(box(".fpu-PhaseBadge").height * 10) / 10,
    indicatorGap: get(".fpu-TerminalIndicator").columnGap,
    indicatorHeight: Math.round(box(".fpu-TerminalIndicator").height * 10) / 10,
    trigger: get(".fpu-PhaseFilter-trigger").padding,
    preset: get(".fpu-PhaseFilter-preset").padding,
    option: get(".fpu-PhaseFilter-option").padding,
  };
}

/** The designed spacing: the library alone on the page. */
function designed(): Spacing {
  setPageCss(unlayered);
  return measure();
}

describe("styles.css (unlayered, :where() selectors)", () => {
  it("has the designed spacing on a page without a reset", () => {
    const spacing = designed();
    console.log(`designed spacing: ${JSON.stringify(spacing)}`);
    expect(spacing.badge).not.toBe("0px");
    expect(spacing.trigger).not.toBe("0px");
    expect(spacing.preset).not.toBe("0px");
    expect(spacing.option).not.toBe("0px");
  });

  it("keeps it after create-next-app's unlayered `* { padding: 0; margin: 0 }` imported first", () => {
    const expected = designed();
    setPageCss(NEXT_RESET, unlayered);
    const spacing = measure();
    console.log(`with the Next.js reset first: ${JSON.stringify(spacing)}`);
    expect(spacing).toEqual(expected);
  });

  it("keeps it under Tailwind v4's preflight (in @layer base), whatever the order", () => {
    const expected = designed();
    setPageCss(TAILWIND_LAYERS, unlayered, TAILWIND_PREFLIGHT);
    expect(measure()).toEqual(expected);
  });

  it("a class rule of the app wins without !important, even when imported before it", () => {
    setPageCss(".my-badge { padding: 7px 9px; border-radius: 2px; }", unlayered);
    expect(measure("my-badge").badge).toBe("7px 9px");
    expect(getComputedStyle(host!.querySelector(".fpu-PhaseBadge")!).borderRadius).toBe("2px");
  });

  it("an app's own :root token wins over the library's", () => {
    setPageCss(":root { --fpu-badge-radius: 3px; }", unlayered);
    measure();
    expect(getComputedStyle(host!.querySelector(".fpu-PhaseBadge")!).borderRadius).toBe("3px");
  });
});

describe("styles.layer.css (the same rules in @layer flyte-phase-ui)", () => {
  it("keeps the designed spacing under a layered reset ordered before it", () => {
    const expected = designed();
    setPageCss(
      "@layer reset, flyte-phase-ui;",
      "@layer reset { * { padding: 0; margin: 0; } }",
      layered,
    );
    expect(measure()).toEqual(expected);
  });

  it("with Tailwind's layers around it, preflight loses and a utility class wins", () => {
    const expected = designed();
    setPageCss(
      "@layer theme, base, flyte-phase-ui, components, utilities;",
      TAILWIND_PREFLIGHT,
      layered,
      TAILWIND_UTILITY,
    );
    expect(measure()).toEqual(expected);
    expect(measure("p-3").badge).toBe("12px");
  });

  it("loses to an unlayered reset: why the default stylesheet is unlayered", () => {
    setPageCss(NEXT_RESET, layered);
    expect(measure().badge).toBe("0px");
  });
});
