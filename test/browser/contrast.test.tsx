import "../../src/styles.css";
import { createRoot } from "react-dom/client";
import type { Root } from "react-dom/client";
import { flushSync } from "react-dom";
import type { ReactNode } from "react";
import { cdp } from "vitest/browser";
import { PhaseBadge, PhaseFilter, TerminalIndicator } from "../../src";
import { ACTION_PHASES } from "../../src/phases";
import { backgroundOf, contrast, contrastOn, parseColor } from "./contrast-wcag";

/**
 * The theme cases of a real app: what the page (html) declares as its colour scheme, what the OS
 * prefers, and an optional data-theme on the part of the page under test. `scheme` is which
 * colours the library must then use.
 */
interface ThemeCase {
  readonly name: string;
  readonly os: "light" | "dark";
  readonly page?: string;
  readonly theme?: "light" | "dark";
  readonly scheme: "light" | "dark";
}
const CASES: readonly ThemeCase[] = [
  { name: "light page, OS light", os: "light", scheme: "light" },
  { name: "light page (declares nothing), OS dark", os: "dark", scheme: "light" },
  { name: "dark page (color-scheme: dark), OS light", os: "light", page: "dark", scheme: "dark" },
  {
    name: "page with color-scheme: light dark, OS dark",
    os: "dark",
    page: "light dark",
    scheme: "dark",
  },
  { name: 'data-theme="dark" inside a light page', os: "light", theme: "dark", scheme: "dark" },
  {
    name: 'data-theme="light" inside a dark page, OS dark',
    os: "dark",
    page: "dark",
    theme: "light",
    scheme: "light",
  },
];
const VARIANTS = ["subtle", "solid", "outline"] as const;
const PHASES = [...ACTION_PHASES, undefined];

let root: Root | undefined;
let host: HTMLElement | undefined;

function mount(node: ReactNode): HTMLElement {
  host = document.createElement("div");
  document.body.append(host);
  root = createRoot(host);
  flushSync(() => root!.render(node));
  return host;
}

async function emulate(os: "light" | "dark" | undefined) {
  await cdp().send("Emulation.setEmulatedMedia", {
    features: os ? [{ name: "prefers-color-scheme", value: os }] : [],
  });
}

async function enter(themeCase: ThemeCase) {
  await emulate(themeCase.os);
  expect(matchMedia(`(prefers-color-scheme: ${themeCase.os})`).matches).toBe(true);
  document.documentElement.style.colorScheme = themeCase.page ?? "";
}

afterEach(async () => {
  root?.unmount();
  host?.remove();
  root = undefined;
  host = undefined;
  document.documentElement.style.colorScheme = "";
  await emulate(undefined);
});

/**
 * The colour an app paints its page in each scheme. Painted explicitly, as apps do, rather than
 * `Canvas`: a light app stays white even if the library wrongly turned dark, and contrast must
 * then fail.
 */
const PAGE_COLOUR = { light: "#ffffff", dark: "#18181b" } as const;

/** The part of the page under test, in the app's page colour, optionally with a data-theme. */
function Page({ themeCase, children }: { themeCase: ThemeCase; children: ReactNode }) {
  return (
    <div
      data-theme={themeCase.theme}
      data-testid="page"
      style={{ background: PAGE_COLOUR[themeCase.scheme], padding: 8 }}
    >
      {children}
    </div>
  );
}

/** A failed badge under an explicit color-scheme: what light and dark colours look like. */
function Reference({ scheme }: { scheme: "light" | "dark" }) {
  return (
    <div style={{ colorScheme: scheme }}>
      <PhaseBadge phase="failed" data-testid={`reference-${scheme}`} />
    </div>
  );
}

// Lowest ratios seen per case, printed at the end (the numbers for the closing note).
const minimum = new Map<string, { text: number; icon: number; border: number }>();
function record(themeCase: ThemeCase, kind: "text" | "icon" | "border", ratio: number) {
  const m = minimum.get(themeCase.name) ?? { text: 21, icon: 21, border: 21 };
  m[kind] = Math.min(m[kind], ratio);
  minimum.set(themeCase.name, m);
}

describe("contrast helper", () => {
  it("knows the textbook values", () => {
    expect(contrast(parseColor("rgb(0, 0, 0)"), parseColor("rgb(255, 255, 255)"))).toBeCloseTo(21);
    expect(contrast(parseColor("rgb(119, 119, 119)"), parseColor("rgb(255,255,255)"))).toBeCloseTo(
      4.48,
      2,
    );
    expect(parseColor("color(srgb 1 0.5 0 / 0.5)")).toEqual([255, 127.5, 0, 0.5]);
    expect(parseColor("rgba(0, 0, 0, 0)")[3]).toBe(0);
    expect(contrastOn("rgba(0, 0, 0, 0.5)", [255, 255, 255, 1])).toBeCloseTo(3.95, 1);
    expect(() => parseColor("oklch(0.5 0.1 30)")).toThrow();
  });
});

describe.each(CASES)("$name", (themeCase) => {
  it(`uses the ${themeCase.scheme} colours`, async () => {
    await enter(themeCase);
    const container = mount(
      <>
        <Reference scheme="light" />
        <Reference scheme="dark" />
        <Page themeCase={themeCase}>
          <PhaseBadge phase="failed" data-testid="under-test" />
        </Page>
      </>,
    );
    const bg = (id: string) =>
      getComputedStyle(container.querySelector(`[data-testid="${id}"]`)!).backgroundColor;
    expect(bg("reference-light")).not.toBe(bg("reference-dark"));
    expect(bg("under-test")).toBe(bg(`reference-${themeCase.scheme}`));
  });

  it.each(VARIANTS)(
    "PhaseBadge %s: text ≥ 4.5:1, icon and border ≥ 3:1, every phase",
    async (variant) => {
      await enter(themeCase);
      const container = mount(
        <Page themeCase={themeCase}>
          {PHASES.map((phase) => (
            <PhaseBadge key={phase ?? "unknown"} phase={phase} variant={variant} />
          ))}
        </Page>,
      );
      const page = backgroundOf(container.firstElementChild!);
      const badges = container.querySelectorAll<HTMLElement>(".fpu-PhaseBadge");
      expect(badges).toHaveLength(11);
      const failures: string[] = [];
      for (const badge of badges) {
        const name = `${badge.dataset.phase} ${variant}`;
        const label = badge.querySelector(".fpu-PhaseBadge-label")!;
        const icon = badge.querySelector("svg")!;
        const bg = backgroundOf(badge);
        // The badge must really be themed: a solid/subtle badge has its own background.
        if (variant !== "outline") expect(bg, name).not.toEqual(page);
        else expect(bg, name).toEqual(page);

        const text = contrastOn(getComputedStyle(label).color, bg);
        expect(icon.getAttribute("stroke")).toBe("currentColor");
        const glyph = contrastOn(getComputedStyle(icon).color, bg);
        record(themeCase, "text", text);
        record(themeCase, "icon", glyph);
        if (text < 4.5) failures.push(`${name}: text ${text.toFixed(2)}`);
        if (glyph < 3) failures.push(`${name}: icon ${glyph.toFixed(2)}`);

        if (variant !== "solid") {
          const style = getComputedStyle(badge);
          expect(parseFloat(style.borderTopWidth), name).toBeGreaterThan(0);
          const border = contrastOn(style.borderTopColor, page);
          record(themeCase, "border", border);
          if (border < 3) failures.push(`${name}: border ${border.toFixed(2)} on the page`);
          // A subtle badge's border also has to stand out from its own tint.
          const inner = contrastOn(style.borderTopColor, bg);
          record(themeCase, "border", inner);
          if (inner < 3) failures.push(`${name}: border ${inner.toFixed(2)} on the badge`);
        }
      }
      expect(failures).toEqual([]);
    },
  );

  it("TerminalIndicator: text ≥ 4.5:1 and icon ≥ 3:1 on the page", async () => {
    await enter(themeCase);
    const container = mount(
      <Page themeCase={themeCase}>
        <TerminalIndicator phase="succeeded" />
        <TerminalIndicator phase="running" />
        <TerminalIndicator phase={null} />
      </Page>,
    );
    const indicators = container.querySelectorAll<HTMLElement>(".fpu-TerminalIndicator");
    expect(indicators).toHaveLength(3);
    for (const indicator of indicators) {
      const bg = backgroundOf(indicator);
      const text = contrastOn(getComputedStyle(indicator.lastElementChild!).color, bg);
      const glyph = contrastOn(getComputedStyle(indicator.querySelector("svg")!).color, bg);
      record(themeCase, "text", text);
      record(themeCase, "icon", glyph);
      expect(text, indicator.dataset.terminal).toBeGreaterThanOrEqual(4.5);
      expect(glyph, indicator.dataset.terminal).toBeGreaterThanOrEqual(3);
    }
  });

  it("PhaseFilter: texts ≥ 4.5:1, option icons and borders ≥ 3:1", async () => {
    await enter(themeCase);
    const counts = Object.fromEntries(ACTION_PHASES.map((phase, i) => [phase, i]));
    const container = mount(
      <Page themeCase={themeCase}>
        <PhaseFilter defaultValue={["failed", "running"]} counts={counts} defaultOpen />
      </Page>,
    );
    const page = backgroundOf(container.firstElementChild!);
    const failures: string[] = [];
    const text = (element: Element, what: string) => {
      const ratio = contrastOn(getComputedStyle(element).color, backgroundOf(element));
      record(themeCase, "text", ratio);
      if (ratio < 4.5) failures.push(`${what}: text ${ratio.toFixed(2)}`);
    };
    const trigger = container.querySelector(".fpu-PhaseFilter-trigger")!;
    text(trigger.querySelector(".fpu-PhaseFilter-label")!, "trigger label");
    text(trigger.querySelector(".fpu-PhaseFilter-summary")!, "trigger summary");
    const border = contrastOn(getComputedStyle(trigger).borderTopColor, page);
    record(themeCase, "border", border);
    if (border < 3) failures.push(`trigger border ${border.toFixed(2)}`);
    for (const preset of container.querySelectorAll(".fpu-PhaseFilter-preset")) {
      text(preset, `preset ${preset.textContent}`);
    }
    const options = container.querySelectorAll<HTMLElement>(".fpu-PhaseFilter-option");
    expect(options).toHaveLength(10);
    for (const option of options) {
      const name = option.textContent ?? "";
      text(option.querySelector(".fpu-PhaseFilter-optionLabel")!, name);
      text(option.querySelector(".fpu-PhaseFilter-count")!, `${name} count`);
      const icon = option.querySelector(".fpu-PhaseFilter-icon")!;
      const glyph = contrastOn(getComputedStyle(icon).color, backgroundOf(option));
      record(themeCase, "icon", glyph);
      if (glyph < 3) failures.push(`${name}: icon ${glyph.toFixed(2)}`);
    }
    expect(failures).toEqual([]);
  });
});

afterAll(() => {
  for (const [name, m] of minimum) {
    console.log(
      `minimum contrast, ${name}: text ${m.text.toFixed(2)}, icon ${m.icon.toFixed(2)}, border ${m.border.toFixed(2)}`,
    );
  }
});
