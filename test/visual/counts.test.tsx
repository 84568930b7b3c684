import { act } from "react";
import { createRoot } from "react-dom/client";
import type { Root } from "react-dom/client";
import type { ReactNode } from "react";
import { composeStories, setProjectAnnotations } from "@storybook/react-vite";
import { page } from "vitest/browser";
import preview from "../../.storybook/preview";
import * as countBarStories from "../../stories/PhaseCountBar.stories";
import * as historyStories from "../../stories/PhaseHistory.stories";

// Visual review of the PhaseCountBar and PhaseHistory galleries, each theme on its own, against
// the PNGs in test/visual/references/ (same tolerance and update command as gallery.test.tsx).
setProjectAnnotations(preview);
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const { Gallery: CountBarGallery } = composeStories(countBarStories);
const { Gallery: HistoryGallery } = composeStories(historyStories);

let root: Root | undefined;
let container: HTMLElement;
beforeEach(() => {
  // The galleries show "Unknown" on purpose; the components' development warning is expected.
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

async function show(node: ReactNode) {
  await act(async () => {
    root = createRoot(container);
    root.render(node);
  });
  await document.fonts.ready;
}

describe.each(["light", "dark"] as const)("%s theme", (theme) => {
  it("PhaseCountBar gallery: bar, clickable bar, compact, one in 10,000, empty", async () => {
    await show(<CountBarGallery />);
    const panel = page.getByRole("region", { name: `${theme} theme` });
    await expect.element(panel).toBeVisible();
    await expect.element(panel).toMatchScreenshot(`phase-count-bar-${theme}`);
  });

  it("PhaseHistory gallery: every phase, 20 runs as links, empty", async () => {
    await show(<HistoryGallery />);
    const panel = page.getByRole("region", { name: `${theme} theme` });
    await expect.element(panel).toBeVisible();
    await expect.element(panel).toMatchScreenshot(`phase-history-${theme}`);
  });
});
