import { act, version } from "react";
import { hydrateRoot } from "react-dom/client";
import type { Root } from "react-dom/client";
import { inject } from "vitest";
import { commands, page, userEvent } from "vitest/browser";
import { App } from "./App";
import "../../src/styles.css";

declare module "vitest/browser" {
  interface BrowserCommands {
    /** test/ssr/App.tsx rendered with react-dom/server's renderToString in Node (no DOM). */
    renderApp: () => Promise<{ html: string; reactVersion: string }>;
  }
}

declare module "vitest" {
  export interface ProvidedContext {
    /** The React major of this project: "19" (`ssr`) or "18" (`ssr-react18`). */
    reactMajor: string;
  }
}

// Server rendering for real: the HTML comes from Node, where `window` and `document` do not
// exist, and is hydrated here in Chromium with the same tree. Any difference between the two
// renders is a hydration error (React reports it through console.error or
// onRecoverableError); both fail the test.
let root: Root | undefined;
let container: HTMLElement;
let errors: unknown[];
let serverReactVersion: string;
let serverHtml: string;

// One server render for the file: each test hydrates its own copy of the same HTML. (Rendering
// loads App through Vite's module runner in Node, seconds on a busy machine; once is enough.)
beforeAll(async () => {
  const rendered = await commands.renderApp();
  serverHtml = rendered.html;
  serverReactVersion = rendered.reactVersion;
}, 120_000);

beforeEach(() => {
  errors = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => errors.push(args));
  // The badge's development warning for the deliberately unknown phase in App is expected.
  const warn = console.warn.bind(console);
  vi.spyOn(console, "warn").mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).includes("which is not a phase it knows")) warn(...args);
  });
  container = document.createElement("div");
  container.innerHTML = serverHtml;
  document.body.append(container);
});

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  container.remove();
  vi.restoreAllMocks();
});

/** The container's HTML without the live duration, whose text changes after hydration. */
function htmlWithoutLiveDuration(): string {
  const copy = container.cloneNode(true) as HTMLElement;
  copy.querySelector('[data-testid="live-duration"]')?.remove();
  return copy.innerHTML;
}

/** Seconds of an ISO duration as PhaseDuration writes it (P…DT…H…M…S). */
function isoSeconds(iso: string): number {
  const [, d, h, m, s] = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/
    .exec(iso)!
    .map((part) => Number(part ?? 0));
  return ((d! * 24 + h!) * 60 + m!) * 60 + s!;
}

async function hydrate() {
  await act(async () => {
    root = hydrateRoot(container, <App />, {
      onRecoverableError: (error) => errors.push(error),
    });
  });
}

describe(`server rendering, React ${inject("reactMajor")}`, () => {
  it("renders on the server and hydrates with the same React, the one this project names", () => {
    expect(serverReactVersion).toBe(version);
    expect(version.split(".")[0]).toBe(inject("reactMajor"));
  });

  it("renders every component to HTML in Node", () => {
    const html = container.innerHTML;
    expect(html).toContain('class="fpu-PhaseBadge"');
    expect(html).toContain("fpu-TerminalIndicator");
    expect(html).toContain("fpu-PhaseIcon");
    expect(html).toContain("fpu-PhaseFilter");
    for (const label of ["Queued", "Waiting for resources", "Timed out", "Recovered", "Unknown"]) {
      expect(container.textContent).toContain(label);
    }
    expect(container.textContent).toContain("Fehlgeschlagen");
    // The server HTML alone is already meaningful: roles and names without any JavaScript.
    expect(container.querySelector('[role="img"][aria-label="Timed out"]')).not.toBeNull();
    expect(container.querySelectorAll("button[aria-haspopup]")).toHaveLength(3);
    const timeline = container.querySelector('[role="group"][aria-label="Retried action"]');
    expect(timeline?.textContent).toContain(
      "Attempt 2 of 2: queued 2s, waiting for resources 40s, initializing 5s, running 3m 12s, failed (user error)",
    );
    expect(container.querySelector('[aria-label="Running action"]')?.textContent).toContain(
      "Attempt 1 of 1: queued 4s, initializing 8s, running 58s",
    );
    expect(container.querySelector('[aria-label="New action"]')).toHaveTextContent(
      "No phase history yet",
    );
  });

  it("renders the count bars and histories with their text alternatives in Node", () => {
    const counts = container.querySelector('[role="group"][aria-label="Actions by phase"]');
    expect(counts).toHaveTextContent("12,350 actions: 2 failed, 3 running, 12,345 succeeded");
    // The selection of the filter above, as pressed states: Running is selected.
    expect(counts?.querySelector('button[aria-pressed="true"]')).toHaveTextContent("Running 3");
    expect(
      counts?.querySelector('[data-phase="succeeded"] .fpu-PhaseCountBar-count'),
    ).toHaveTextContent("12.3K");
    expect(container.querySelector('[role="group"][aria-label="Compact"]')).toHaveAttribute(
      "title",
      "42 actions: 2 failed, 40 succeeded",
    );
    expect(container.querySelector('[aria-label="Empty"]')).toHaveTextContent("No actions");
    expect(
      container.querySelector(
        '[role="img"][aria-label="Last 4 runs: 1 failed, 2 succeeded, 1 unknown"]',
      ),
    ).not.toBeNull();
    const toolbar = container.querySelector('[role="toolbar"]');
    expect(toolbar).toHaveAttribute("aria-label", "Last 3 runs: 1 failed, 1 running, 1 succeeded");
    expect(
      [...(toolbar?.querySelectorAll("a") ?? [])].map((link) => [
        link.getAttribute("aria-label"),
        link.tabIndex,
      ]),
    ).toEqual([
      ["run-1: Succeeded", -1],
      ["run-2: Failed", -1],
      ["run-3: Running", 0],
    ]);
  });

  it("after hydration a count sets the filter, and the history's arrow keys work", async () => {
    await hydrate();
    const screen = page.elementLocator(container);
    await userEvent.click(screen.getByRole("button", { name: "Failed 2" }));
    await expect.element(screen.getByTestId("selected")).toHaveTextContent("failed");
    await expect
      .element(screen.getByRole("button", { name: "Failed 2" }))
      .toHaveAttribute("aria-pressed", "true");
    (screen.getByRole("link", { name: "run-3: Running" }).element() as HTMLElement).focus();
    await userEvent.keyboard("{Home}");
    expect(document.activeElement).toBe(
      screen.getByRole("link", { name: "run-1: Succeeded" }).element(),
    );
    expect(errors).toEqual([]);
  });

  it("hydrates without a warning and keeps the server's HTML", async () => {
    const before = htmlWithoutLiveDuration();
    const serverTrigger = container.querySelector("button");
    await hydrate();
    expect(errors).toEqual([]);
    // Hydration adopts the server's nodes; a mismatch would have re-created them.
    expect(container.querySelector("button")).toBe(serverTrigger);
    expect(htmlWithoutLiveDuration()).toBe(before);
  });

  it("hydrates a PhaseDuration rendered at `now`, then hands it to the browser's clock", async () => {
    const live = container.querySelector('[data-testid="live-duration"]')!;
    const time = live.querySelector("time")!;
    expect(time.outerHTML).toBe(
      '<time class="fpu-PhaseDuration-time" datetime="PT3M5S">3m 05s</time>',
    );
    expect(live.hasAttribute("title")).toBe(false);
    expect(container.textContent).toContain("45s");
    expect(container.textContent).toContain("3m 05s, typically 5m 00s");
    expect(container.textContent).toContain("Duration unknown");
    await hydrate();
    expect(errors).toEqual([]);
    // The same node, adopted; now showing the browser's time and an exact-times tooltip.
    expect(live.querySelector("time")).toBe(time);
    const expected = Math.max(0, Date.now() - Date.parse("2026-11-30T10:00:00Z"));
    expect(time.dateTime).toMatch(/^P/);
    expect(Math.abs(isoSeconds(time.dateTime) - expected / 1000)).toBeLessThan(3);
    expect(live.getAttribute("title")).toMatch(/^Started /);
  });

  it("works with the keyboard after hydration: open the filter, choose a phase, close", async () => {
    await hydrate();
    const screen = page.elementLocator(container);
    const trigger = screen.getByRole("button", { name: /^Phase/ });
    await expect.element(trigger).toHaveAttribute("aria-expanded", "false");

    await userEvent.click(container.querySelector("h1")!);
    (trigger.element() as HTMLElement).focus();
    await userEvent.keyboard("{Enter}");
    await expect.element(trigger).toHaveAttribute("aria-expanded", "true");
    const listbox = screen.getByRole("listbox");
    await expect.element(listbox).toBeVisible();
    // Opens on the first selected option (Running); Down moves to Paused, Space selects it.
    await expect
      .element(screen.getByRole("option", { name: /^Running/ }))
      .toHaveAttribute("aria-selected", "true");
    await userEvent.keyboard("{ArrowDown}");
    await userEvent.keyboard(" ");
    await expect
      .element(screen.getByRole("option", { name: /^Paused/ }))
      .toHaveAttribute("aria-selected", "true");
    await expect.element(screen.getByTestId("selected")).toHaveTextContent("running,paused");

    await userEvent.keyboard("{Escape}");
    await expect.element(trigger).toHaveAttribute("aria-expanded", "false");
    expect(document.activeElement).toBe(trigger.element());
    expect(errors).toEqual([]);
  });
});
