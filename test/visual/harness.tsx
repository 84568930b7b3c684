// What every visual test does: render a story (or any node) into a fresh container, wait for
// fonts, and compare the panel of one theme with its reference PNG in test/visual/references/
// (tolerance in vitest.config.ts, project "visual"). After an intended visual change:
// `npm run test:update-screenshots`, look at the new PNGs, commit.
import { act } from "react";
import { createRoot } from "react-dom/client";
import type { Root } from "react-dom/client";
import type { ReactNode } from "react";
import { setProjectAnnotations } from "@storybook/react-vite";
import { page } from "vitest/browser";
import preview from "../../.storybook/preview";

setProjectAnnotations(preview);
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
let container: HTMLElement;
beforeEach(() => {
  // Galleries show "Unknown" on purpose; the components' development warning is expected.
  const warn = console.warn.bind(console);
  vi.spyOn(console, "warn").mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).includes("which is not a phase it knows")) warn(...args);
  });
  container = document.createElement("div");
  document.body.append(container);
});
afterEach(() => {
  act(() => root?.unmount());
  container.remove();
  vi.restoreAllMocks();
});

/** Renders `node`, then compares its region named "<theme> theme" with `reference`. */
export async function expectScreenshot(
  node: ReactNode,
  theme: "light" | "dark",
  reference: string,
): Promise<void> {
  await act(async () => {
    root = createRoot(container);
    root.render(node);
  });
  await document.fonts.ready;
  const panel = page.getByRole("region", { name: `${theme} theme` });
  await expect.element(panel).toBeVisible();
  await expect.element(panel).toMatchScreenshot(reference);
}
