/**
 * Precedence inside the library must not depend on the order of the @import lines in
 * src/styles.css: no two files may set the same property on the same element in the same state.
 * This renders every component in every state the stylesheets style, then compares every computed
 * property of every element under the real order, the reversed order and shuffled orders, in the
 * light and dark schemes and in forced colours. A reorder that changed any computed value fails.
 */
import entry from "../../src/styles.css?raw";
import { createRoot } from "react-dom/client";
import type { Root } from "react-dom/client";
import { flushSync } from "react-dom";
import { cdp, userEvent } from "vitest/browser";
import { PhaseBadge, PhaseFilter, PhaseIcon, TerminalIndicator } from "../../src";
import { ACTION_PHASES } from "../../src/phases";

// Every stylesheet of src/, processed by Vite (so each is self-contained text), keyed by path.
const files = import.meta.glob<string>("../../src/**/*.css", {
  query: "?inline",
  import: "default",
  eager: true,
});
const order = [...entry.matchAll(/@import\s+"\.\/([^"]+)"/g)].map(([, path]) => {
  const text = files[`../../src/${path}`];
  if (text === undefined) throw new Error(`src/styles.css imports ${path}, which is not in src/`);
  return { path, text };
});

/** A shuffle that is the same on every run. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
const ORDERS = [order, [...order].reverse(), ...[1, 2, 3, 4].map((seed) => shuffled(order, seed))];

const style = document.createElement("style");
document.head.append(style);
let root: Root;
let host: HTMLElement;

beforeAll(async () => {
  style.textContent = order.map((file) => file.text).join("\n");
  host = document.createElement("div");
  document.body.append(host);
  root = createRoot(host);
  flushSync(() =>
    root.render(
      <>
        {(["subtle", "solid", "outline"] as const).flatMap((variant) =>
          [...ACTION_PHASES, 42].map((phase) => (
            <PhaseBadge key={`${variant}${phase}`} phase={phase} variant={variant} />
          )),
        )}
        {(["sm", "lg"] as const).map((size) => (
          <PhaseBadge key={size} phase="failed" size={size} />
        ))}
        <PhaseBadge phase="running" iconOnly animate />
        {(["sm", "md", "lg"] as const).flatMap((size) =>
          ["failed", "running", null].map((phase) => (
            <TerminalIndicator key={`${size}${phase}`} phase={phase} size={size} />
          )),
        )}
        <PhaseIcon phase="paused" />
        <PhaseFilter disabled />
        <PhaseFilter
          defaultValue={["failed", "running"]}
          disabledPhases={["paused"]}
          counts={{ failed: 3 }}
          defaultOpen
        />
      </>,
    ),
  );
  // An active option (data-active) on a focused listbox.
  host.querySelector<HTMLElement>("[role=listbox]")!.focus();
  await userEvent.keyboard("{ArrowDown}");
  expect(host.querySelector("[data-active]")).not.toBeNull();
});

afterAll(() => {
  root.unmount();
  host.remove();
  style.remove();
});

// Every property the stylesheets declare (custom ones included), plus the longhands of the
// shorthands among them, so a difference in one side of a border or padding is seen.
const SIDES = ["top", "right", "bottom", "left"];
const LONGHANDS: Record<string, string[]> = {
  border: SIDES.flatMap((side) => ["width", "style", "color"].map((p) => `border-${side}-${p}`)),
  "border-color": SIDES.map((side) => `border-${side}-color`),
  padding: SIDES.map((side) => `padding-${side}`),
  margin: SIDES.map((side) => `margin-${side}`),
  inset: SIDES,
  background: ["background-color", "background-image"],
  outline: ["outline-width", "outline-style", "outline-color"],
  font: ["font-size", "font-family", "font-weight", "line-height"],
  animation: ["animation-name", "animation-duration", "animation-iteration-count"],
  gap: ["row-gap", "column-gap"],
  flex: ["flex-grow", "flex-shrink", "flex-basis"],
};
const PROPERTIES = [
  ...new Set(
    order.flatMap((file) =>
      [
        ...file.text.matchAll(/(?:^|[;{])\s*(-{0,2}[a-z_][\w-]*)\s*:(?!where|is|not|root)/g),
      ].flatMap(([, name]) => [name!, ...(LONGHANDS[name!] ?? [])]),
    ),
  ),
];

/** Every declared property of every element under `host`, as one comparable list. */
function computed(): string[] {
  const lines: string[] = [];
  host.querySelectorAll("*").forEach((element, index) => {
    const css = getComputedStyle(element);
    const animated = css.animationName !== "none";
    for (const name of PROPERTIES) {
      // A spinning glyph's transform changes from one frame to the next on its own.
      if (animated && name === "transform") continue;
      lines.push(
        `${index} ${element.getAttribute("class")} ${name}: ${css.getPropertyValue(name)}`,
      );
    }
  });
  return lines;
}

function differences(): string[] {
  style.textContent = order.map((file) => file.text).join("\n");
  const expected = computed();
  expect(expected.length).toBeGreaterThan(5_000);
  const found: string[] = [];
  for (const files of ORDERS.slice(1)) {
    style.textContent = files.map((file) => file.text).join("\n");
    const actual = computed();
    const changed = actual.filter((line, i) => line !== expected[i]).slice(0, 5);
    if (changed.length > 0) {
      found.push(`${files.map((file) => file.path).join(", ")}:\n  ${changed.join("\n  ")}`);
    }
  }
  style.textContent = order.map((file) => file.text).join("\n");
  return found;
}

describe("the order of the stylesheets in src/styles.css decides nothing", () => {
  it("lists the library's stylesheets and the properties they set", () => {
    expect(order.map((file) => file.path)).toContain("styles/tokens.css");
    expect(order.length).toBeGreaterThanOrEqual(8);
    expect(PROPERTIES).toEqual(expect.arrayContaining(["padding-top", "color", "--_fpu-fg"]));
  });

  it("light scheme", () => {
    expect(differences()).toEqual([]);
  });

  it("dark scheme", () => {
    document.documentElement.style.colorScheme = "dark";
    try {
      expect(differences()).toEqual([]);
    } finally {
      document.documentElement.style.colorScheme = "";
    }
  });

  it("forced colours and reduced motion", async () => {
    await cdp().send("Emulation.setEmulatedMedia", {
      features: [
        { name: "forced-colors", value: "active" },
        { name: "prefers-reduced-motion", value: "reduce" },
      ],
    });
    try {
      expect(differences()).toEqual([]);
    } finally {
      await cdp().send("Emulation.setEmulatedMedia", { features: [] });
    }
  });
});
